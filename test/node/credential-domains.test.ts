import nock from 'nock';

import { runNode } from '../support/engine';
import { dropletLike } from '../support/fixtures';
import { countRequests, mockApi } from '../support/nockApi';

const BASE = 'http://do-domains.test';
const TOKEN = 'dop_v1_domains00000000001';
const parameters = {
	action: 'detail',
	droplet: { __rl: true, mode: 'id', value: '42' },
	simplify: false,
};

/** The credential, allowed only to reach the hosts listed. */
const limitedTo = (allowedDomains: string) => ({
	token: TOKEN,
	baseUrl: BASE,
	allowedHttpRequestDomains: 'domains',
	allowedDomains,
});

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

/**
 * n8n 2.x lets a credential be limited to some hosts ("Allowed HTTP Request Domains"). The node
 * sends its own requests, so it must hand n8n the list the routing engine worked out.
 */
describe('the credential limited to specific domains', () => {
	it('sends nothing to a host outside the list, and says why', async () => {
		const scope = mockApi(BASE, TOKEN)
			.get('/v2/droplets/42')
			.reply(200, {
				droplet: dropletLike(42),
			});
		const requests = countRequests(scope);

		const { items, error } = await runNode({
			parameters,
			credentials: limitedTo('example.com'),
			onError: 'continueRegularOutput',
		});

		expect(error).toBeUndefined();
		expect(requests).toEqual({});
		expect(items).toHaveLength(1);
		// A setting to change, not a failure to retry: exit code 2, as for other invalid input.
		expect(items[0].json.exitcode).toBe(2);
		expect(String(items[0].json.message)).toContain('Domain not allowed');
		expect(String(items[0].json.message)).toContain('do-domains.test');
	});

	it('reaches a host on the list', async () => {
		const scope = mockApi(BASE, TOKEN)
			.get('/v2/droplets/42')
			.reply(200, {
				droplet: dropletLike(42),
			});

		const { items, error } = await runNode({
			parameters,
			credentials: limitedTo('example.com, do-domains.test'),
		});

		expect(error).toBeUndefined();
		scope.done();
		expect(items.map((item) => item.json.id)).toEqual([42]);
	});
});
