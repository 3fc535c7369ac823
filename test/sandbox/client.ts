import type { Sandbox } from '../../sandbox';

export interface ApiAnswer {
	status: number;
	headers: Headers;
	/** Parsed JSON, the text when it is not JSON, undefined when empty. */
	body: any;
	text: string;
}

export interface CallOptions {
	method?: string;
	body?: unknown;
	/** Overrides the sandbox's token; `null` sends no Authorization header. */
	token?: string | null;
}

/** One real HTTP call to a sandbox, as the node makes them. */
export async function call(
	sandbox: Sandbox,
	path: string,
	options: CallOptions = {},
): Promise<ApiAnswer> {
	const headers: Record<string, string> = { accept: 'application/json' };
	const token = options.token === undefined ? sandbox.token : options.token;
	if (token !== null) headers.authorization = `Bearer ${token}`;
	if (options.body !== undefined) headers['content-type'] = 'application/json';

	const response = await fetch(`${sandbox.url}${path}`, {
		method: options.method ?? 'GET',
		headers,
		body: options.body === undefined ? undefined : JSON.stringify(options.body),
	});
	const text = await response.text();
	return { status: response.status, headers: response.headers, body: parse(text), text };
}

function parse(text: string): unknown {
	if (text === '') return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}
