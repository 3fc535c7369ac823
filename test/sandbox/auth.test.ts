import { call } from './client';
import { useSandbox } from './fixture';

describe('authentication', () => {
	const fixture = useSandbox();

	it('answers the account to the sandbox token', async () => {
		const answer = await call(fixture.sandbox, '/v2/account');

		expect(answer.status).toBe(200);
		expect(answer.body.account).toMatchObject({
			email: 'sammy@digitalocean.com',
			droplet_limit: 25,
			status: 'active',
			email_verified: true,
		});
	});

	it.each([
		['no Authorization header', null],
		['another token', 'dop_v1_SECRET123'],
		['a prefix of the sandbox token', 'dop_v1_sandbox'],
	])('refuses %s with the API 401 body', async (_case, token) => {
		const answer = await call(fixture.sandbox, '/v2/droplets', { token });

		expect(answer.status).toBe(401);
		expect(answer.body).toEqual({ id: 'unauthorized', message: 'Unable to authenticate you.' });
		expect(answer.headers.get('ratelimit-limit')).toBe('5000');
	});

	it('refuses before any route runs: an unauthenticated create creates nothing', async () => {
		const before = fixture.sandbox.store.dropletCount;

		const answer = await call(fixture.sandbox, '/v2/droplets', {
			method: 'POST',
			token: 'wrong',
			body: { name: 'web-1', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' },
		});

		expect(answer.status).toBe(401);
		expect(fixture.sandbox.store.dropletCount).toBe(before);
		expect(fixture.sandbox.requests.count('POST', '/v2/droplets')).toBe(1);
	});

	it('keeps tokens out of the request log', async () => {
		await call(fixture.sandbox, '/v2/account');
		await call(fixture.sandbox, '/v2/account', { token: 'dop_v1_SECRET123' });

		const log = JSON.stringify(fixture.sandbox.requests.entries);
		expect(log).not.toContain(fixture.sandbox.token);
		expect(log).not.toContain('dop_v1_SECRET123');
		expect(fixture.sandbox.requests.entries.map((entry) => entry.status)).toEqual([200, 401]);
	});

	it('answers 404 with the API error body for what it does not serve', async () => {
		const answer = await call(fixture.sandbox, '/v2/floating_ips');

		expect(answer.status).toBe(404);
		expect(answer.body).toEqual({
			id: 'not_found',
			message: 'The resource you were accessing could not be found.',
		});
		// Unserved paths are reported too, so a test never passes on a mistyped path.
		expect(fixture.sandbox.spec.takeMismatches()).toEqual([
			expect.objectContaining({
				direction: 'request',
				operationId: null,
				path: '/v2/floating_ips',
			}),
		]);
	});
});
