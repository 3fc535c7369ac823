import { call } from './client';
import { START, useSandbox } from './fixture';

const startSeconds = START / 1000;

describe('rate-limit headers', () => {
	const fixture = useSandbox();

	it('come with every answer: limit, remaining, when the oldest request expires', async () => {
		const first = await call(fixture.sandbox, '/v2/account');
		fixture.clock.advance(10_000);
		const second = await call(fixture.sandbox, '/v2/droplets/404404');
		const refused = await call(fixture.sandbox, '/v2/account', { token: 'wrong' });

		const headers = (answer: typeof first) =>
			['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'].map((name) =>
				answer.headers.get(name),
			);
		expect(headers(first)).toEqual(['5000', '4999', String(startSeconds + 3600)]);
		expect(headers(second)).toEqual(['5000', '4998', String(startSeconds + 3600)]);
		// A refused token does not spend the account's quota.
		expect(headers(refused)).toEqual(['5000', '4998', String(startSeconds + 3600)]);
	});

	it('reset an hour after each request', async () => {
		await call(fixture.sandbox, '/v2/account');
		fixture.clock.advance(3_600_000);

		const answer = await call(fixture.sandbox, '/v2/account');

		expect(answer.headers.get('ratelimit-remaining')).toBe('4999');
		expect(answer.headers.get('ratelimit-reset')).toBe(String(startSeconds + 7200));
	});
});

describe('the per-minute limit of the API', () => {
	const fixture = useSandbox({ rateLimit: { burst: true } });

	it('answers the 251st request within a minute with 429', async () => {
		for (let request = 0; request < 250; request++) {
			const answer = await call(fixture.sandbox, '/v2/account');
			expect(answer.status).toBe(200);
		}

		const refused = await call(fixture.sandbox, '/v2/account');
		fixture.clock.advance(60_000);
		const later = await call(fixture.sandbox, '/v2/account');

		expect(refused.status).toBe(429);
		expect(refused.body).toEqual({ id: 'too_many_requests', message: 'API rate limit exceeded.' });
		expect(refused.headers.get('ratelimit-remaining')).toBe('0');
		expect(refused.headers.get('ratelimit-reset')).toBe(String(startSeconds + 60));
		expect(refused.headers.get('retry-after')).toBeNull();
		expect(later.status).toBe(200);
		expect(later.headers.get('ratelimit-remaining')).toBe('4749');
	});
});

describe('a scaled-down limit for benchmarks', () => {
	const fixture = useSandbox({
		rateLimit: { burst: { limit: 3, windowMs: 10_000 }, retryAfter: true },
	});

	it('refuses a fourth request in 10 s, with retry-after, until the window moves', async () => {
		const statuses = [];
		for (let request = 0; request < 3; request++) {
			statuses.push((await call(fixture.sandbox, '/v2/regions')).status);
			fixture.clock.advance(1_000);
		}
		const refused = await call(fixture.sandbox, '/v2/regions');
		fixture.clock.advance(6_999);
		const stillRefused = await call(fixture.sandbox, '/v2/regions');
		fixture.clock.advance(1);
		const admitted = await call(fixture.sandbox, '/v2/regions');

		expect(statuses).toEqual([200, 200, 200]);
		expect(refused.status).toBe(429);
		expect(refused.headers.get('ratelimit-reset')).toBe(String(startSeconds + 10));
		expect(refused.headers.get('retry-after')).toBe('7');
		expect(stillRefused.status).toBe(429);
		expect(stillRefused.headers.get('retry-after')).toBe('1');
		expect(admitted.status).toBe(200);
		expect(fixture.sandbox.requests.entries.map((entry) => entry.status)).toEqual([
			200, 200, 200, 429, 429, 200,
		]);
	});
});

describe('the hourly quota', () => {
	const fixture = useSandbox({ rateLimit: { hourly: 2 } });

	it('refuses once spent, until the oldest request is an hour old', async () => {
		await call(fixture.sandbox, '/v2/account');
		fixture.clock.advance(60_000);
		await call(fixture.sandbox, '/v2/account');
		const refused = await call(fixture.sandbox, '/v2/account');
		fixture.clock.advance(3_540_000);
		const admitted = await call(fixture.sandbox, '/v2/account');

		expect(refused.status).toBe(429);
		expect(refused.headers.get('ratelimit-reset')).toBe(String(startSeconds + 3600));
		expect(admitted.status).toBe(200);
		expect(admitted.headers.get('ratelimit-remaining')).toBe('0');
	});
});
