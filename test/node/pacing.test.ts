import nock from 'nock';

import { runNode } from '../support/engine';
import { dropletLike } from '../support/fixtures';
import { mockApi } from '../support/nockApi';
import { runWithSimulatedTime } from '../support/simulatedTime';

const TOKEN = 'dop_v1_pacing0000000000001';
let baseUrl: string;
let testNumber = 0;

beforeEach(() => {
	baseUrl = `http://do-pacing-${++testNumber}.test`;
});
beforeAll(() => nock.disableNetConnect());
afterEach(() => {
	nock.cleanAll();
	jest.useRealTimers();
});
afterAll(() => nock.enableNetConnect());

const details = (count: number) => ({
	parameters: {
		action: 'detail',
		simplify: false,
		droplet: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
	},
	items: Array.from({ length: count }, (_, i) => ({ id: i + 1 })),
});

describe('pacing', () => {
	it('starts no more requests per minute than Max Requests per Minute allows', async () => {
		jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
		const startedAt = Date.now();
		const sentAt: number[] = [];
		const scope = mockApi(baseUrl, TOKEN)
			.get(/^\/v2\/droplets\/\d+$/)
			.times(12)
			.reply((uri) => {
				sentAt.push(Date.now() - startedAt);
				return [200, { droplet: dropletLike(Number(uri.split('/')[3])) }];
			});

		const { items, error } = await runWithSimulatedTime(
			runNode({
				...details(12),
				parameters: { ...details(12).parameters, options: { maxRequestsPerMinute: 5 } },
				credentials: { token: TOKEN, baseUrl },
			}),
			scope,
		);

		expect(error).toBeUndefined();
		expect(items).toHaveLength(12);
		// Five at once, five a minute later, the last two a minute after that.
		const minutes = sentAt.map((ms) => Math.floor(ms / 60_000));
		expect(minutes).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2]);
	});

	it('spreads requests over the time left when the hourly budget runs low', async () => {
		// At least two seconds ahead, so that each spread-out gap is well above 400 ms.
		const reset = Math.ceil(Date.now() / 1000) + 3;
		const sentAt: number[] = [];
		let remaining = 4;
		mockApi(baseUrl, TOKEN)
			.get(/^\/v2\/droplets\/\d+$/)
			.times(5)
			.reply((uri) => {
				sentAt.push(Date.now());
				remaining--;
				return [
					200,
					{ droplet: dropletLike(Number(uri.split('/')[3])) },
					{ 'ratelimit-remaining': String(remaining), 'ratelimit-reset': String(reset) },
				];
			});

		const { items, error } = await runNode({
			...details(5),
			parameters: { ...details(5).parameters, options: { maxConcurrentRequests: 1 } },
			credentials: { token: TOKEN, baseUrl },
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(5);
		// From the first answer on (3 left until the reset) the remaining requests are spread
		// over the time up to the reset, and none goes out before the budget allows it.
		const gaps = sentAt.slice(1).map((time, i) => time - sentAt[i]);
		expect(Math.min(...gaps.slice(0, 3))).toBeGreaterThan(400);
		expect(sentAt[4]).toBeGreaterThanOrEqual(reset * 1000 - 50);
	});
});
