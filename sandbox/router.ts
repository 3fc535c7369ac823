import type { ApiRequest, ApiResponse } from './http';
import type { ActionOutcome, Timing } from './lifecycle';
import type { Store } from './store';

export interface RouteContext {
	request: ApiRequest;
	/** Path parameters, named as the spec names them (`droplet_id`, `action_id`). */
	params: Record<string, string>;
	store: Store;
	timing: Timing;
	baseUrl: string;
	/** How an action this request starts will end (normally `completed`). */
	actionOutcome: ActionOutcome;
}

export interface Route {
	method: string;
	/** The spec's path template, e.g. `/v2/droplets/{droplet_id}`. */
	path: string;
	/** The spec operation this route serves; requests and answers are checked against it. */
	operationId: string;
	handle(context: RouteContext): ApiResponse;
}

export interface RouteMatch {
	route: Route;
	params: Record<string, string>;
}

export function matchRoute(
	routes: readonly Route[],
	method: string,
	path: string,
): RouteMatch | undefined {
	const segments = path.split('/');
	for (const route of routes) {
		if (route.method !== method) continue;
		const params = matchTemplate(route.path.split('/'), segments);
		if (params) return { route, params };
	}
	return undefined;
}

function matchTemplate(template: string[], segments: string[]): Record<string, string> | undefined {
	if (template.length !== segments.length) return undefined;
	const params: Record<string, string> = {};
	for (const [index, part] of template.entries()) {
		const name = /^\{(\w+)\}$/.exec(part)?.[1];
		if (name) params[name] = decodeSegment(segments[index]);
		else if (part !== segments[index]) return undefined;
	}
	return params;
}

function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		// A malformed escape names no resource; the route answers 404 for it.
		return segment;
	}
}
