import { call } from './client';
import { START, UBUNTU, useSandbox } from './fixture';

const ACTIVE = 3164444;

describe('injected faults', () => {
	const fixture = useSandbox({ timing: { createMs: 10_000, actionMs: 5_000 } });
	const createWeb1 = () =>
		call(fixture.sandbox, '/v2/droplets', { method: 'POST', body: { name: 'web-1', ...UBUNTU } });

	it('answers 429 with the headers asked for, once, then normally (F3)', async () => {
		const fault = fixture.sandbox.faults.inject({
			method: 'GET',
			path: /^\/v2\/droplets$/,
			fault: { kind: 'rateLimited', resetInSeconds: 2, retryAfterSeconds: 3 },
		});

		const limited = await call(fixture.sandbox, '/v2/droplets?page=2&per_page=2');
		const retried = await call(fixture.sandbox, '/v2/droplets?page=2&per_page=2');

		expect(limited.status).toBe(429);
		expect(limited.body).toEqual({ id: 'too_many_requests', message: 'API rate limit exceeded.' });
		expect(limited.headers.get('ratelimit-remaining')).toBe('0');
		expect(limited.headers.get('ratelimit-reset')).toBe(String(START / 1000 + 2));
		expect(limited.headers.get('retry-after')).toBe('3');
		expect(retried.status).toBe(200);
		expect(retried.body.droplets).toHaveLength(2);
		expect([fault.hits, fault.remaining]).toEqual([1, 0]);
	});

	it('lets matching requests through before the first fault (F4: the 26th delete)', async () => {
		fixture.sandbox.addDroplets(30, { namePrefix: 'doomed' });
		fixture.sandbox.faults.inject({
			method: 'DELETE',
			path: /^\/v2\/droplets\/\d+$/,
			skip: 25,
			fault: { kind: 'rateLimited' },
		});
		const ids = fixture.sandbox.store
			.listDroplets()
			.filter((droplet) => droplet.name.startsWith('doomed'))
			.map((droplet) => droplet.id);

		const statuses = [];
		for (const id of ids) {
			statuses.push(
				(await call(fixture.sandbox, `/v2/droplets/${id}`, { method: 'DELETE' })).status,
			);
		}

		expect(statuses.indexOf(429)).toBe(25);
		expect(statuses.filter((status) => status === 204)).toHaveLength(29);
	});

	it('answers a 5xx with the API error body', async () => {
		fixture.sandbox.faults.inject({
			path: '/v2/account',
			fault: { kind: 'serverError', status: 503, message: 'Service is down for maintenance' },
		});

		const answer = await call(fixture.sandbox, '/v2/account');

		expect(answer.status).toBe(503);
		expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(answer.body).toEqual({
			id: 'service_unavailable',
			message: 'Service is down for maintenance',
		});
		expect(fixture.sandbox.spec.responsesChecked).toBe(1);
	});

	it('answers a 5xx in plain text, exempt from the spec check but counted', async () => {
		fixture.sandbox.faults.inject({ path: '/v2/account', fault: { kind: 'plainTextError' } });

		const answer = await call(fixture.sandbox, '/v2/account');

		expect(answer.status).toBe(502);
		expect(answer.headers.get('content-type')).toBe('text/html');
		expect(answer.text).toBe('<html><body><h1>502 Bad Gateway</h1></body></html>');
		expect([fixture.sandbox.spec.responsesChecked, fixture.sandbox.spec.responsesExempt]).toEqual([
			0, 1,
		]);
	});

	it('answers 422 with the given message and creates nothing (F10)', async () => {
		fixture.sandbox.faults.inject({
			method: 'POST',
			path: '/v2/droplets',
			fault: { kind: 'unprocessable', message: 'Region is not available' },
		});

		const answer = await createWeb1();

		expect(answer.status).toBe(422);
		expect(answer.body.message).toBe('Region is not available');
		expect(fixture.sandbox.store.droplet(5000000001)).toBeUndefined();
	});

	it('answers slowly, in wall-clock time', async () => {
		fixture.sandbox.faults.inject({ path: '/v2/regions', fault: { kind: 'slow', delayMs: 150 } });

		const started = Date.now();
		const answer = await call(fixture.sandbox, '/v2/regions');

		expect(answer.status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(140);
	});

	it('drops the connection without answering, and without creating', async () => {
		fixture.sandbox.faults.inject({
			method: 'POST',
			path: '/v2/droplets',
			fault: { kind: 'dropConnection' },
		});

		await expect(createWeb1()).rejects.toThrow('fetch failed');

		expect(fixture.sandbox.store.droplet(5000000001)).toBeUndefined();
		expect(fixture.sandbox.requests.filter('POST', '/v2/droplets')).toEqual([
			expect.objectContaining({ status: 0, fault: 'dropConnection' }),
		]);
		expect(fixture.sandbox.spec.responsesExempt).toBe(1);
	});

	it('can drop the connection after the create took effect (F2)', async () => {
		fixture.sandbox.faults.inject({
			method: 'POST',
			path: '/v2/droplets',
			fault: { kind: 'dropConnection', afterProcessing: true },
		});

		await expect(createWeb1()).rejects.toThrow('fetch failed');
		const listed = await call(fixture.sandbox, '/v2/droplets?name=web-1');

		expect(listed.body.droplets.map((droplet: any) => droplet.id)).toEqual([5000000001]);
		expect(fixture.sandbox.requests.count('POST', '/v2/droplets')).toBe(1);
	});

	it('makes an action end errored, leaving the droplet as it was (F13)', async () => {
		fixture.sandbox.faults.inject({
			method: 'POST',
			path: `/v2/droplets/${ACTIVE}/actions`,
			fault: { kind: 'actionErrored' },
		});

		const started = await call(fixture.sandbox, `/v2/droplets/${ACTIVE}/actions`, {
			method: 'POST',
			body: { type: 'power_off' },
		});
		fixture.clock.advance(5_000);
		const action = await call(fixture.sandbox, `/v2/actions/${started.body.action.id}`);

		expect(action.body.action).toMatchObject({ status: 'errored', type: 'power_off' });
		expect(action.body.action.completed_at).toBe('2026-03-02T10:00:05Z');
		expect(fixture.sandbox.store.droplet(ACTIVE)?.status).toBe('active');
	});

	it('makes a graceful shutdown complete without stopping the droplet (F12)', async () => {
		fixture.sandbox.faults.inject({
			method: 'POST',
			path: /\/actions$/,
			body: { type: 'shutdown' },
			fault: { kind: 'actionWithoutEffect' },
		});
		const post = (type: string) =>
			call(fixture.sandbox, `/v2/droplets/${ACTIVE}/actions`, { method: 'POST', body: { type } });

		const shutdown = await post('shutdown');
		fixture.clock.advance(60_000);
		const afterShutdown = await call(fixture.sandbox, `/v2/actions/${shutdown.body.action.id}`);
		const stillActive = fixture.sandbox.store.droplet(ACTIVE)?.status;
		await post('power_off');
		fixture.clock.advance(5_000);

		expect(afterShutdown.body.action.status).toBe('completed');
		expect(stillActive).toBe('active');
		expect(fixture.sandbox.store.droplet(ACTIVE)?.status).toBe('off');
	});

	it('keeps an action in progress for ever', async () => {
		fixture.sandbox.faults.inject({
			method: 'POST',
			path: '/v2/droplets',
			fault: { kind: 'actionStuck' },
		});

		const created = await createWeb1();
		fixture.clock.advance(2 * 60 * 60 * 1000);
		const action = await call(fixture.sandbox, `/v2/actions/${created.body.links.actions[0].id}`);
		const droplet = await call(fixture.sandbox, `/v2/droplets/${created.body.droplet.id}`);

		expect(action.body.action.status).toBe('in-progress');
		expect(droplet.body.droplet.status).toBe('new');
	});

	it('applies a fault only to authenticated requests, and can be cleared', async () => {
		fixture.sandbox.faults.inject({
			path: '/v2/account',
			times: Infinity,
			fault: { kind: 'serverError' },
		});

		const unauthenticated = await call(fixture.sandbox, '/v2/account', { token: 'wrong' });
		const faulted = await call(fixture.sandbox, '/v2/account');
		fixture.sandbox.faults.clear();
		const healthy = await call(fixture.sandbox, '/v2/account');

		expect([unauthenticated.status, faulted.status, healthy.status]).toEqual([401, 500, 200]);
		expect(faulted.body).toEqual({ id: 'server_error', message: 'Unexpected server-side error' });
		expect(fixture.sandbox.faults.armed).toEqual([]);
	});
});
