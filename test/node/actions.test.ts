import nock from 'nock';

import { runNode } from '../support/engine';
import { actionLike, dropletLike, fixture } from '../support/fixtures';

const BASE = 'http://do.test';
const TOKEN = 'dop_v1_0123456789abcdef';
const credentials = { token: TOKEN, baseUrl: BASE };
const DROPLET = { __rl: true, mode: 'id', value: '3164444' };
const noWait = { waitForCompletion: false };

function api() {
	return nock(BASE, { reqheaders: { authorization: `Bearer ${TOKEN}` } });
}

function withAddresses(droplet: Record<string, any>, publicIpv4: string | null = null) {
	const v4 = droplet.networks?.v4 ?? [];
	return {
		...droplet,
		publicIpv4: v4.find((n: any) => n.type === 'public')?.ip_address ?? publicIpv4,
		privateIpv4: v4.find((n: any) => n.type === 'private')?.ip_address ?? null,
		publicIpv6: droplet.networks?.v6?.find((n: any) => n.type === 'public')?.ip_address ?? null,
	};
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('List Droplets', () => {
	it('asks for one page of the limit and outputs one item per droplet', async () => {
		const listing = fixture('droplets-list');
		const scope = api().get('/v2/droplets').query({ per_page: '50' }).reply(200, listing);

		const { items, error } = await runNode({
			parameters: { action: 'list', simplify: false },
			credentials,
		});

		expect(error).toBeUndefined();
		scope.done();
		expect(items.map((item) => item.json)).toEqual(
			listing.droplets.map((d: any) => withAddresses(d)),
		);
		expect(items[0].json.publicIpv4).toBe('192.241.165.154');
		expect(items.every((item) => (item.pairedItem as any).item === 0)).toBe(true);
	});

	it('filters by tag with the tag_name query parameter', async () => {
		const listing = fixture('droplets-list-by-tag');
		const scope = api()
			.get('/v2/droplets')
			.query({ tag_name: 'env:prod', per_page: '200' })
			.reply(200, listing);

		const { items } = await runNode({
			parameters: {
				action: 'list',
				simplify: false,
				returnAll: true,
				filters: { tagName: 'env:prod' },
			},
			credentials,
		});

		scope.done();
		expect(items.map((item) => item.json.id)).toEqual([3164444, 3164459]);
	});

	it('filters by exact name with the name query parameter', async () => {
		const scope = api()
			.get('/v2/droplets')
			.query({ name: 'web-01', per_page: '5' })
			.reply(200, {
				droplets: [dropletLike(7, { name: 'web-01' })],
				links: {},
				meta: { total: 1 },
			});

		const { items } = await runNode({
			parameters: { action: 'list', simplify: false, limit: 5, filters: { name: 'web-01' } },
			credentials,
		});

		scope.done();
		expect(items.map((item) => item.json.name)).toEqual(['web-01']);
	});
});

describe('paging (field report F5)', () => {
	function page(ids: number[], next?: string) {
		return {
			droplets: ids.map((id) => dropletLike(id)),
			links: next ? { pages: { next, last: `${BASE}/v2/droplets?page=3&per_page=200` } } : {},
			meta: { total: 450 },
		};
	}
	const ids = Array.from({ length: 450 }, (_, i) => 5_000_000_001 + i);

	it('returns all 450 droplets of three pages in three requests', async () => {
		const scope = api()
			.get('/v2/droplets')
			.query({ per_page: '200' })
			.reply(200, page(ids.slice(0, 200), `${BASE}/v2/droplets?page=2&per_page=200`))
			.get('/v2/droplets')
			.query({ per_page: '200', page: '2' })
			.reply(200, page(ids.slice(200, 400), `${BASE}/v2/droplets?page=3&per_page=200`))
			.get('/v2/droplets')
			.query({ per_page: '200', page: '3' })
			.reply(200, page(ids.slice(400)));

		const { items } = await runNode({
			parameters: { action: 'list', simplify: false, returnAll: true },
			credentials,
		});

		scope.done();
		expect(items).toHaveLength(450);
		expect(new Set(items.map((item) => item.json.id)).size).toBe(450);
		expect(items.map((item) => item.json.id)).toEqual(ids);
	});

	it('sends a limit of 50 as per_page=50 in one request and outputs 50 items', async () => {
		const scope = api()
			.get('/v2/droplets')
			.query({ per_page: '50' })
			.reply(200, page(ids.slice(0, 50), `${BASE}/v2/droplets?page=2&per_page=50`));

		const { items } = await runNode({
			parameters: { action: 'list', simplify: false, limit: 50 },
			credentials,
		});

		scope.done();
		expect(items).toHaveLength(50);
		expect(items[49].json.id).toBe(ids[49]);
	});
});

describe('Create Droplet', () => {
	it('sends every field in the API body and outputs the new droplet with its create action', async () => {
		const expectedBody = fixture('droplet-create-request');
		const answer = fixture('droplet-create-response');
		const scope = api().post('/v2/droplets', expectedBody).reply(202, answer);

		const { items, error } = await runNode({
			parameters: {
				action: 'create',
				name: 'example.com',
				region: 'nyc3',
				size: 's-1vcpu-1gb',
				image: 'ubuntu-20-04-x64',
				additionalFields: {
					sshKeys: '289794, 3b:16:e4:bf:8b:00:8b:b8:59:8c:a9:d3:f0:19:fa:45',
					backups: true,
					ipv6: true,
					monitoring: true,
					tags: 'env:prod, web',
					userData: expectedBody.user_data,
					vpcUuid: '760e09ef-dc84-11e8-981e-3cfdfeaae000',
				},
				...noWait,
			},
			credentials,
		});

		expect(error).toBeUndefined();
		scope.done();
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({
			...withAddresses(answer.droplet),
			actionId: String(answer.links.actions[0].id),
		});
	});

	it('sends a numeric image id as a number', async () => {
		const answer = fixture('droplet-create-response');
		const scope = api()
			.post('/v2/droplets', { name: 'web-1', region: 'nyc3', size: 's-1vcpu-1gb', image: 63663980 })
			.reply(202, answer);

		const { error } = await runNode({
			parameters: {
				action: 'create',
				name: 'web-1',
				region: 'nyc3',
				size: 's-1vcpu-1gb',
				image: '63663980',
				...noWait,
			},
			credentials,
		});

		expect(error).toBeUndefined();
		scope.done();
	});
});

describe.each([
	['start', 'power_on', {}],
	['stop', 'shutdown', {}],
	['stop', 'power_off', { stopMethod: 'power_off' }],
	['reboot', 'reboot', {}],
	['reset', 'power_cycle', {}],
])('%s (%s)', (action, type, extra) => {
	it('posts the droplet action and, without waiting, outputs the action', async () => {
		const started = actionLike({ type });
		const scope = api()
			.post('/v2/droplets/3164444/actions', { type })
			.reply(201, { action: started });

		const { items, error } = await runNode({
			parameters: { action, droplet: DROPLET, ...extra, ...noWait },
			credentials,
		});

		expect(error).toBeUndefined();
		scope.done();
		expect(items.map((item) => item.json)).toEqual([started]);
	});
});

describe('Get Details', () => {
	it('reads the droplet and adds its addresses as flat fields', async () => {
		const { droplet } = fixture('droplet-get');
		const scope = api().get('/v2/droplets/3164444').reply(200, { droplet });

		const { items } = await runNode({
			parameters: { action: 'detail', simplify: false, droplet: DROPLET },
			credentials,
		});

		scope.done();
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({
			...droplet,
			publicIpv4: '192.241.165.154',
			privateIpv4: '10.128.192.124',
			publicIpv6: '2604:a880:0:1010::18a:a001',
		});
	});

	it('takes the droplet from a control-panel URL', async () => {
		const { droplet } = fixture('droplet-get');
		const scope = api().get('/v2/droplets/3164444').reply(200, { droplet });

		const { items } = await runNode({
			parameters: {
				action: 'detail',
				simplify: false,
				droplet: {
					__rl: true,
					mode: 'url',
					value: 'https://cloud.digitalocean.com/droplets/3164444/graphs?i=4d1bd0',
				},
			},
			credentials,
		});

		scope.done();
		expect(items[0].json.id).toBe(3164444);
	});
});

describe('Delete', () => {
	it('turns the empty 204 answer into { id, deleted: true } (F16)', async () => {
		const scope = api().delete('/v2/droplets/3164444').reply(204);

		const { items, error } = await runNode({
			parameters: { action: 'delete', droplet: DROPLET, ...noWait },
			credentials,
		});

		expect(error).toBeUndefined();
		scope.done();
		expect(items.map((item) => item.json)).toEqual([{ id: 3164444, deleted: true }]);
	});
});

describe('Check Action Status', () => {
	it('reads the action of the droplet', async () => {
		const { action } = fixture('action-completed');
		const scope = api().get('/v2/droplets/3164444/actions/982864273').reply(200, { action });

		const { items } = await runNode({
			parameters: { action: 'action-status', droplet: DROPLET, actionId: '982864273' },
			credentials,
		});

		scope.done();
		expect(items.map((item) => item.json)).toEqual([action]);
	});
});

describe('Check Action Status with ids from the previous node', () => {
	it('resolves both ids from expressions', async () => {
		const { action } = fixture('action-completed');
		const scope = api().get('/v2/droplets/3164444/actions/982864273').reply(200, { action });

		const { items } = await runNode({
			parameters: {
				action: 'action-status',
				droplet: { __rl: true, mode: 'id', value: '={{ $json.dropletId }}' },
				actionId: '={{ $json.actionId }}',
			},
			items: [{ dropletId: 3164444, actionId: 982864273 }],
			credentials,
		});

		scope.done();
		expect(items.map((item) => item.json.id)).toEqual([982864273]);
	});
});

describe('List Regions', () => {
	it('reads every page and outputs one item per region', async () => {
		const first = fixture('regions-list');
		const second: Record<string, any> = { ...fixture('regions-list'), links: {} };
		second.regions = [{ ...second.regions[0], slug: 'sfo3', name: 'San Francisco 3' }];
		const scope = api()
			.get('/v2/regions')
			.query({ per_page: '200' })
			.reply(200, first)
			.get('/v2/regions')
			.query({ per_page: '200', page: '2' })
			.reply(200, second);

		const { items } = await runNode({ parameters: { action: 'get-region' }, credentials });

		scope.done();
		expect(items.map((item) => item.json.slug)).toEqual([first.regions[0].slug, 'sfo3']);
		expect(items[0].json).toEqual(first.regions[0]);
	});
});

describe('items', () => {
	it('links each output item to the input item it came from', async () => {
		const scope = api()
			.get('/v2/droplets/11')
			.reply(200, { droplet: dropletLike(11) })
			.get('/v2/droplets/12')
			.reply(200, { droplet: dropletLike(12) });

		const { items } = await runNode({
			parameters: {
				action: 'detail',
				simplify: false,
				droplet: { __rl: true, mode: 'id', value: '={{ $json.dropletId }}' },
			},
			items: [{ dropletId: 11 }, { dropletId: '12' }],
			credentials,
		});

		scope.done();
		expect(items.map((item) => [item.json.id, item.pairedItem])).toEqual([
			[11, { item: 0 }],
			[12, { item: 1 }],
		]);
	});
});
