import type { ApiRequest, ApiResponse } from './request';
import { DigitalOceanProblem, EXIT_CODES } from './problems';
import { headerValue } from './retryPolicy';

const HINTS: Record<number, string> = {
	400: 'DigitalOcean could not read the request; check the values given to the node',
	401: 'Check the API token in the DigitalOcean credential: DigitalOcean does not accept it (mistyped, expired or revoked)',
	403: 'The token is valid but lacks the scope this action needs (for example droplet:create, droplet:update or droplet:delete)',
	404: 'The droplet or action does not exist (any more), or this token cannot see it',
	409: 'The droplet is busy with another action; try again when that action has finished',
	422: 'DigitalOcean refused the values sent; its message above says which one',
};

/** Turns a non-2xx answer into the problem a user sees, keeping DigitalOcean's own message. */
export function describeApiFailure(
	response: ApiResponse,
	request: ApiRequest,
	attempts: number,
): DigitalOceanProblem {
	const { statusCode, headers, body } = response;
	const apiError = readApiError(body);
	const message =
		apiError.message ?? `DigitalOcean answered ${statusCode} to ${request.method} ${request.url}`;

	let description = HINTS[statusCode];
	let retryAfter: string | undefined;
	if (statusCode === 429) {
		retryAfter = resetTime(headers);
		description = `Rate limited by DigitalOcean until ${retryAfter ?? 'the limit resets'}; tried ${attempts} times. Lower "Max Requests per Minute" or spread the items over time`;
	} else if (statusCode >= 500) {
		description = `DigitalOcean had a server error; tried ${attempts} time${attempts > 1 ? 's' : ''}`;
		if (!request.safeToRepeat) description += unknownOutcomeNote(request);
	}

	return new DigitalOceanProblem({
		exitcode: statusCode,
		httpCode: statusCode,
		message,
		description,
		errorId: apiError.id,
		requestId: apiError.requestId,
		retryAfter,
		attempts,
	});
}

/** A request that got no HTTP answer: refused, dropped, or timed out. */
export function describeNetworkFailure(
	error: unknown,
	request: ApiRequest,
	attempts: number,
): DigitalOceanProblem {
	if (isCancellation(error)) {
		return new DigitalOceanProblem({
			exitcode: EXIT_CODES.cancelled,
			message: `The execution was cancelled during ${request.method} ${request.url}`,
		});
	}

	const refusal = domainRefusal(error);
	if (refusal) {
		return new DigitalOceanProblem({
			exitcode: EXIT_CODES.invalidInput,
			message: refusal,
			description:
				"n8n did not send the request: the credential's Allowed HTTP Request Domains setting does not include the host of its Base URL. Add that host to the list or choose All",
		});
	}

	// Only the error code is kept: the lower-level error holds the request, headers included.
	const code = errorCode(error);
	const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT';
	const what = timedOut ? 'No answer in time' : `Connection failed (${code ?? 'unknown error'})`;
	let description = `Tried ${attempts} time${attempts > 1 ? 's' : ''}. Check the Base URL in the credential and the network between n8n and DigitalOcean`;
	if (timedOut) description += ', or raise "Request Timeout"';
	if (!request.safeToRepeat) description += unknownOutcomeNote(request);

	return new DigitalOceanProblem({
		exitcode: EXIT_CODES.networkFailure,
		message: `${what} from DigitalOcean for ${request.method} ${request.url}`,
		description,
		attempts,
	});
}

/**
 * n8n's own refusal to send a request to a host the credential is not allowed to reach (n8n 2.x),
 * answered with its message. Nothing left n8n, and sending again cannot change the answer.
 */
export function domainRefusal(error: unknown): string | undefined {
	let message: string | undefined;
	findInChain(error, (e) => {
		if (typeof e.message === 'string' && e.message.startsWith('Domain not allowed')) {
			message = e.message;
		}
		return message !== undefined;
	});
	return message;
}

export function isCancellation(error: unknown): boolean {
	const code = errorCode(error);
	return code === 'ERR_CANCELED' || findInChain(error, (e) => e.name === 'CanceledError');
}

function unknownOutcomeNote(request: ApiRequest) {
	return `. It was not sent again, because ${request.method} ${request.url} may have taken effect; look the droplet up by name before trying again`;
}

function readApiError(body: unknown): { id?: string; message?: string; requestId?: string } {
	if (typeof body === 'string' && body.trim()) return { message: body.trim().slice(0, 500) };
	if (typeof body !== 'object' || body === null) return {};

	const { id, message, request_id: requestId } = body as Record<string, unknown>;
	return {
		id: typeof id === 'string' ? id : undefined,
		message: typeof message === 'string' ? message : undefined,
		requestId: typeof requestId === 'string' ? requestId : undefined,
	};
}

function resetTime(headers: Record<string, unknown>): string | undefined {
	const reset = Number(headerValue(headers, 'ratelimit-reset'));
	if (!Number.isFinite(reset) || reset <= 0) return undefined;
	return new Date(reset * 1000).toISOString();
}

function errorCode(error: unknown): string | undefined {
	let code: string | undefined;
	findInChain(error, (e) => {
		if (typeof e.code === 'string') code = e.code;
		return code !== undefined;
	});
	return code;
}

/** Walks an error and its causes; n8n wraps the network error from axios in its own. */
function findInChain(error: unknown, test: (e: Record<string, unknown>) => boolean): boolean {
	let current = error;
	for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
		const candidate = current as Record<string, unknown>;
		if (test(candidate)) return true;
		current = candidate.cause;
	}
	return false;
}
