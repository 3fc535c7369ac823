import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { actionOutcome, type Fault, type FaultController } from './faults';
import {
	apiError,
	notFound,
	serverError,
	tooManyRequests,
	unauthorized,
	unprocessable,
	type ApiRequest,
	type ApiResponse,
} from './http';
import type { Timing } from './lifecycle';
import { unixSeconds, type RateLimiter } from './rate-limit';
import type { RequestLog } from './request-log';
import { matchRoute, type Route, type RouteMatch } from './router';
import type { SpecConformance } from './spec/conformance';
import type { RequestToCheck } from './spec/validator';
import type { Store } from './store';

export interface ApiServerParts {
	routes: readonly Route[];
	store: Store;
	timing: Timing;
	token: string;
	faults: FaultController;
	limiter: RateLimiter;
	requests: RequestLog;
	conformance: SpecConformance;
	baseUrl: () => string;
}

/** What the sandbox does with a request: answer it, or hang up. */
type Outcome = { response: ApiResponse; exempt?: boolean } | { drop: true };

/**
 * Every request passes the same gates the API has, in its order: authentication, injected
 * faults, the rate limit, then the route. Each request and answer is checked against the spec.
 */
export function createApiServer(parts: ApiServerParts): { server: Server; stop: () => void } {
	const stopping = new AbortController();

	const server = createServer((incoming, outgoing) => {
		handle(parts, incoming, outgoing, stopping.signal).catch((error: unknown) => {
			process.stderr.write(`DigitalOcean API sandbox failed on a request: ${String(error)}\n`);
			outgoing.destroy();
		});
	});

	return { server, stop: () => stopping.abort() };
}

async function handle(
	parts: ApiServerParts,
	incoming: IncomingMessage,
	outgoing: ServerResponse,
	stopping: AbortSignal,
): Promise<void> {
	const time = parts.store.clock.now();
	const request = await readRequest(incoming);
	const match = matchRoute(parts.routes, request.method, request.path);
	const operationId = match?.route.operationId;
	const query = queryRecord(request.query);
	const checked = toCheck(request, query);
	parts.conformance.checkRequest(checked, operationId);

	const { outcome, fault, rateHeaders } = await decide(parts, request, match, stopping);
	const status = 'drop' in outcome ? 0 : outcome.response.status;
	parts.requests.add({
		method: request.method,
		path: request.path,
		query,
		body: request.body ?? (request.rawBody === '' ? undefined : request.rawBody),
		status,
		time,
		...(fault ? { fault: fault.kind } : {}),
	});

	if ('drop' in outcome || stopping.aborted) {
		parts.conformance.exemptResponse();
		outgoing.destroy();
		return;
	}

	const { response, exempt } = outcome;
	const headers: Record<string, string> = { ...rateHeaders, ...response.headers };
	let payload = '';
	if (response.text) {
		headers['content-type'] = response.text.contentType;
		payload = response.text.content;
	} else if (response.body !== undefined) {
		headers['content-type'] = 'application/json; charset=utf-8';
		payload = JSON.stringify(response.body);
	}

	if (exempt) {
		parts.conformance.exemptResponse();
	} else {
		// Check the bytes sent, not the object they came from (undefined fields vanish, ...).
		const body = payload === '' ? undefined : (JSON.parse(payload) as unknown);
		parts.conformance.checkResponse(checked, operationId, { status, body, headers });
	}

	// A 204 carries no body and so no length (RFC 9110); the others say theirs.
	if (status !== 204) headers['content-length'] = String(Buffer.byteLength(payload));
	outgoing.writeHead(status, headers);
	outgoing.end(payload);
}

async function decide(
	parts: ApiServerParts,
	request: ApiRequest,
	match: RouteMatch | undefined,
	stopping: AbortSignal,
): Promise<{ outcome: Outcome; fault?: Fault; rateHeaders: Record<string, string> }> {
	if (!isAuthorized(request, parts.token)) {
		return { outcome: { response: unauthorized() }, rateHeaders: parts.limiter.headers() };
	}

	const fault = parts.faults.take(request);
	if (fault?.kind === 'slow') {
		await sleep(fault.delayMs, undefined, { signal: stopping }).catch(() => undefined);
	}
	if (fault?.kind === 'rateLimited') {
		return {
			outcome: { response: tooManyRequests() },
			fault,
			rateHeaders: injectedLimit(parts, fault),
		};
	}

	const rate = parts.limiter.admit();
	if (!rate.allowed) {
		return { outcome: { response: tooManyRequests() }, rateHeaders: rate.headers };
	}

	const injected = injectedOutcome(fault);
	if (injected) return { outcome: injected, fault, rateHeaders: rate.headers };

	const response = match ? answerRoute(parts, request, match, fault) : notFound();
	const outcome: Outcome = fault?.kind === 'dropConnection' ? { drop: true } : { response };
	return { outcome, fault, rateHeaders: rate.headers };
}

function answerRoute(
	parts: ApiServerParts,
	request: ApiRequest,
	{ route, params }: RouteMatch,
	fault: Fault | undefined,
): ApiResponse {
	try {
		return route.handle({
			request,
			params,
			store: parts.store,
			timing: parts.timing,
			baseUrl: parts.baseUrl(),
			actionOutcome: actionOutcome(fault),
		});
	} catch (error) {
		process.stderr.write(`DigitalOcean API sandbox: ${route.operationId} threw ${String(error)}\n`);
		return serverError();
	}
}

/** Faults that replace the answer; those that shape an action or a delay return nothing. */
function injectedOutcome(fault: Fault | undefined): Outcome | undefined {
	switch (fault?.kind) {
		case 'serverError': {
			const status = fault.status ?? 500;
			return {
				response: apiError(
					status,
					fault.id ?? (status === 500 ? 'server_error' : 'service_unavailable'),
					fault.message ?? 'Unexpected server-side error',
				),
			};
		}
		case 'plainTextError':
			return {
				response: {
					status: fault.status ?? 502,
					text: {
						contentType: fault.contentType ?? 'text/html',
						content: fault.text ?? '<html><body><h1>502 Bad Gateway</h1></body></html>',
					},
				},
				exempt: true,
			};
		case 'unprocessable':
			return { response: unprocessable(fault.message) };
		case 'dropConnection':
			return fault.afterProcessing ? undefined : { drop: true };
		default:
			return undefined;
	}
}

function injectedLimit(
	parts: ApiServerParts,
	fault: Extract<Fault, { kind: 'rateLimited' }>,
): Record<string, string> {
	const now = parts.store.clock.now();
	const headers: Record<string, string> = {
		...parts.limiter.headers(),
		'ratelimit-remaining': '0',
		'ratelimit-reset': String(unixSeconds(now + (fault.resetInSeconds ?? 2) * 1000)),
	};
	if (fault.retryAfterSeconds !== undefined) {
		headers['retry-after'] = String(fault.retryAfterSeconds);
	}
	return headers;
}

function isAuthorized(request: ApiRequest, token: string): boolean {
	const match = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '');
	return match?.[1] === token;
}

async function readRequest(incoming: IncomingMessage): Promise<ApiRequest> {
	const chunks: Buffer[] = [];
	for await (const chunk of incoming) chunks.push(chunk as Buffer);
	const rawBody = Buffer.concat(chunks).toString('utf8');
	const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');

	return {
		method: (incoming.method ?? 'GET').toUpperCase(),
		path: url.pathname,
		query: url.searchParams,
		headers: incoming.headers,
		rawBody,
		body: parseJson(rawBody),
	};
}

function parseJson(text: string): unknown {
	if (text === '') return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

function queryRecord(query: URLSearchParams): Record<string, string | string[]> {
	const record: Record<string, string | string[]> = {};
	for (const name of new Set(query.keys())) {
		const values = query.getAll(name);
		record[name] = values.length === 1 ? values[0] : values;
	}
	return record;
}

function toCheck(request: ApiRequest, query: RequestToCheck['query']): RequestToCheck {
	const headers: Record<string, string | string[]> = {};
	for (const [name, value] of Object.entries(request.headers)) {
		if (value !== undefined) headers[name] = value;
	}
	return {
		method: request.method,
		path: request.path,
		query,
		headers,
		rawBody: request.rawBody,
	};
}
