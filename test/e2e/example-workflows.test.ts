import { EXAMPLE_IDS, exampleCredential, readExamples } from '../../scripts/demo/examples';
import { N8nInstance } from '../../scripts/n8n/instance';
import { N8nRun, nodeOutput } from '../../scripts/n8n/run-output';
import { startSandbox, type Sandbox } from '../../sandbox';
import { expectSpecConformance } from '../support/spec-conformance';
import { withManualStart } from './manual-start';
import { e2eRuntime, e2eVersion } from './settings';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const DROPLET_PATH = /^\/v2\/droplets\/\d+$/;

describe(`the shipped example workflows, run by n8n ${e2eVersion()} against the sandbox`, () => {
	let sandbox: Sandbox;
	let n8n: N8nInstance;

	const execute = async (id: string): Promise<N8nRun> => {
		const run = await n8n.execute(id);
		expect(run.data.resultData.error).toBeUndefined();
		expect(run.status).toBe('success');
		return run;
	};
	const stagingDroplets = () =>
		sandbox.store.listDroplets().filter((droplet) => droplet.tags.includes('env:staging'));

	beforeAll(async () => {
		sandbox = await startSandbox({ timing: { createMs: 1500, actionMs: 800 } });
		n8n = await N8nInstance.create({ version: e2eVersion(), runtime: e2eRuntime() });
		n8n.installPackage();
		await n8n.importCredentials([exampleCredential(sandbox.url, sandbox.token)]);
		await n8n.importWorkflows(readExamples().map(withManualStart));
	});

	beforeEach(() => sandbox.requests.clear());

	afterAll(async () => {
		n8n?.dispose();
		await sandbox?.close();
	});

	it('powers off every env:staging droplet at night and leaves the others running', async () => {
		const prodDroplets = sandbox.store.listDroplets().filter((d) => d.tags.includes('env:prod'));
		expect(stagingDroplets().map((droplet) => droplet.status)).toEqual(['active', 'off']);

		const run = await execute(EXAMPLE_IDS.powerOffAtNight);

		const stopped = nodeOutput(run, 'Stop droplet');
		expect(sortedIds(stopped.map((item) => item.id))).toEqual(stagingIds());
		expect(stopped.every((item) => item.status === 'off')).toBe(true);
		expect(stopped.filter((item) => item.alreadyInState === true)).toHaveLength(1);
		expect(stagingDroplets().every((droplet) => droplet.status === 'off')).toBe(true);
		expect(prodDroplets.every((droplet) => droplet.status === 'active')).toBe(true);
		expect(sandbox.requests.count('GET', '/v2/droplets')).toBe(1);
		expectSpecConformance(sandbox);
	});

	it('powers every env:staging droplet back on in the morning', async () => {
		for (const droplet of stagingDroplets()) droplet.status = 'off';

		const run = await execute(EXAMPLE_IDS.powerOnInTheMorning);

		const started = nodeOutput(run, 'Start droplet');
		expect(sortedIds(started.map((item) => item.id))).toEqual(stagingIds());
		expect(started.every((item) => item.status === 'active')).toBe(true);
		expect(started.every((item) => IPV4.test(String(item.publicIpv4)))).toBe(true);
		expect(stagingDroplets().every((droplet) => droplet.status === 'active')).toBe(true);
		expectSpecConformance(sandbox);
	});

	it('creates a droplet, hands a ticket summary on, then deletes the droplet', async () => {
		const run = await execute(EXAMPLE_IDS.provisionAndReport);

		const [summary, ...more] = nodeOutput(run, 'Ticket summary');
		const [created] = nodeOutput(run, 'Create droplet');
		expect(more).toHaveLength(0);
		expect(summary).toEqual({
			title: 'Droplet demo-web-01 is ready',
			name: 'demo-web-01',
			id: created.id,
			publicIpv4: created.publicIpv4,
			region: 'nyc3',
			status: 'active',
		});
		expect(summary.publicIpv4).toMatch(IPV4);
		expect(sandbox.requests.count('POST', '/v2/droplets')).toBe(1);
		const deletes = sandbox.requests.filter('DELETE', DROPLET_PATH);
		expect(deletes.map((request) => request.path)).toEqual([`/v2/droplets/${summary.id}`]);
		expect(nodeOutput(run, 'Delete droplet')).toEqual([{ id: summary.id, deleted: true }]);
		expect(sandbox.store.droplet(Number(summary.id))).toBeUndefined();
		expectSpecConformance(sandbox);
	});

	it('outputs a failed lookup as an item and goes on to the next nodes', async () => {
		const run = await execute(EXAMPLE_IDS.failureAsData);

		const [failure] = nodeOutput(run, 'Get droplet 999999999');
		expect(failure.exitcode).toBe(404);
		expect(failure.httpCode).toBe(404);
		expect(failure.message).toEqual(expect.stringMatching(/could not be found/));
		const noted = {
			failed: true,
			exitcode: 404,
			note: `Droplet lookup failed: ${String(failure.message)}`,
		};
		expect(nodeOutput(run, 'Note the failure')).toEqual([noted]);
		expect(nodeOutput(run, 'Carry on')).toEqual([noted]);
		expectSpecConformance(sandbox);
	});

	it('lists all 450 droplets in 3 pages, and every region, on two branches', async () => {
		sandbox.addDroplets(450 - sandbox.store.listDroplets().length, { namePrefix: 'fleet' });
		const accountIds = sandbox.store.listDroplets().map((droplet) => droplet.id);
		expect(accountIds).toHaveLength(450);

		const run = await execute(EXAMPLE_IDS.inventory);

		const listed = nodeOutput(run, 'List all droplets').map((item) => item.id);
		expect(new Set(listed).size).toBe(450);
		expect(sortedIds(listed)).toEqual(sortedIds(accountIds));
		expect(sandbox.requests.count('GET', '/v2/droplets')).toBe(3);
		const regions = nodeOutput(run, 'List regions').map((item) => item.slug);
		expect(regions).toEqual(sandbox.store.regions.map((region) => region.slug));
		expect(regions.length).toBeGreaterThan(5);
		expectSpecConformance(sandbox);
	});

	function stagingIds(): number[] {
		return sortedIds(stagingDroplets().map((droplet) => droplet.id));
	}
});

function sortedIds(ids: unknown[]): number[] {
	return ids.map(Number).sort((a, b) => a - b);
}
