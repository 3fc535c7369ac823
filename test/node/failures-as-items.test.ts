import nock from 'nock';

import { runNode } from '../support/engine';
import { dropletLike, fixture } from '../support/fixtures';
import { mockApi } from '../support/nockApi';

const TOKEN = 'dop_v1_failuresasitems0001';
const baseUrl = 'http://do-failures.test';
const credentials = { token: TOKEN, baseUrl };
const detail = {
	action: 'detail',
	simplify: false,
	droplet: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
};

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

function threeDroplets() {
	const requestId = '4851a473-1621-42ea-b2f9-5071c0ea8414';
	return mockApi(baseUrl, TOKEN)
		.get('/v2/droplets/1')
		.reply(200, { droplet: dropletLike(1) })
		.get('/v2/droplets/2')
		.reply(404, { ...fixture('error-404'), request_id: requestId })
		.get('/v2/droplets/3')
		.reply(200, { droplet: dropletLike(3) });
}
const input = [{ id: 1 }, { id: 2 }, { id: 3 }];

describe('failures as items', () => {
	it('with Continue On Fail (regular output), the failed item carries exitcode, message and ids', async () => {
		const scope = threeDroplets();

		const { items, error } = await runNode({
			parameters: detail,
			items: [...input, { id: 'x1' }],
			credentials,
			onError: 'continueRegularOutput',
		});

		scope.done();
		expect(error).toBeUndefined();
		expect(items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
		expect(items[0].json.id).toBe(1);
		expect(items[2].json.id).toBe(3);
		expect(items[1].json).toEqual({
			exitcode: 404,
			httpCode: 404,
			message: fixture('error-404').message,
			description: expect.stringContaining('does not exist'),
			errorId: 'not_found',
			requestId: '4851a473-1621-42ea-b2f9-5071c0ea8414',
			dropletId: '2',
			attempts: 1,
		});
		expect(items[3].json).toMatchObject({
			exitcode: 2,
			field: 'Droplet',
			message: expect.stringContaining('Invalid Droplet "x1"'),
		});
	});

	it('with the error output, failed items go there and successful ones stay on the main output', async () => {
		const scope = threeDroplets();

		const { items, errorItems, error } = await runNode({
			parameters: detail,
			items: input,
			credentials,
			onError: 'continueErrorOutput',
		});

		scope.done();
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual([1, 3]);
		expect(errorItems).toHaveLength(1);
		expect(errorItems[0].json).toMatchObject({
			id: 2,
			error: fixture('error-404').message,
			message: fixture('error-404').message,
			details: { exitcode: 404, errorId: 'not_found', dropletId: '2' },
		});
	});

	it('without either, the node stops with the API message and a hint', async () => {
		const scope = threeDroplets();

		const { error } = await runNode({ parameters: detail, items: input, credentials });

		scope.done();
		expect(error?.message).toBe(fixture('error-404').message);
		expect(error?.description).toBe(
			'The droplet or action does not exist (any more), or this token cannot see it',
		);
		expect((error as { httpCode?: string }).httpCode).toBe('404');
	});
});
