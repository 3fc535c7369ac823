import type { INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import type { Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { askEditor, runNode } from '../support/engine';

let sandbox: Sandbox;
let credentials: { token: string; baseUrl: string };

beforeAll(async () => {
	sandbox = await startSandbox();
	credentials = { token: sandbox.token, baseUrl: sandbox.url };
});
afterAll(async () => {
	await sandbox.close();
});

async function dropdown(method: string, parameters = {}) {
	return (await askEditor(
		{ loadOptions: method },
		parameters,
		credentials,
	)) as INodePropertyOptions[];
}

describe('dropdowns loaded from the account', () => {
	it('Region lists only regions open for new droplets (F10)', async () => {
		const options = await dropdown('getRegions');
		const open = sandbox.store.regions.filter((region) => region.available);
		const closed = sandbox.store.regions.filter((region) => !region.available);

		expect(closed.length).toBeGreaterThan(0);
		expect(options.map((option) => option.value).sort()).toEqual(open.map((r) => r.slug).sort());
	});

	it('Size lists only the sizes of the chosen region, with memory, vCPUs and price', async () => {
		const region = 'nyc3';
		const options = await dropdown('getSizes', { region });
		const offered = sandbox.store.sizes.filter(
			(size) => size.regions.includes(region) && size.available,
		);
		const elsewhere = sandbox.store.sizes.filter((size) => !size.regions.includes(region));

		expect(elsewhere.length).toBeGreaterThan(0);
		expect(options.map((option) => option.value).sort()).toEqual(offered.map((s) => s.slug).sort());
		const cheapest = offered.sort((a, b) => a.price_monthly - b.price_monthly)[0];
		expect(options[0].name).toBe(
			`${cheapest.slug}: ${cheapest.memory / 1024} GB, ${cheapest.vcpus} vCPU, $${cheapest.price_monthly}/month`,
		);
	});

	it('Image groups distributions, apps and the account snapshots by a prefix', async () => {
		const options = await dropdown('getImages');
		const kinds = new Set(options.map((option) => option.name.split(':')[0]));

		expect([...kinds]).toEqual(['Distribution', 'App', 'Snapshot']);
		expect(options.map((option) => option.value)).toContain('ubuntu-24-04-x64');
		const snapshot = options.find((option) => option.name.startsWith('Snapshot'));
		expect(String(snapshot?.value)).toMatch(/^\d+$/);
	});

	it('SSH Keys lists the account keys by name, valued by id', async () => {
		const options = await dropdown('getSshKeys');

		expect(options).toContainEqual(expect.objectContaining({ name: 'laptop', value: '512189' }));
	});

	it('VPC lists the VPCs of the chosen region only', async () => {
		const options = await dropdown('getVpcs', { region: 'ams3' });
		const inRegion = sandbox.store.vpcs.filter((vpc) => vpc.region === 'ams3');

		expect(options.map((option) => option.value).sort()).toEqual(inRegion.map((v) => v.id).sort());
	});
});

describe('droplet picker', () => {
	it('lists droplets with name, status and region, and narrows by a search term', async () => {
		const all = (await askEditor(
			{ listSearch: 'searchDroplets' },
			{},
			credentials,
		)) as INodeListSearchResult;
		const some = (await askEditor(
			{ listSearch: 'searchDroplets', filter: sandbox.store.listDroplets()[0].name.slice(0, 4) },
			{},
			credentials,
		)) as INodeListSearchResult;

		const first = sandbox.store.listDroplets()[0];
		expect(all.results).toHaveLength(sandbox.store.dropletCount);
		expect(all.results).toContainEqual({
			name: `${first.name} (${first.status}, ${first.regionSlug})`,
			value: String(first.id),
			url: `https://cloud.digitalocean.com/droplets/${first.id}`,
		});
		expect(some.results.length).toBeGreaterThan(0);
		expect(some.results.length).toBeLessThanOrEqual(all.results.length);
	});
});

describe('Simplify', () => {
	it('is on by default for Get Details and keeps the fields people use', async () => {
		const droplet = sandbox.store.listDroplets()[0];

		const { items } = await runNode({
			parameters: {
				action: 'detail',
				droplet: { __rl: true, mode: 'list', value: String(droplet.id) },
			},
			credentials,
		});

		expect(Object.keys(items[0].json)).toEqual([
			'id',
			'name',
			'status',
			'region',
			'size',
			'publicIpv4',
			'privateIpv4',
			'publicIpv6',
			'tags',
			'created_at',
		]);
		expect(items[0].json).toMatchObject({
			id: droplet.id,
			name: droplet.name,
			region: droplet.regionSlug,
		});
	});
});
