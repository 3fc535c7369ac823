import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	ICredentialsDecrypted,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { AccountGate } from './accountGate';
import {
	describeApiFailure,
	describeNetworkFailure,
	domainRefusal,
	isCancellation,
} from './failures';
import { DigitalOceanProblem, EXIT_CODES } from './problems';
import {
	MAX_ATTEMPTS,
	MAX_RATE_LIMIT_WAIT_MS,
	backoffMs,
	isTransientServerError,
	rateLimitWaitMs,
} from './retryPolicy';

export const CREDENTIAL_TYPE = 'digitalOceanApi';

/** The n8n contexts the node makes requests from: item runs, paging, and editor dropdowns. */
export type RequestContext = IExecuteSingleFunctions | IExecuteFunctions | ILoadOptionsFunctions;

export interface ApiRequest {
	method: IHttpRequestMethods;
	/** A path below the base URL, such as `/v2/droplets`. */
	url: string;
	qs?: IDataObject;
	body?: IDataObject;
	/**
	 * Whether sending the request again after an unknown outcome (a 5xx, a dropped connection,
	 * a timeout) is harmless. False for creating droplets: a second send can create a second,
	 * billed droplet.
	 */
	safeToRepeat: boolean;
}

export interface ApiResponse {
	statusCode: number;
	headers: IDataObject;
	body: unknown;
}

export interface Connection {
	ctx: RequestContext;
	baseURL: string;
	/** The credential as read when the connection opened; every request is signed with it. */
	credentials: ICredentialsDecrypted;
	allowedDomains?: string;
	timeoutMs: number;
	gate: AccountGate;
}

/**
 * Sends one request to DigitalOcean through n8n's authenticated request helper, and answers with
 * a 2xx response or throws a DigitalOceanProblem. Every call the node makes comes through here:
 * pacing, retries and the reading of API errors happen in this one place.
 */
export async function sendRequest(
	connection: Connection,
	request: ApiRequest,
): Promise<ApiResponse> {
	if (/[{}]/.test(request.url)) {
		throw new DigitalOceanProblem({
			exitcode: EXIT_CODES.invalidInput,
			message: `The request path ${request.url} still has a placeholder; nothing was sent`,
		});
	}

	for (let attempt = 1; ; attempt++) {
		const outcome = await sendOnce(connection, request);
		const retryDelay = retryDelayFor(outcome, request, attempt, connection.gate);

		if (retryDelay === undefined) {
			if ('response' in outcome && outcome.response.statusCode < 300) return outcome.response;
			throw finalProblem(outcome, request, attempt);
		}

		await sleep(retryDelay);
	}
}

type Outcome = { response: ApiResponse } | { networkError: unknown };

async function sendOnce(connection: Connection, request: ApiRequest): Promise<Outcome> {
	const { ctx, baseURL, credentials, allowedDomains, timeoutMs, gate } = connection;
	const options: IHttpRequestOptions = {
		method: request.method,
		baseURL,
		url: request.url,
		qs: request.qs,
		body: request.body,
		json: true,
		timeout: timeoutMs,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		...(allowedDomains ? { allowedDomains } : {}),
	};

	await gate.enter();
	let headers: IDataObject | undefined;
	try {
		const response = (await ctx.helpers.httpRequestWithAuthentication.call(
			ctx,
			CREDENTIAL_TYPE,
			options,
			{ credentialsDecrypted: credentials },
		)) as ApiResponse;
		headers = response.headers ?? {};
		return { response: { statusCode: response.statusCode, headers, body: response.body } };
	} catch (error) {
		return { networkError: error };
	} finally {
		gate.leave(headers);
	}
}

/** Milliseconds to wait before the next attempt, or undefined when the outcome is final. */
function retryDelayFor(
	outcome: Outcome,
	request: ApiRequest,
	attempt: number,
	gate: AccountGate,
): number | undefined {
	if (attempt >= MAX_ATTEMPTS) return undefined;

	if ('networkError' in outcome) {
		const { networkError } = outcome;
		if (isCancellation(networkError) || domainRefusal(networkError)) return undefined;
		if (!request.safeToRepeat) return undefined;
		return backoffMs(attempt);
	}

	const { statusCode, headers } = outcome.response;
	// A 429 means the request was not processed, so it is safe to send again, even a create.
	if (statusCode === 429) {
		const wait = rateLimitWaitMs(headers, Date.now());
		if (wait > MAX_RATE_LIMIT_WAIT_MS) return undefined;
		gate.holdUntil(Date.now() + wait);
		return wait;
	}

	if (isTransientServerError(statusCode) && request.safeToRepeat) return backoffMs(attempt);

	return undefined;
}

function finalProblem(outcome: Outcome, request: ApiRequest, attempts: number) {
	if ('networkError' in outcome) {
		return describeNetworkFailure(outcome.networkError, request, attempts);
	}

	const { response } = outcome;
	if (response.statusCode < 300) {
		return new DigitalOceanProblem({
			exitcode: EXIT_CODES.unexpectedResponse,
			message: `Unexpected answer from DigitalOcean to ${request.method} ${request.url}`,
		});
	}
	return describeApiFailure(response, request, attempts);
}
