import type { ILoadOptionsFunctions, INode } from 'n8n-workflow';

import { gateFor } from '../transport/accountGate';
import type { Connection, RequestContext } from '../transport/request';
import { CREDENTIAL_TYPE } from '../transport/request';

/** DigitalOcean's documented per-token limit, and the default pace of the node. */
export const DEFAULT_REQUESTS_PER_MINUTE = 250;

export const DEFAULT_MAX_CONCURRENT_REQUESTS = 10;

export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;

export interface ConnectionSettings {
	requestTimeout?: number;
	maxRequestsPerMinute?: number;
	maxConcurrentRequests?: number;
}

export function connect(
	ctx: RequestContext,
	baseURL: string,
	settings: ConnectionSettings = {},
): Connection {
	const limits = {
		perMinute: settings.maxRequestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE,
		maxConcurrent: settings.maxConcurrentRequests ?? DEFAULT_MAX_CONCURRENT_REQUESTS,
	};
	const timeoutSeconds = settings.requestTimeout ?? DEFAULT_REQUEST_TIMEOUT_SECONDS;

	return {
		ctx,
		baseURL,
		timeoutMs: timeoutSeconds * 1000,
		gate: gateFor(accountKey(ctx.getNode(), baseURL), limits),
	};
}

/** Dropdowns and list searches in the editor read the base URL from the credential itself. */
export async function connectFromEditor(ctx: ILoadOptionsFunctions): Promise<Connection> {
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
	return connect(ctx, normalizeBaseUrl(credentials.baseUrl));
}

export function normalizeBaseUrl(baseUrl: unknown): string {
	const text = typeof baseUrl === 'string' && baseUrl.trim() ? baseUrl.trim() : '';
	return (text || 'https://api.digitalocean.com').replace(/\/+$/, '');
}

/** Requests are paced per account; the credential id stands for the account, never the token. */
function accountKey(node: INode, baseURL: string) {
	const credential = node.credentials?.[CREDENTIAL_TYPE];
	return `${credential?.id ?? credential?.name ?? 'unsaved'}@${baseURL}`;
}
