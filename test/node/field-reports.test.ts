import nock from 'nock';

import { runNode } from '../support/engine';
import { actionLike, dropletLike, fixture } from '../support/fixtures';
import { countRequests, mockApi } from '../support/nockApi';
import { serializeDeep } from '../support/secrets';

const TOKEN = 'dop_v1_fieldreports0123456789';
const fast = { waitTimeout: 5, pollInterval: 0.1 };
let baseUrl: string;
let credentials: { token: string; baseUrl: string };
let testNumber = 0;

// Each test gets its own API address, so that pacing state of one never slows another.
beforeEach(() => {
	baseUrl = `http://do-${++testNumber}.test`;
	credentials = { token: TOKEN, baseUrl };
});
beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const api = () => mockApi(baseUrl, TOKEN);
const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });
const createParameters = (extra: Record<string, unknown> = {}) => ({
	action: 'create',
	name: 'web-1',
	region: 'nyc3',
	size: 's-1vcpu-1gb',
	image: 'ubuntu-24-04-x64',
	waitForCompletion: false,
	...extra,
});

describe('F1: creating twice does not give two droplets', () => {
	it('returns the existing droplet without any POST when asked to skip existing names', async () => {
		const existing = dropletLike(101, { name: 'web-1' });
		const scope = api()
			.get('/v2/droplets')
			.query({ name: 'web-1' })
			.reply(200, { droplets: [existing], links: {}, meta: { total: 1 } });
		const counts = countRequests(scope);

		const { items } = await runNode({
			parameters: createParameters({ options: { skipIfNameExists: true } }),
			credentials,
		});

		scope.done();
		expect(counts['POST /v2/droplets']).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 101, name: 'web-1', alreadyExisted: true });
	});

	it('sends exactly one POST with the option off', async () => {
		const scope = api().post('/v2/droplets').once().reply(202, fixture('droplet-create-response'));
		const counts = countRequests(scope);

		const { items } = await runNode({ parameters: createParameters(), credentials });

		scope.done();
		expect(counts['POST /v2/droplets']).toBe(1);
		expect(items[0].json.id).toBe(3164444);
	});
});

describe('F2: a create that timed out is not sent again by Retry On Fail', () => {
	it('names droplet and action in the timeout, and the API sees one create over all tries', async () => {
		const created = fixture('droplet-create-response');
		created.droplet.id = 5000000001;
		created.links.actions[0].id = 2215418155;
		const stuck = actionLike({ id: 2215418155, type: 'create', resource_id: 5000000001 });
		const scope = api()
			.post('/v2/droplets')
			.times(3)
			.reply(202, created)
			.get('/v2/droplets/5000000001/actions/2215418155')
			.times(1000)
			.reply(200, { action: stuck })
			.get('/v2/droplets/5000000001')
			.times(10)
			.reply(200, { droplet: { ...created.droplet } });
		const counts = countRequests(scope);

		const { error } = await runNode({
			parameters: createParameters({
				name: 'api-1',
				waitForCompletion: true,
				waitTimeout: 0.5,
				pollInterval: 0.1,
			}),
			credentials,
			retryOnFail: true,
			maxTries: 3,
			waitBetweenTries: 0,
		});

		expect(counts['POST /v2/droplets']).toBe(1);
		// The two later tries picked up the droplet and action of the first one.
		expect(counts['GET /v2/droplets/5000000001']).toBe(2);
		expect(error?.message).toContain('action 2215418155 (create) on droplet 5000000001');
		expect(error?.description).toContain('Check Action Status');
	});

	it('does not send the create again after a 500', async () => {
		const scope = api()
			.post('/v2/droplets')
			.reply(500, fixture('error-500'))
			.get('/v2/droplets')
			.query({ name: 'web-1' })
			.reply(200, { droplets: [], links: {}, meta: { total: 0 } });
		const counts = countRequests(scope);

		const { error } = await runNode({ parameters: createParameters(), credentials });

		scope.done();
		expect(counts['POST /v2/droplets']).toBe(1);
		expect(error?.message).toBe(fixture('error-500').message);
		expect(error?.description).toContain('was not sent again');
	});

	it('carries on with the droplet a create made when its answer was lost to a 502', async () => {
		const made = dropletLike(777, {
			name: 'web-1',
			status: 'new',
			created_at: new Date().toISOString(),
		});
		const scope = api()
			.post('/v2/droplets')
			.reply(502, 'Bad Gateway')
			.get('/v2/droplets')
			.query({ name: 'web-1' })
			.reply(200, { droplets: [made], links: {}, meta: { total: 1 } });
		const counts = countRequests(scope);

		const { items, error } = await runNode({ parameters: createParameters(), credentials });

		expect(error).toBeUndefined();
		scope.done();
		expect(counts['POST /v2/droplets']).toBe(1);
		expect(items[0].json.id).toBe(777);
	});
});

describe('F3: 429 in the middle of paging', () => {
	it('waits for the reset, retries the same page and returns every droplet', async () => {
		const reset = Math.ceil(Date.now() / 1000) + 2;
		const scope = api()
			.get('/v2/droplets')
			.query({ per_page: '200' })
			.reply(200, {
				droplets: [dropletLike(1), dropletLike(2)],
				links: { pages: { next: `${baseUrl}/v2/droplets?page=2&per_page=200` } },
				meta: { total: 3 },
			})
			.get('/v2/droplets')
			.query({ per_page: '200', page: '2' })
			.reply(429, fixture('error-429'), {
				'ratelimit-limit': '5000',
				'ratelimit-remaining': '0',
				'ratelimit-reset': String(reset),
			})
			.get('/v2/droplets')
			.query({ per_page: '200', page: '2' })
			.reply(200, { droplets: [dropletLike(3)], links: {}, meta: { total: 3 } });

		const started = Date.now();
		const { items } = await runNode({
			parameters: { action: 'list', simplify: false, returnAll: true },
			credentials,
		});

		scope.done();
		expect(items.map((item) => item.json.id)).toEqual([1, 2, 3]);
		expect(Date.now()).toBeGreaterThanOrEqual(reset * 1000 - 50);
		expect(Date.now() - started).toBeGreaterThan(900);
	});

	it('gives up after bounded retries and says when the limit resets', async () => {
		const reset = Math.ceil(Date.now() / 1000) + 1;
		const scope = api()
			.get('/v2/droplets')
			.query(true)
			.times(5)
			.reply(429, fixture('error-429'), {
				'ratelimit-remaining': '0',
				'retry-after': '0',
				'ratelimit-reset': String(reset),
			});
		const counts = countRequests(scope);

		const { error } = await runNode({
			parameters: { action: 'list', simplify: false, returnAll: true },
			credentials,
		});

		scope.done();
		expect(counts['GET /v2/droplets']).toBe(5);
		expect(error?.message).toBe(fixture('error-429').message);
		expect(error?.description).toContain(
			`Rate limited by DigitalOcean until ${new Date(reset * 1000).toISOString()}`,
		);
		expect(error?.description).toContain('tried 5 times');
	});
});

describe('F4: bulk delete trips the limit', () => {
	it('keeps all 30 items when the 26th call answers 429 once', async () => {
		let calls = 0;
		const scope = api()
			.delete(/^\/v2\/droplets\/\d+$/)
			.times(31)
			.reply(() => {
				calls++;
				// 429 is recognised by its status, whatever the body says.
				return calls === 26 ? [429, 'slow down', { 'retry-after': '1' }] : [204];
			});

		const { items } = await runNode({
			parameters: {
				action: 'delete',
				droplet: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				waitForCompletion: false,
			},
			items: Array.from({ length: 30 }, (_, i) => ({ id: i + 1 })),
			credentials,
		});

		scope.done();
		expect(calls).toBe(31);
		expect(items.map((item) => item.json)).toEqual(
			Array.from({ length: 30 }, (_, i) => ({ id: i + 1, deleted: true })),
		);
	});
});

describe('F6: ids beyond 32 bits', () => {
	it('round-trips a droplet id of 5000000001 and an action id of 2215418155', async () => {
		const created = fixture('droplet-create-response');
		created.droplet.id = 5000000001;
		created.links.actions[0].id = 2215418155;
		const ready = dropletLike(5000000001, { status: 'active' });
		const scope = api()
			.post('/v2/droplets')
			.reply(202, created)
			.get('/v2/droplets/5000000001/actions/2215418155')
			.reply(200, { action: actionLike({ id: 2215418155, status: 'completed', type: 'create' }) })
			.get('/v2/droplets/5000000001')
			.reply(200, { droplet: ready });

		const { items, error } = await runNode({
			parameters: createParameters({ waitForCompletion: true, ...fast }),
			credentials,
		});

		expect(error).toBeUndefined();
		scope.done();
		expect(items[0].json.id).toBe(5000000001);
	});

	it('accepts the id as the string "5000000001"', async () => {
		const scope = api()
			.get('/v2/droplets/5000000001')
			.reply(200, { droplet: dropletLike(5000000001) });

		const { items } = await runNode({
			parameters: { action: 'detail', simplify: false, droplet: byId('5000000001') },
			credentials,
		});

		scope.done();
		expect(items[0].json.id).toBe(5000000001);
	});

	it.each([
		['9007199254740993', 'ids above 9007199254740991'],
		['1/../../account/keys', 'use the numeric id'],
		['12abc', 'use the numeric id'],
	])('refuses %s from a previous node before sending anything', async (value, reason) => {
		const scope = api().get(/.*/).reply(200, {});

		const { error } = await runNode({
			parameters: { action: 'detail', simplify: false, droplet: byId('={{ $json.id }}') },
			items: [{ id: value }],
			credentials,
		});

		expect(scope.isDone()).toBe(false);
		expect(error?.message).toContain(`Invalid Droplet "${value}"`);
		expect(error?.message).toContain(reason);
	});
});

describe('F7: user data', () => {
	const created = () => fixture('droplet-create-response');

	it('reaches the API byte for byte', async () => {
		const userData = '#cloud-config\npackages: [nginx]\n';
		const scope = api()
			.post('/v2/droplets', (body) => body.user_data === userData)
			.reply(202, created());

		const { error } = await runNode({
			parameters: createParameters({ additionalFields: { userData } }),
			credentials,
		});

		expect(error).toBeUndefined();
		scope.done();
	});

	it('refuses 70,000 bytes before any request, naming the 64 KiB limit', async () => {
		const scope = api().post('/v2/droplets').reply(202, created());

		const { error } = await runNode({
			parameters: createParameters({ additionalFields: { userData: 'a'.repeat(70_000) } }),
			credentials,
		});

		expect(scope.isDone()).toBe(false);
		expect(error?.message).toContain('User Data');
		expect(error?.message).toContain('70000 bytes');
		expect(error?.message).toContain('64 KiB');
	});

	it('accepts 25,000 "é" (50,000 bytes): the limit counts bytes, not characters', async () => {
		const userData = 'é'.repeat(25_000);
		const scope = api()
			.post('/v2/droplets', (body) => body.user_data === userData)
			.reply(202, created());

		const { error } = await runNode({
			parameters: createParameters({ additionalFields: { userData } }),
			credentials,
		});

		expect(error).toBeUndefined();
		scope.done();
	});
});

describe('F8: a bad tag does not silently drop every tag', () => {
	it('refuses the create before the POST, naming the bad tag', async () => {
		const scope = api().post('/v2/droplets').reply(202, fixture('droplet-create-response'));

		const { error } = await runNode({
			parameters: createParameters({ additionalFields: { tags: 'env:prod, team a' } }),
			credentials,
		});

		expect(scope.isDone()).toBe(false);
		expect(error?.message).toContain('Invalid Tags "team a"');
	});
});

describe('F9: SSH keys by name', () => {
	const keys = {
		ssh_keys: [
			{
				id: 512189,
				name: 'laptop',
				fingerprint: '3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa',
				public_key: 'ssh-rsa AAAA laptop',
			},
		],
		links: {},
		meta: { total: 1 },
	};

	it('resolves names through the account keys and keeps fingerprints and ids', async () => {
		const scope = api()
			.get('/v2/account/keys')
			.query(true)
			.reply(200, keys)
			.post('/v2/droplets', (body) => {
				expect(body.ssh_keys).toEqual([
					512189,
					'3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa',
					512190,
				]);
				return true;
			})
			.reply(202, fixture('droplet-create-response'));

		const { error } = await runNode({
			parameters: createParameters({
				additionalFields: {
					sshKeys: 'laptop, 3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa, 512190',
				},
			}),
			credentials,
		});

		expect(error).toBeUndefined();
		scope.done();
	});

	it('fails before the POST when a key name is unknown', async () => {
		const scope = api().get('/v2/account/keys').query(true).reply(200, keys);
		const post = api().post('/v2/droplets').reply(202, fixture('droplet-create-response'));

		const { error } = await runNode({
			parameters: createParameters({ additionalFields: { sshKeys: 'desktop' } }),
			credentials,
		});

		scope.done();
		expect(post.isDone()).toBe(false);
		expect(error?.message).toContain('Invalid SSH Keys "desktop"');
	});
});

describe('F10: region closed', () => {
	it("passes the API's 422 message through unchanged with a hint, and does not retry", async () => {
		const refusal = {
			id: 'unprocessable_entity',
			message: 'Region is not available',
			request_id: 'req-422',
		};
		const scope = api().post('/v2/droplets').reply(422, refusal);
		const counts = countRequests(scope);

		const { error } = await runNode({
			parameters: createParameters({ region: 'nyc2' }),
			credentials,
		});

		scope.done();
		expect(counts['POST /v2/droplets']).toBe(1);
		expect(error?.message).toBe('Region is not available');
		expect(error?.description).toContain('refused the values');
	});
});

describe('F11: stopping a droplet that is already off', () => {
	function refuse() {
		return api()
			.post('/v2/droplets/301/actions', { type: 'power_off' })
			.reply(422, { id: 'unprocessable_entity', message: 'Droplet is already powered off.' })
			.get('/v2/droplets/301')
			.reply(200, { droplet: dropletLike(301, { status: 'off' }) });
	}

	it('succeeds, marked as already in that state', async () => {
		const scope = refuse();

		const { items, error } = await runNode({
			parameters: { action: 'stop', stopMethod: 'power_off', droplet: byId(301) },
			credentials,
		});

		expect(error).toBeUndefined();
		scope.done();
		expect(items[0].json).toMatchObject({ id: 301, status: 'off', alreadyInState: true });
	});

	it('fails when the option asks for that', async () => {
		const scope = refuse();

		const { error } = await runNode({
			parameters: {
				action: 'stop',
				stopMethod: 'power_off',
				droplet: byId(301),
				options: { alreadyInStateIsError: true },
			},
			credentials,
		});

		scope.done();
		expect(error?.message).toBe('Droplet 301 is already off: Droplet is already powered off.');
	});
});

describe('F16: empty and non-JSON bodies', () => {
	it('fails on deleting a missing droplet by default, and succeeds with the option', async () => {
		api().delete('/v2/droplets/1001').times(2).reply(404, fixture('error-404'));

		const strict = await runNode({
			parameters: { action: 'delete', droplet: byId(1001), waitForCompletion: false },
			credentials,
		});
		const lenient = await runNode({
			parameters: {
				action: 'delete',
				droplet: byId(1001),
				waitForCompletion: false,
				options: { notFoundIsSuccess: true },
			},
			credentials,
		});

		expect(strict.error?.message).toBe(fixture('error-404').message);
		expect(strict.error?.description).toContain('does not exist');
		expect(lenient.items.map((item) => item.json)).toEqual([
			{ id: 1001, deleted: true, alreadyDeleted: true },
		]);
	});

	it('reports a plain-text 503 without a parse error, after retries', async () => {
		const scope = api()
			.get('/v2/droplets/5')
			.times(5)
			.reply(503, 'upstream connect error', { 'content-type': 'text/plain' });

		const { error } = await runNode({
			parameters: { action: 'detail', simplify: false, droplet: byId(5) },
			credentials,
		});

		scope.done();
		expect(error?.message).toBe('upstream connect error');
		expect(error?.description).toContain('tried 5 times');
	});
});

describe('F17: the token stays secret', () => {
	it('trims the token, and no output, error or log contains it', async () => {
		const secret = 'dop_v1_SECRET123456';
		const scope = nock(baseUrl, { reqheaders: { authorization: `Bearer ${secret}` } })
			.get('/v2/droplets/9')
			.reply(401, fixture('error-401'))
			.get('/v2/droplets/9')
			.reply(401, fixture('error-401'));

		// runNode itself searches every run for the token; this run must not trip it.
		const failed = await runNode({
			parameters: { action: 'detail', simplify: false, droplet: byId(9) },
			credentials: { token: `${secret}\n`, baseUrl },
		});
		const asItem = await runNode({
			parameters: { action: 'detail', simplify: false, droplet: byId(9) },
			credentials: { token: `${secret}\n`, baseUrl },
			onError: 'continueRegularOutput',
		});

		scope.done();
		expect(failed.error?.message).toBe('Unable to authenticate you.');
		expect(failed.error?.description).toContain('Check the API token');
		expect(asItem.items[0].json).toMatchObject({
			exitcode: 401,
			httpCode: 401,
			errorId: 'unauthorized',
		});
		expect(serializeDeep([failed.run, asItem.run])).not.toContain(secret);
	});

	it('the leak search finds a token hidden in the cause of an error', () => {
		const cause = new Error('request failed');
		Object.assign(cause, { config: { headers: { Authorization: 'Bearer dop_v1_HIDDEN0001' } } });
		const wrapper = new Error('outer', { cause });

		expect(serializeDeep({ error: wrapper })).toContain('dop_v1_HIDDEN0001');
	});
});

describe('filters the API cannot combine', () => {
	it('refuses name and tag together before sending', async () => {
		const scope = api().get(/.*/).reply(200, {});

		const { error } = await runNode({
			parameters: {
				action: 'list',
				simplify: false,
				filters: { name: 'web', tagName: 'env:prod' },
			},
			credentials,
		});

		expect(scope.isDone()).toBe(false);
		expect(error?.message).toContain('cannot filter by name and tag at once');
	});
});
