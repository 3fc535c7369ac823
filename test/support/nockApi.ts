import nock from 'nock';

/** A nock scope for the fake API address that only answers requests with this bearer token. */
export function mockApi(baseUrl: string, token: string) {
	return nock(baseUrl, { reqheaders: { authorization: `Bearer ${token}` } });
}

/** Counts the requests nock answered for a scope, by "METHOD path". */
export function countRequests(scope: nock.Scope) {
	const counts: Record<string, number> = {};
	scope.on('request', (req: { method: string; path: string }) => {
		const key = `${req.method} ${req.path.split('?')[0]}`;
		counts[key] = (counts[key] ?? 0) + 1;
	});
	return counts;
}
