import nock from 'nock';

import { runNode } from '../support/engine';
import { actionLike, dropletLike } from '../support/fixtures';
import { countRequests, mockApi } from '../support/nockApi';
import { runWithSimulatedTime } from '../support/simulatedTime';

const TOKEN = 'dop_v1_longwait00000000001';
const baseUrl = 'http://do-long-wait.test';

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
	nock.cleanAll();
	jest.useRealTimers();
});
afterAll(() => nock.enableNetConnect());

describe('F14: no hidden cap on waiting', () => {
	it('waits 75 minutes of a 2-hour timeout, polling about every 30 s', async () => {
		jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
		const startedAt = Date.now();
		const finishesAt = startedAt + 75 * 60_000;
		const action = actionLike({ id: 777, type: 'power_on', resource_id: 42 });
		const scope = mockApi(baseUrl, TOKEN)
			.post('/v2/droplets/42/actions')
			.reply(201, { action })
			.get('/v2/droplets/42/actions/777')
			.times(1000)
			.reply(() => [
				200,
				{ action: { ...action, status: Date.now() >= finishesAt ? 'completed' : 'in-progress' } },
			])
			.get('/v2/droplets/42')
			.reply(200, { droplet: dropletLike(42, { status: 'active' }) });
		const counts = countRequests(scope);

		const { items, error } = await runWithSimulatedTime(
			runNode({
				parameters: {
					action: 'start',
					droplet: { __rl: true, mode: 'id', value: '42' },
					waitForCompletion: true,
					waitTimeout: 7200,
					pollInterval: 30,
				},
				credentials: { token: TOKEN, baseUrl },
			}),
			scope,
		);

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: 42, status: 'active' });
		const polls = counts['GET /v2/droplets/42/actions/777'];
		// 75 minutes at one poll per 30 s: 150 polls after the first, give or take one.
		expect(polls).toBeGreaterThanOrEqual(150);
		expect(polls).toBeLessThanOrEqual(152);
		expect(Date.now() - finishesAt).toBeLessThan(30_000 + 2_000);
	});
});
