import type { Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { runNode } from '../support/engine';

const ITEMS = 300;
let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox({
		timing: { createMs: 100, networksMs: 0, actionMs: 100, deleteLingerMs: 0 },
		seedDroplets: false,
	});
});
afterAll(async () => {
	await sandbox.close();
});

describe('a fault run of 300 creates', () => {
	it('loses no item and creates no droplet twice through 429s, 5xx, dropped and slow answers', async () => {
		const { faults } = sandbox;
		const armed: Array<{ remaining: number }> = [];
		const inject = (rule: Parameters<typeof faults.inject>[0]) => armed.push(faults.inject(rule));
		const create = { method: 'POST', path: '/v2/droplets' };
		inject({
			...create,
			times: 6,
			skip: 20,
			fault: { kind: 'rateLimited', resetInSeconds: 1 },
		});
		inject({
			...create,
			times: 10,
			skip: 40,
			fault: { kind: 'dropConnection', afterProcessing: true },
		});
		inject({ ...create, times: 5, skip: 80, fault: { kind: 'serverError', status: 500 } });
		inject({ ...create, times: 10, skip: 100, fault: { kind: 'slow', delayMs: 300 } });
		const action = { method: 'GET', path: /^\/v2\/droplets\/\d+\/actions\/\d+$/ };
		inject({ ...action, times: 20, skip: 30, fault: { kind: 'serverError', status: 503 } });
		inject({
			...action,
			times: 10,
			skip: 90,
			fault: { kind: 'plainTextError', status: 502 },
		});
		inject({ ...action, times: 10, skip: 150, fault: { kind: 'dropConnection' } });
		const droplet = { method: 'GET', path: /^\/v2\/droplets\/\d+$/ };
		inject({ ...droplet, times: 10, skip: 50, fault: { kind: 'slow', delayMs: 200 } });
		inject({
			...droplet,
			times: 5,
			skip: 120,
			fault: { kind: 'rateLimited', resetInSeconds: 1 },
		});

		const names = Array.from({ length: ITEMS }, (_, i) => ({ name: `fault-${i + 1}` }));
		const { items, error } = await runNode({
			parameters: {
				action: 'create',
				name: '={{ $json.name }}',
				region: 'nyc3',
				size: 's-1vcpu-1gb',
				image: 'ubuntu-24-04-x64',
				waitForCompletion: true,
				waitTimeout: 60,
				pollInterval: 0.1,
				options: { maxRequestsPerMinute: 0 },
			},
			items: names,
			credentials: { token: sandbox.token, baseUrl: sandbox.url },
			onError: 'continueRegularOutput',
		});

		const created = sandbox.store.listDroplets();
		const perName = new Map<string, number>();
		for (const { name } of created) perName.set(name, (perName.get(name) ?? 0) + 1);
		const duplicates = [...perName.values()].filter((count) => count > 1).length;
		const failed = items.filter((item) => item.json.exitcode !== undefined);
		console.log(
			`fault run: ${ITEMS} items in, ${items.length} items out (${failed.length} failed), ` +
				`${duplicates} duplicates created, ${sandbox.requests.entries.length} requests sent`,
		);

		expect(error).toBeUndefined();
		expect(items).toHaveLength(ITEMS);
		expect(items.map((item) => (item.pairedItem as { item: number }).item)).toEqual(
			names.map((_, index) => index),
		);
		expect(duplicates).toBe(0);
		// The five creates answered with a 500 were not processed and, being creates, not resent.
		expect(failed.map((item) => item.json.exitcode)).toEqual([500, 500, 500, 500, 500]);
		const succeeded = items.filter((item) => item.json.exitcode === undefined);
		expect(succeeded.every((item) => item.json.status === 'active' && item.json.publicIpv4)).toBe(
			true,
		);
		expect(created).toHaveLength(ITEMS - 5);
		// Every armed fault was met by some request, so each kind was really exercised.
		expect(armed.map((fault) => fault.remaining)).toEqual(armed.map(() => 0));
	}, 120_000);
});
