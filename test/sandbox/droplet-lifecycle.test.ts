import { call } from './client';
import { UBUNTU, useSandbox } from './fixture';

const publicIpv4 = (droplet: any) =>
	droplet.networks.v4.find((network: any) => network.type === 'public')?.ip_address;

describe('creating a droplet', () => {
	const fixture = useSandbox({ timing: { createMs: 40_000, networksMs: 0 } });

	it('answers 202 with the new droplet and a link to its create action', async () => {
		const answer = await call(fixture.sandbox, '/v2/droplets', {
			method: 'POST',
			body: { name: 'web-1', ...UBUNTU, tags: ['env:prod'] },
		});

		expect(answer.status).toBe(202);
		expect(answer.body.droplet).toMatchObject({
			id: 5000000001,
			name: 'web-1',
			status: 'new',
			networks: { v4: [], v6: [] },
			tags: ['env:prod'],
			created_at: '2026-03-02T10:00:00Z',
		});
		expect(answer.body.links).toEqual({
			actions: [
				{ id: 2215418155, rel: 'create', href: `${fixture.sandbox.url}/v2/actions/2215418155` },
			],
		});
	});

	it('turns active with a public IPv4 when the create action completes', async () => {
		await call(fixture.sandbox, '/v2/droplets', {
			method: 'POST',
			body: { name: 'web-1', ...UBUNTU },
		});

		fixture.clock.advance(39_000);
		const booting = await call(fixture.sandbox, '/v2/droplets/5000000001');
		const pending = await call(fixture.sandbox, '/v2/actions/2215418155');
		fixture.clock.advance(1_000);
		const ready = await call(fixture.sandbox, '/v2/droplets/5000000001');
		const done = await call(fixture.sandbox, '/v2/droplets/5000000001/actions/2215418155');

		expect(booting.body.droplet.status).toBe('new');
		expect(pending.body.action).toMatchObject({ status: 'in-progress', completed_at: null });
		expect(ready.body.droplet.status).toBe('active');
		expect(publicIpv4(ready.body.droplet)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
		expect(done.body.action).toMatchObject({
			id: 2215418155,
			type: 'create',
			status: 'completed',
			resource_id: 5000000001,
			resource_type: 'droplet',
			region_slug: 'nyc3',
			started_at: '2026-03-02T10:00:00Z',
			completed_at: '2026-03-02T10:00:40Z',
		});
	});

	it('lists the create action among the droplet’s actions', async () => {
		await call(fixture.sandbox, '/v2/droplets', {
			method: 'POST',
			body: { name: 'web-1', ...UBUNTU },
		});

		const answer = await call(fixture.sandbox, '/v2/droplets/5000000001/actions');

		expect(answer.body.actions.map((action: any) => [action.id, action.type])).toEqual([
			[2215418155, 'create'],
		]);
		expect(answer.body.meta.total).toBe(1);
	});

	it('creates one droplet per name, each with its create action', async () => {
		const answer = await call(fixture.sandbox, '/v2/droplets', {
			method: 'POST',
			body: { names: ['web-1', 'web-2'], ...UBUNTU },
		});

		expect(answer.status).toBe(202);
		expect(answer.body.droplets.map((d: any) => [d.id, d.name])).toEqual([
			[5000000001, 'web-1'],
			[5000000002, 'web-2'],
		]);
		expect(answer.body.links.actions.map((link: any) => link.id)).toEqual([2215418155, 2215418156]);
	});

	it('refuses a region closed to new droplets with the API message', async () => {
		const answer = await call(fixture.sandbox, '/v2/droplets', {
			method: 'POST',
			body: { name: 'web-1', ...UBUNTU, region: 'nyc2' },
		});

		expect(answer.status).toBe(422);
		expect(answer.body).toMatchObject({
			id: 'unprocessable_entity',
			message: 'Region is not available',
		});
		expect(fixture.sandbox.store.droplet(5000000001)).toBeUndefined();
	});

	it.each([
		[{ size: 'gpu-h100x1-80gb' }, 'Size is not available in this region.'],
		[{ size: 's-99vcpu' }, 'You specified an invalid size for Droplet creation.'],
		[{ image: 'windows-11' }, 'You specified an invalid image for Droplet creation.'],
		[{ region: 'mars1' }, 'You specified an invalid region for Droplet creation.'],
	])('refuses %j with “%s”', async (change, message) => {
		const answer = await call(fixture.sandbox, '/v2/droplets', {
			method: 'POST',
			body: { name: 'web-1', ...UBUNTU, ...change },
		});

		expect(answer.status).toBe(422);
		expect(answer.body.message).toBe(message);
	});

	it('drops every tag when one tag name is invalid, as the API does (F8)', async () => {
		await call(fixture.sandbox, '/v2/droplets', {
			method: 'POST',
			body: { name: 'web-1', ...UBUNTU, tags: ['env:prod', 'team a'] },
		});

		expect(fixture.sandbox.store.droplet(5000000001)?.tags).toEqual([]);
	});

	it('embeds keys given by id or fingerprint and ignores unknown ones silently (F9)', async () => {
		const answer = await call(fixture.sandbox, '/v2/droplets', {
			method: 'POST',
			body: {
				name: 'web-1',
				...UBUNTU,
				ssh_keys: [512189, '3b:16:e4:bf:8b:00:8b:b8:59:8c:a9:d3:f0:19:fa:45', 'laptop', 512190],
			},
		});

		expect(answer.status).toBe(202);
		expect(fixture.sandbox.store.droplet(5000000001)?.sshKeyIds).toEqual([512189, 289794, 512190]);
	});

	it('keeps user_data byte for byte and refuses more than 64 KiB (F7)', async () => {
		const userData = '#cloud-config\npackages: [nginx]\n';
		const accents = 'é'.repeat(25_000);
		const accepted = await call(fixture.sandbox, '/v2/droplets', {
			method: 'POST',
			body: { names: ['web-1'], ...UBUNTU, user_data: userData },
		});
		const multibyte = await call(fixture.sandbox, '/v2/droplets', {
			method: 'POST',
			body: { name: 'web-2', ...UBUNTU, user_data: accents },
		});
		const oversized = await call(fixture.sandbox, '/v2/droplets', {
			method: 'POST',
			body: { name: 'web-3', ...UBUNTU, user_data: 'x'.repeat(70_000) },
		});

		expect(accepted.status).toBe(202);
		expect(fixture.sandbox.store.droplet(5000000001)?.userData).toBe(userData);
		expect(multibyte.status).toBe(202);
		expect(fixture.sandbox.store.droplet(5000000002)?.userData).toBe(accents);
		expect(oversized.status).toBe(422);
		expect(oversized.body.message).toBe('user_data must not exceed 64 KiB.');
	});

	it('reports a create body that the spec does not allow, and refuses it', async () => {
		const answer = await call(fixture.sandbox, '/v2/droplets', {
			method: 'POST',
			body: { name: 'web 1', ...UBUNTU },
		});

		expect(answer.status).toBe(422);
		const [mismatch] = fixture.sandbox.spec.takeMismatches();
		expect(mismatch).toMatchObject({ direction: 'request', operationId: 'droplets_create' });
		expect(mismatch.errors).toContain(
			'/requestBody/name must match pattern "^[a-zA-Z0-9]?[a-z0-9A-Z.\\-]*[a-z0-9A-Z]$"',
		);
	});
});

describe('a droplet that is active before it is reachable (F15)', () => {
	const fixture = useSandbox({ timing: { createMs: 30_000, networksMs: 20_000 } });

	it('reads new, then active without networks, then active with a public IPv4', async () => {
		await call(fixture.sandbox, '/v2/droplets', {
			method: 'POST',
			body: { name: 'api-1', ...UBUNTU },
		});
		const read = async () => (await call(fixture.sandbox, '/v2/droplets/5000000001')).body.droplet;

		const creating = await read();
		fixture.clock.advance(30_000);
		const unreachable = await read();
		fixture.clock.advance(20_000);
		const reachable = await read();

		expect([creating.status, publicIpv4(creating)]).toEqual(['new', undefined]);
		expect([unreachable.status, unreachable.networks]).toEqual(['active', { v4: [], v6: [] }]);
		expect(reachable.status).toBe('active');
		expect(publicIpv4(reachable)).toBeDefined();
	});
});

describe('deleting a droplet', () => {
	describe('at once', () => {
		const fixture = useSandbox();

		it('answers 204 with no body and no content type, then 404 (F16)', async () => {
			const deleted = await call(fixture.sandbox, '/v2/droplets/3164444', { method: 'DELETE' });
			const after = await call(fixture.sandbox, '/v2/droplets/3164444');
			const again = await call(fixture.sandbox, '/v2/droplets/3164444', { method: 'DELETE' });

			expect(deleted.status).toBe(204);
			expect(deleted.text).toBe('');
			expect(deleted.headers.get('content-type')).toBeNull();
			expect(deleted.headers.get('ratelimit-remaining')).toBe('4999');
			expect(after.status).toBe(404);
			expect(after.body).toEqual({
				id: 'not_found',
				message: 'The resource you were accessing could not be found.',
			});
			expect(again.status).toBe(404);
		});

		it('keeps the droplet’s actions readable by id', async () => {
			await call(fixture.sandbox, '/v2/droplets/3164444', { method: 'DELETE' });

			const action = await call(fixture.sandbox, '/v2/actions/982864273');

			expect(action.body.action).toMatchObject({ type: 'create', resource_id: 3164444 });
		});
	});

	describe('that lingers (F14)', () => {
		const fixture = useSandbox({ timing: { deleteLingerMs: 90_000 } });

		it('still answers 200 for the linger time, then 404', async () => {
			await call(fixture.sandbox, '/v2/droplets/3164444', { method: 'DELETE' });

			fixture.clock.advance(89_000);
			const lingering = await call(fixture.sandbox, '/v2/droplets/3164444');
			const listed = await call(fixture.sandbox, '/v2/droplets?tag_name=web');
			const action = await call(fixture.sandbox, '/v2/droplets/3164444/actions', {
				method: 'POST',
				body: { type: 'reboot' },
			});
			fixture.clock.advance(1_000);
			const gone = await call(fixture.sandbox, '/v2/droplets/3164444');

			expect(lingering.status).toBe(200);
			expect(listed.body.meta.total).toBe(1);
			expect(action.status).toBe(404);
			expect(gone.status).toBe(404);
		});
	});
});

describe('id sequences', () => {
	const fixture = useSandbox({ ids: { droplet: 101, action: 8001 } });

	it('start where a test says', async () => {
		const answer = await call(fixture.sandbox, '/v2/droplets', {
			method: 'POST',
			body: { name: 'web-1', ...UBUNTU },
		});

		expect(answer.body.droplet.id).toBe(101);
		expect(answer.body.links.actions[0].id).toBe(8001);
	});
});
