import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface ApiRequest {
	method: string;
	path: string;
	query: URLSearchParams;
	headers: IncomingHttpHeaders;
	rawBody: string;
	/** The parsed JSON body; undefined when there is none or it does not parse. */
	body: unknown;
}

export interface ApiResponse {
	status: number;
	/** Sent as JSON; absent for 204. */
	body?: unknown;
	/** Sent as is instead of JSON (an off-spec answer such as a proxy's error page). */
	text?: { contentType: string; content: string };
	headers?: Record<string, string>;
}

export function json(status: number, body: unknown): ApiResponse {
	return { status, body };
}

export function noContent(): ApiResponse {
	return { status: 204 };
}

/** The API's error body (shared/models/error.yml). */
export function apiError(status: number, id: string, message: string): ApiResponse {
	return { status, body: { id, message } };
}

export function badRequest(message: string): ApiResponse {
	return { status: 400, body: { id: 'bad_request', message, request_id: randomUUID() } };
}

export function unauthorized(): ApiResponse {
	return apiError(401, 'unauthorized', 'Unable to authenticate you.');
}

export function notFound(): ApiResponse {
	return apiError(404, 'not_found', 'The resource you were accessing could not be found.');
}

export function unprocessable(message: string): ApiResponse {
	return {
		status: 422,
		body: { id: 'unprocessable_entity', message, request_id: randomUUID() },
	};
}

export function tooManyRequests(): ApiResponse {
	return apiError(429, 'too_many_requests', 'API rate limit exceeded.');
}

export function serverError(): ApiResponse {
	return apiError(500, 'server_error', 'Unexpected server-side error');
}

/** Path ids are positive integers; anything else names no resource. */
export function parseId(value: string): number | undefined {
	if (!/^[1-9]\d*$/.test(value)) return undefined;
	const id = Number(value);
	return Number.isSafeInteger(id) ? id : undefined;
}

export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
