import type { INode, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { DigitalOceanProblem, EXIT_CODES, problemFields } from './problems';

/**
 * The single way a failure leaves the node: as an n8n error that stops the workflow, or, with
 * Continue On Fail, as an output item. Both are built from the same plain problem details.
 */
export function toNodeError(node: INode, problem: DigitalOceanProblem, itemIndex: number) {
	const { details } = problem;
	return new NodeApiError(node, problemFields(details) as JsonObject, {
		message: details.message,
		description: details.description,
		httpCode: details.httpCode ? String(details.httpCode) : undefined,
		itemIndex,
	});
}

/**
 * A failed item for Continue On Fail. On the regular output it carries the problem's fields
 * (exitcode, message, httpCode, ...) at the top. n8n moves an item to the error output only
 * when its JSON holds nothing but `error`, `message` and `details` (an `error` property on the
 * item itself would make n8n replace the whole JSON with the bare message), so there the
 * same fields come under `details`.
 */
export function toErrorItem(node: INode, problem: DigitalOceanProblem, itemIndex: number) {
	const fields = problemFields(problem.details);
	const json =
		node.onError === 'continueErrorOutput'
			? { error: problem.details.message, message: problem.details.message, details: fields }
			: fields;
	const item: INodeExecutionData = { json, pairedItem: { item: itemIndex } };
	return item;
}

/**
 * Any error thrown while handling an item, as a problem. Errors of unknown kinds keep only their
 * message, never the error object, which may hold the request and its Authorization header.
 */
export function asProblem(error: unknown, secret?: string): DigitalOceanProblem {
	const problem =
		error instanceof DigitalOceanProblem
			? error
			: new DigitalOceanProblem({
					exitcode: EXIT_CODES.unexpectedResponse,
					message: error instanceof Error ? error.message : String(error),
					description: (error as { description?: string })?.description ?? undefined,
				});
	return secret ? redacted(problem, secret) : problem;
}

/** Belt and braces: no text that leaves the node may contain the token. */
function redacted(problem: DigitalOceanProblem, secret: string): DigitalOceanProblem {
	if (secret.length < 4) return problem;
	const serialized = JSON.stringify(problem.details);
	if (!serialized.includes(secret)) return problem;
	return new DigitalOceanProblem(JSON.parse(serialized.split(secret).join('[token]')));
}
