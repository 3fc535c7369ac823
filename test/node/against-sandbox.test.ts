import type { Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { runNode } from '../support/engine';
import type { NodeRun } from '../support/engine';

/** The sandbox's API runs in real time here, with short delays, as the node's waits do. */
const timing = { createMs: 300, networksMs: 100, actionMs: 200, deleteLingerMs: 150 };
const wait = { waitForCompletion: true, waitTimeout: 10, pollInterval: 0.05 };
const noWait = { waitForCompletion: false };
const ubuntu = { region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };
const byId = (id: number | string) => ({ __rl: true, mode: 'id', value: String(id) });

let sandbox: Sandbox;

beforeEach(async () => {
	sandbox = await startSandbox({ timing, seedDroplets: false });
});
afterEach(async () => {
	await sandbox.close();
});

function run(spec: Omit<NodeRun, 'credentials'>) {
	return runNode({ ...spec, credentials: { token: sandbox.token, baseUrl: sandbox.url } });
}

describe('each changing action, synchronous and asynchronous, against the sandbox', () => {
	it('creates a droplet and waits until it is active with a public IPv4', async () => {
		const { items, error } = await run({
			parameters: { action: 'create', name: 'web-1', ...ubuntu, ...wait },
		});

		expect(error).toBeUndefined();
		const droplet = items[0].json;
		expect(droplet.status).toBe('active');
		expect(droplet.publicIpv4).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
		expect(sandbox.store.droplet(Number(droplet.id))?.status).toBe('active');
		expect(sandbox.requests.count('POST', '/v2/droplets')).toBe(1);
	});

	it('creates without waiting and returns the new droplet with its create action', async () => {
		const { items } = await run({
			parameters: { action: 'create', name: 'web-2', ...ubuntu, ...noWait },
		});

		expect(items[0].json).toMatchObject({ name: 'web-2', status: 'new', publicIpv4: null });
		const actionId = Number(items[0].json.actionId);
		expect(sandbox.store.action(actionId)?.type).toBe('create');
	});

	it.each([
		['start', 'off', 'active', 'power_on'],
		['stop', 'active', 'off', 'shutdown'],
		['reboot', 'active', 'active', 'reboot'],
		['reset', 'active', 'active', 'power_cycle'],
	])('%s waits until the droplet is %s -> %s', async (action, before, after, type) => {
		const droplet = sandbox.addDroplet({ name: `${action}-me`, status: before as never });

		const { items, error } = await run({
			parameters: { action, droplet: byId(droplet.id), ...wait },
		});

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			id: droplet.id,
			status: after,
			action: { type, status: 'completed' },
		});
		expect(sandbox.store.droplet(droplet.id)?.status).toBe(after);
	});

	it.each([
		['start', 'off', 'power_on'],
		['stop', 'active', 'shutdown'],
		['reboot', 'active', 'reboot'],
		['reset', 'active', 'power_cycle'],
	])(
		'%s without waiting returns the in-progress action, which Check Action Status follows',
		async (action, before, type) => {
			const droplet = sandbox.addDroplet({ name: `${action}-async`, status: before as never });

			const started = await run({ parameters: { action, droplet: byId(droplet.id), ...noWait } });
			expect(started.items[0].json).toMatchObject({ type, status: 'in-progress' });

			const checked = await run({
				parameters: {
					action: 'action-status',
					droplet: byId(droplet.id),
					actionId: String(started.items[0].json.id),
					...wait,
				},
			});
			expect(checked.items[0].json).toMatchObject({
				id: started.items[0].json.id,
				status: 'completed',
			});
		},
	);

	it('deletes and waits until the droplet answers 404', async () => {
		const droplet = sandbox.addDroplet({ name: 'doomed' });

		const { items } = await run({
			parameters: { action: 'delete', droplet: byId(droplet.id), ...wait },
		});

		expect(items.map((item) => item.json)).toEqual([{ id: droplet.id, deleted: true }]);
		expect(sandbox.store.droplet(droplet.id)).toBeUndefined();
		expect(sandbox.requests.filter('GET', `/v2/droplets/${droplet.id}`).at(-1)?.status).toBe(404);
	});

	it('starting an active droplet succeeds as already in that state (F11)', async () => {
		const droplet = sandbox.addDroplet({ name: 'running' });

		const { items } = await run({
			parameters: { action: 'start', droplet: byId(droplet.id), ...wait },
		});

		expect(items[0].json).toMatchObject({ id: droplet.id, status: 'active', alreadyInState: true });
	});
});

describe('faults', () => {
	it('a graceful shutdown without effect falls back to power off (F12)', async () => {
		const droplet = sandbox.addDroplet({ name: 'stubborn' });
		sandbox.faults.inject({
			method: 'POST',
			body: { type: 'shutdown' },
			fault: { kind: 'actionWithoutEffect' },
		});

		const { items } = await run({
			parameters: { action: 'stop', droplet: byId(droplet.id), ...wait, waitTimeout: 1 },
		});

		expect(items[0].json).toMatchObject({ status: 'off', fallbackUsed: true });
		expect(items[0].json.actionIds).toHaveLength(2);
		expect(sandbox.store.droplet(droplet.id)?.status).toBe('off');
	});

	it('a create whose answer is lost finds the droplet it made; the API sees one create (F2)', async () => {
		sandbox.faults.inject({
			method: 'POST',
			path: '/v2/droplets',
			fault: { kind: 'dropConnection', afterProcessing: true },
		});

		const { items, error } = await run({
			parameters: { action: 'create', name: 'lost-answer', ...ubuntu, ...wait },
		});

		expect(error).toBeUndefined();
		expect(sandbox.requests.count('POST', '/v2/droplets')).toBe(1);
		expect(sandbox.store.dropletCount).toBe(1);
		expect(items[0].json).toMatchObject({ name: 'lost-answer', status: 'active' });
	});

	it('a dropped connection on a read is retried', async () => {
		const droplet = sandbox.addDroplet({ name: 'flaky' });
		sandbox.faults.inject({
			method: 'GET',
			path: `/v2/droplets/${droplet.id}`,
			fault: { kind: 'dropConnection' },
		});

		const { items } = await run({ parameters: { action: 'detail', droplet: byId(droplet.id) } });

		expect(items[0].json.id).toBe(droplet.id);
		expect(sandbox.requests.count('GET', `/v2/droplets/${droplet.id}`)).toBe(2);
	});

	it('a request that takes longer than Request Timeout fails as a timeout', async () => {
		const droplet = sandbox.addDroplet({ name: 'slow' });
		sandbox.faults.inject({
			method: 'GET',
			path: `/v2/droplets/${droplet.id}`,
			times: Infinity,
			fault: { kind: 'slow', delayMs: 1500 },
		});

		const { error } = await run({
			parameters: { action: 'detail', droplet: byId(droplet.id), options: { requestTimeout: 1 } },
		});

		expect(error?.message).toBe(
			`No answer in time from DigitalOcean for GET /v2/droplets/${droplet.id}`,
		);
	}, 30_000);
});
