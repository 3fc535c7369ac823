import nock from 'nock';

import { runNode } from '../support/engine';
import { actionLike, dropletLike, fixture } from '../support/fixtures';
import { countRequests, mockApi } from '../support/nockApi';

const TOKEN = 'dop_v1_waiting000000000001';
let baseUrl: string;
let credentials: { token: string; baseUrl: string };
let testNumber = 0;
const fast = { waitForCompletion: true, waitTimeout: 3, pollInterval: 0.05 };
const byId = (value: number) => ({ __rl: true, mode: 'id', value: String(value) });

beforeEach(() => {
	baseUrl = `http://do-wait-${++testNumber}.test`;
	credentials = { token: TOKEN, baseUrl };
});
beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const api = () => mockApi(baseUrl, TOKEN);
const inProgress = (id: number, type: string, dropletId: number) =>
	actionLike({ id, type, resource_id: dropletId, status: 'in-progress' });
const withStatus = (action: object, status: string) => ({ ...action, status });

describe('start, reboot and reset with Wait for Completion', () => {
	it.each([
		['start', 'power_on', 'off'],
		['reboot', 'reboot', 'active'],
		['reset', 'power_cycle', 'active'],
	])(
		'%s returns when the action completed and the droplet reads active',
		async (action, type, before) => {
			const started = inProgress(40, type, 7);
			const scope = api()
				.post('/v2/droplets/7/actions', { type })
				.reply(201, { action: started })
				.get('/v2/droplets/7/actions/40')
				.reply(200, { action: started })
				.get('/v2/droplets/7/actions/40')
				.reply(200, { action: withStatus(started, 'completed') })
				.get('/v2/droplets/7')
				.reply(200, { droplet: dropletLike(7, { status: before === 'off' ? 'off' : 'new' }) })
				.get('/v2/droplets/7')
				.reply(200, { droplet: dropletLike(7, { status: 'active' }) });

			const { items, error } = await runNode({
				parameters: { action, droplet: byId(7), ...fast },
				credentials,
			});

			expect(error).toBeUndefined();
			scope.done();
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				id: 7,
				status: 'active',
				publicIpv4: '192.241.165.154',
				action: { id: 40, status: 'completed', type },
			});
		},
	);

	it('fails naming action, type and droplet when the action errors (F13 A)', async () => {
		const started = inProgress(41, 'power_on', 8);
		const scope = api()
			.post('/v2/droplets/8/actions')
			.reply(201, { action: started })
			.get('/v2/droplets/8/actions/41')
			.reply(200, { action: withStatus(started, 'errored') });

		const { error } = await runNode({
			parameters: { action: 'start', droplet: byId(8), ...fast },
			credentials,
		});

		scope.done();
		expect(error?.message).toBe(
			'DigitalOcean action 41 (power_on) on droplet 8 ended with status "errored"',
		);
	});
});

describe('Check Action Status with Wait for Completion (F13)', () => {
	it('fails when the action ends errored', async () => {
		const { action } = fixture('action-errored');
		const scope = api()
			.get(`/v2/droplets/3164444/actions/${action.id}`)
			.reply(200, { action: withStatus(action, 'in-progress') })
			.get(`/v2/droplets/3164444/actions/${action.id}`)
			.reply(200, { action });

		const { error, items } = await runNode({
			parameters: {
				action: 'action-status',
				droplet: byId(3164444),
				actionId: String(action.id),
				...fast,
			},
			credentials,
			onError: 'continueRegularOutput',
		});

		scope.done();
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			exitcode: 5,
			actionId: String(action.id),
			actionType: 'reboot',
			dropletId: '3164444',
		});
	});

	it('stops polling an unknown status at the deadline with a timeout error', async () => {
		const strange = actionLike({ id: 8001, status: 'pending-review', resource_id: 9 });
		const scope = api()
			.get('/v2/droplets/9/actions/8001')
			.reply(200, { action: strange })
			.get('/v2/droplets/9/actions/8001')
			.times(100)
			.reply(200, { action: strange });
		const counts = countRequests(scope);

		const started = Date.now();
		const { error } = await runNode({
			parameters: {
				action: 'action-status',
				droplet: byId(9),
				actionId: '8001',
				waitForCompletion: true,
				waitTimeout: 1,
				pollInterval: 0.2,
			},
			credentials,
		});
		const elapsed = Date.now() - started;

		expect(error?.message).toContain('Timed out after 1 s waiting for action 8001');
		expect(error?.message).toContain('"pending-review"');
		expect(elapsed).toBeGreaterThanOrEqual(1000);
		expect(elapsed).toBeLessThan(2500);
		// About elapsed / interval polls: one at once, then one every 0.2 s for 1 s.
		expect(counts['GET /v2/droplets/9/actions/8001']).toBeGreaterThanOrEqual(5);
		expect(counts['GET /v2/droplets/9/actions/8001']).toBeLessThanOrEqual(7);
	});

	it('without waiting, returns the action as it is, even errored', async () => {
		const { action } = fixture('action-errored');
		const scope = api().get(`/v2/droplets/3164444/actions/${action.id}`).reply(200, { action });

		const { items, error } = await runNode({
			parameters: { action: 'action-status', droplet: byId(3164444), actionId: String(action.id) },
			credentials,
		});

		scope.done();
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual(action);
	});
});

describe('stop (F12)', () => {
	/** A droplet that ignores graceful shutdowns and goes off only when the power is cut. */
	function stubbornDroplet(dropletId: number) {
		let powerCut = false;
		const shutdown = inProgress(50, 'shutdown', dropletId);
		const powerOff = inProgress(51, 'power_off', dropletId);
		const scope = api()
			.post(`/v2/droplets/${dropletId}/actions`, { type: 'shutdown' })
			.reply(201, { action: shutdown })
			.get(`/v2/droplets/${dropletId}/actions/50`)
			.reply(200, { action: withStatus(shutdown, 'completed') })
			.post(`/v2/droplets/${dropletId}/actions`, { type: 'power_off' })
			.optionally()
			.reply(() => {
				powerCut = true;
				return [201, { action: powerOff }];
			})
			.get(`/v2/droplets/${dropletId}/actions/51`)
			.optionally()
			.reply(200, { action: withStatus(powerOff, 'completed') })
			.get(`/v2/droplets/${dropletId}`)
			.times(100)
			.reply(() => [
				200,
				{ droplet: dropletLike(dropletId, { status: powerCut ? 'off' : 'active' }) },
			]);
		return { scope, wasPowerCut: () => powerCut };
	}

	it('powers off after a graceful shutdown that did not stop the droplet, and says so', async () => {
		const droplet = stubbornDroplet(601);

		const { items, error } = await runNode({
			parameters: {
				action: 'stop',
				droplet: byId(601),
				waitForCompletion: true,
				waitTimeout: 0.5,
				pollInterval: 0.1,
			},
			credentials,
		});

		expect(error).toBeUndefined();
		expect(droplet.wasPowerCut()).toBe(true);
		expect(items[0].json).toMatchObject({
			id: 601,
			status: 'off',
			fallbackUsed: true,
			actionIds: [50, 51],
			action: { id: 51, status: 'completed', type: 'power_off' },
		});
	});

	it('with the fallback off, fails saying the droplet did not stop in time', async () => {
		const droplet = stubbornDroplet(602);

		const { error } = await runNode({
			parameters: {
				action: 'stop',
				droplet: byId(602),
				waitForCompletion: true,
				waitTimeout: 0.5,
				pollInterval: 0.1,
				options: { powerOffFallback: false },
			},
			credentials,
		});

		expect(droplet.wasPowerCut()).toBe(false);
		expect(error?.message).toBe(
			'Timed out after 0.5 s waiting for droplet 602 to be off; its status was "active"',
		);
	});
});

describe('create (F15)', () => {
	it('waits through new and active-without-networks until a public IPv4 exists', async () => {
		const answer = fixture('droplet-create-response');
		const actionId = answer.links.actions[0].id;
		const bare = { ...answer.droplet, status: 'active', networks: { v4: [], v6: [] } };
		const scope = api()
			.post('/v2/droplets')
			.reply(202, answer)
			.get(`/v2/droplets/3164444/actions/${actionId}`)
			.reply(200, { action: actionLike({ id: actionId, type: 'create', status: 'completed' }) })
			.get('/v2/droplets/3164444')
			.reply(200, { droplet: answer.droplet })
			.get('/v2/droplets/3164444')
			.reply(200, { droplet: bare })
			.get('/v2/droplets/3164444')
			.reply(200, { droplet: dropletLike(3164444, { status: 'active' }) });

		const { items, error } = await runNode({
			parameters: {
				action: 'create',
				name: 'example.com',
				region: 'nyc3',
				size: 's-1vcpu-1gb',
				image: 'ubuntu-24-04-x64',
				...fast,
			},
			credentials,
		});

		expect(error).toBeUndefined();
		scope.done();
		expect(items[0].json).toMatchObject({
			status: 'active',
			publicIpv4: '192.241.165.154',
			privateIpv4: '10.128.192.124',
			publicIpv6: '2604:a880:0:1010::18a:a001',
		});
	});

	it('says a public IPv4 never appeared when the wait times out', async () => {
		const answer = fixture('droplet-create-response');
		const bare = { ...answer.droplet, status: 'active', networks: { v4: [], v6: [] } };
		api()
			.post('/v2/droplets')
			.reply(202, answer)
			.get(`/v2/droplets/3164444/actions/${answer.links.actions[0].id}`)
			.reply(200, { action: actionLike({ status: 'completed', type: 'create' }) })
			.get('/v2/droplets/3164444')
			.times(100)
			.reply(200, { droplet: bare });

		const { error } = await runNode({
			parameters: {
				action: 'create',
				name: 'example.com',
				region: 'nyc3',
				size: 's-1vcpu-1gb',
				image: 'ubuntu-24-04-x64',
				waitForCompletion: true,
				waitTimeout: 0.4,
				pollInterval: 0.1,
			},
			credentials,
		});

		expect(error?.message).toBe(
			'Timed out after 0.4 s waiting for droplet 3164444 to be active with a public IPv4 address; its status was "active"',
		);
	});
});

describe('delete with Wait for Completion (F14)', () => {
	it('ends with success at the first 404', async () => {
		const scope = api()
			.delete('/v2/droplets/1001')
			.reply(204)
			.get('/v2/droplets/1001')
			.times(3)
			.reply(200, { droplet: dropletLike(1001, { status: 'active' }) })
			.get('/v2/droplets/1001')
			.reply(404, fixture('error-404'));
		const counts = countRequests(scope);

		const { items, error } = await runNode({
			parameters: { action: 'delete', droplet: byId(1001), ...fast },
			credentials,
		});

		expect(error).toBeUndefined();
		scope.done();
		expect(counts['GET /v2/droplets/1001']).toBe(4);
		expect(items.map((item) => item.json)).toEqual([{ id: 1001, deleted: true }]);
	});
});

describe('items wait independently', () => {
	it('20 droplets, one slow: none fails, and the run takes about the longest wait', async () => {
		const slowId = 20;
		const polls: Record<number, number> = {};
		const finishedAt: Record<number, number> = {};
		api()
			.post(/^\/v2\/droplets\/\d+\/actions$/)
			.times(20)
			.reply((uri) => {
				const id = Number(uri.split('/')[3]);
				return [201, { action: inProgress(1000 + id, 'power_on', id) }];
			})
			.get(/^\/v2\/droplets\/\d+\/actions\/\d+$/)
			.times(1000)
			.reply((uri) => {
				const id = Number(uri.split('/')[5]) - 1000;
				polls[id] = (polls[id] ?? 0) + 1;
				// The slow droplet needs 20 polls (about 2 s), the others 2.
				const done = polls[id] >= (id === slowId ? 20 : 2);
				if (done) finishedAt[id] = polls[slowId] ?? 0;
				const status = done ? 'completed' : 'in-progress';
				return [200, { action: { ...inProgress(1000 + id, 'power_on', id), status } }];
			})
			.get(/^\/v2\/droplets\/\d+$/)
			.times(20)
			.reply((uri) => [
				200,
				{ droplet: dropletLike(Number(uri.split('/')[3]), { status: 'active' }) },
			]);

		const started = Date.now();
		const { items, error } = await runNode({
			parameters: {
				action: 'start',
				droplet: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				waitForCompletion: true,
				waitTimeout: 30,
				pollInterval: 0.1,
			},
			items: Array.from({ length: 20 }, (_, i) => ({ id: i + 1 })),
			credentials,
		});
		const elapsed = Date.now() - started;

		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.id, item.json.status])).toEqual(
			Array.from({ length: 20 }, (_, i) => [i + 1, 'active']),
		);
		expect(polls[slowId]).toBe(20);
		// Every other droplet was done while the slow one had polled at most half of its 20 times:
		// the waits ran side by side, whatever the speed of the machine.
		const fastIds = Array.from({ length: 19 }, (_, i) => i + 1);
		expect(Math.max(...fastIds.map((id) => finishedAt[id]))).toBeLessThanOrEqual(10);
		// One after the other they would take at least 19 x 2 x 0.1 s + 20 x 0.1 s = 5.8 s.
		expect(elapsed).toBeLessThan(5800);
	});
});

describe('credential reads', () => {
	it('each item loads the credential once, however many requests its wait makes', async () => {
		const itemCount = 5;
		const polls: Record<number, number> = {};
		const scope = api()
			.post(/^\/v2\/droplets\/\d+\/actions$/)
			.times(itemCount)
			.reply((uri) => {
				const id = Number(uri.split('/')[3]);
				return [201, { action: inProgress(2000 + id, 'power_on', id) }];
			})
			.get(/^\/v2\/droplets\/\d+\/actions\/\d+$/)
			.times(itemCount * 4)
			.reply((uri) => {
				const id = Number(uri.split('/')[5]) - 2000;
				polls[id] = (polls[id] ?? 0) + 1;
				const status = polls[id] >= 4 ? 'completed' : 'in-progress';
				return [200, { action: { ...inProgress(2000 + id, 'power_on', id), status } }];
			})
			.get(/^\/v2\/droplets\/\d+$/)
			.times(itemCount)
			.reply((uri) => [
				200,
				{ droplet: dropletLike(Number(uri.split('/')[3]), { status: 'active' }) },
			]);
		const requests = countRequests(scope);

		const { items, error, credentialReads } = await runNode({
			parameters: {
				action: 'start',
				droplet: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				...fast,
			},
			items: Array.from({ length: itemCount }, (_, i) => ({ id: i + 1 })),
			credentials,
		});

		expect(error).toBeUndefined();
		scope.done();
		expect(items.map((item) => item.json.status)).toEqual(Array(itemCount).fill('active'));
		const sent = Object.values(requests).reduce((sum, count) => sum + count, 0);
		expect(sent).toBe(itemCount * 6);
		// One read per item, plus the one n8n's routing engine makes for the whole run; reading
		// it per request would have made 30 reads here.
		expect(credentialReads).toBe(itemCount + 1);
	});
});
