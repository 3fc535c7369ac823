import type {
	DeclarativeRestApiSettings,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecutePaginationFunctions,
	IHttpRequestMethods,
	IN8nRequestOperations,
	INodeExecutionData,
	INodePropertyRouting,
} from 'n8n-workflow';

import { asProblem, toErrorItem, toNodeError } from '../transport/nodeErrors';
import type { ProblemDetails } from '../transport/problems';
import type { ApiRequest, Connection } from '../transport/request';
import { CREDENTIAL_TYPE } from '../transport/request';
import type { ConnectionSettings } from './connection';
import { connect } from './connection';

/** One input item on its way through an action. */
export interface ItemRun {
	ctx: IExecutePaginationFunctions;
	/** The request that n8n's routing built from the action's `routing` and the fields' `send`. */
	request: ApiRequest;
	connection: Connection;
	/** The node's Options collection, read once per item. */
	options: IDataObject;
	itemIndex: number;
	/** The droplet and action the item concerns, once known; failures are labelled with them. */
	subject: Pick<ProblemDetails, 'dropletId' | 'actionId'>;
}

/** What an action does with one item; it answers with the JSON of its output items. */
export type ActionHandler = (run: ItemRun) => Promise<IDataObject[]>;

/**
 * The routing of an action: the request it starts from, handed to the action's handler.
 *
 * n8n's routing engine builds the request of every item from the declarative description, then
 * passes it to `operations.pagination` when that is a function and `send.paginate` is set. This
 * is the one place where code can wrap the whole exchange of an item, which the node needs for
 * retries, pacing, waiting until DigitalOcean has finished, paging, and failures as items with
 * an exit code (the engine itself would emit an empty item for a failure).
 */
export function actionRouting(
	request: DeclarativeRestApiSettings.HttpRequestOptions,
	handler: ActionHandler,
): INodePropertyRouting {
	const operations: IN8nRequestOperations = {
		async pagination(this: IExecutePaginationFunctions, requestData) {
			return await runItem(this, requestData, handler);
		},
	};
	return { request, send: { paginate: true }, operations };
}

async function runItem(
	ctx: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	handler: ActionHandler,
): Promise<INodeExecutionData[]> {
	const itemIndex = ctx.getItemIndex();
	const subject: ItemRun['subject'] = {};
	let connection: Connection | undefined;
	try {
		const { options } = requestData;
		const settings = ctx.getNodeParameter('options', {}) as IDataObject & ConnectionSettings;
		connection = await connect(ctx, { ...settings, allowedDomains: options.allowedDomains });
		const request = routedRequest(options);

		const run = { ctx, request, connection, options: settings, itemIndex, subject };
		const results = await handler(run);
		return results.map((json) => ({ json, pairedItem: { item: itemIndex } }));
	} catch (error) {
		const problem = asProblem(error, await tokenForRedaction(ctx, connection)).about(subject);
		if (ctx.continueOnFail()) return [toErrorItem(ctx.getNode(), problem, itemIndex)];
		throw toNodeError(ctx.getNode(), problem, itemIndex);
	}
}

function routedRequest(options: DeclarativeRestApiSettings.HttpRequestOptions): ApiRequest {
	const method = (options.method ?? 'GET') as IHttpRequestMethods;
	return {
		method,
		url: options.url ?? '/',
		qs: (options.qs as IDataObject) ?? {},
		body: (options.body as IDataObject) ?? {},
		// A POST that got no clear answer may have taken effect: never send it blindly again.
		safeToRepeat: method !== 'POST',
	};
}

/**
 * The token to keep out of the failure's message: the connection's reading, or a fresh one when
 * the item failed before its connection was opened.
 */
async function tokenForRedaction(
	ctx: IExecutePaginationFunctions,
	connection: Connection | undefined,
): Promise<string | undefined> {
	try {
		const credentials: ICredentialDataDecryptedObject =
			connection?.credentials.data ?? (await ctx.getCredentials(CREDENTIAL_TYPE));
		return typeof credentials.token === 'string' ? credentials.token.trim() : undefined;
	} catch {
		return undefined;
	}
}
