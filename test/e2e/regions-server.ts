import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { repoRoot } from '../../scripts/n8n/paths';

export interface RegionsServer {
	baseUrl: string;
	/** Every request received, for assertions on what n8n sent. */
	requests: Array<{ method: string; url: string; authorization?: string }>;
	regions: Array<Record<string, unknown>>;
	close(): Promise<void>;
}

/** The spec's example list, served as one page so that nothing asks for a next page. */
export function regionsFixture(): { regions: Array<Record<string, unknown>> } {
	const file = path.join(repoRoot(), '..', 'shared', 'fixtures', 'do-api', 'regions-list.json');
	return JSON.parse(readFileSync(file, 'utf8')) as { regions: Array<Record<string, unknown>> };
}

/**
 * A stand-in for `GET /v2/regions` on 127.0.0.1, small enough to tell a failure of n8n's
 * package loading apart from one of the DigitalOcean sandbox.
 */
export async function startRegionsServer(token: string): Promise<RegionsServer> {
	const { regions } = regionsFixture();
	const body = JSON.stringify({ regions, links: {}, meta: { total: regions.length } });
	const requests: RegionsServer['requests'] = [];

	const server = createServer((request, response) => {
		requests.push(describe(request));
		const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;

		if (request.headers.authorization !== `Bearer ${token}`) {
			response.writeHead(401, { 'content-type': 'application/json' });
			response.end(JSON.stringify({ id: 'unauthorized', message: 'Unable to authenticate you' }));
		} else if (request.method === 'GET' && pathname === '/v2/regions') {
			response.writeHead(200, { 'content-type': 'application/json' });
			response.end(body);
		} else {
			response.writeHead(404, { 'content-type': 'application/json' });
			response.end(JSON.stringify({ id: 'not_found', message: 'The resource was not found.' }));
		}
	});

	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		baseUrl: `http://127.0.0.1:${port}`,
		requests,
		regions,
		close: async () => await closeServer(server),
	};
}

function describe(request: IncomingMessage) {
	return {
		method: request.method ?? '',
		url: request.url ?? '',
		authorization: request.headers.authorization,
	};
}

async function closeServer(server: Server): Promise<void> {
	server.closeAllConnections();
	await new Promise<void>((resolve, reject) =>
		server.close((error) => (error ? reject(error) : resolve())),
	);
}
