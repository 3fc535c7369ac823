import type { ICredentialsDecrypted, INode } from 'n8n-workflow';

import { gateFor } from '../transport/accountGate';
import type { Connection, RequestContext } from '../transport/request';
import { CREDENTIAL_TYPE } from '../transport/request';

/** DigitalOcean's documented per-token limit, and the default pace of the node. */
export const DEFAULT_REQUESTS_PER_MINUTE = 250;

export const DEFAULT_MAX_CONCURRENT_REQUESTS = 10;

export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;

export const DIGITALOCEAN_API_URL = 'https://api.digitalocean.com';

export interface ConnectionSettings {
	requestTimeout?: number;
	maxRequestsPerMinute?: number;
	maxConcurrentRequests?: number;
	/**
	 * The hosts the credential may be sent to, as n8n's routing engine derives them from the
	 * credential's Allowed HTTP Request Domains setting (n8n 2.x); n8n's helper enforces them.
	 */
	allowedDomains?: string;
}

/**
 * Reads the credential once and opens a connection with it: every request of the connection is
 * sent to the credential's Base URL and signed with that same reading. n8n's helper would
 * otherwise load and decrypt the credential from its database again for every request, polls
 * and pages included.
 */
export async function connect(
	ctx: RequestContext,
	settings: ConnectionSettings = {},
): Promise<Connection> {
	const credentials = await readCredentials(ctx);
	const baseURL = normalizeBaseUrl(credentials.data?.baseUrl);
	const limits = {
		perMinute: settings.maxRequestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE,
		maxConcurrent: settings.maxConcurrentRequests ?? DEFAULT_MAX_CONCURRENT_REQUESTS,
	};
	const timeoutSeconds = settings.requestTimeout ?? DEFAULT_REQUEST_TIMEOUT_SECONDS;

	return {
		ctx,
		baseURL,
		credentials,
		allowedDomains: settings.allowedDomains,
		timeoutMs: timeoutSeconds * 1000,
		gate: gateFor(accountKey(ctx.getNode(), baseURL), limits),
	};
}

async function readCredentials(ctx: RequestContext): Promise<ICredentialsDecrypted> {
	const data = await ctx.getCredentials(CREDENTIAL_TYPE);
	const reference = ctx.getNode().credentials?.[CREDENTIAL_TYPE];
	return {
		id: reference?.id ?? '',
		name: reference?.name ?? '',
		type: CREDENTIAL_TYPE,
		data,
	};
}

function normalizeBaseUrl(baseUrl: unknown): string {
	const text = typeof baseUrl === 'string' && baseUrl.trim() ? baseUrl.trim() : '';
	return (text || DIGITALOCEAN_API_URL).replace(/\/+$/, '');
}

/** Requests are paced per account; the credential id stands for the account, never the token. */
function accountKey(node: INode, baseURL: string) {
	const credential = node.credentials?.[CREDENTIAL_TYPE];
	return `${credential?.id ?? credential?.name ?? 'unsaved'}@${baseURL}`;
}
