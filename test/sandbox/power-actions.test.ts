import { call } from './client';
import { useSandbox } from './fixture';

const ACTIVE = 3164444;
const OFF = 3164494;

describe('power actions', () => {
	const fixture = useSandbox({ timing: { actionMs: 5_000 } });
	const act = (dropletId: number, body: unknown) =>
		call(fixture.sandbox, `/v2/droplets/${dropletId}/actions`, { method: 'POST', body });
	const status = async (dropletId: number) =>
		(await call(fixture.sandbox, `/v2/droplets/${dropletId}`)).body.droplet.status;

	it.each([
		['shutdown', ACTIVE, 'off'],
		['power_off', ACTIVE, 'off'],
		['power_on', OFF, 'active'],
		['reboot', ACTIVE, 'active'],
		['power_cycle', OFF, 'active'],
	])(
		'%s stays in progress for the configured time, then changes the droplet',
		async (type, id, after) => {
			const before = await status(id);
			const started = await act(id, { type });
			fixture.clock.advance(4_999);
			const during = await call(fixture.sandbox, `/v2/actions/${started.body.action.id}`);
			const statusDuring = await status(id);
			fixture.clock.advance(1);
			const done = await call(
				fixture.sandbox,
				`/v2/droplets/${id}/actions/${started.body.action.id}`,
			);

			expect(started.status).toBe(201);
			expect(started.body.action).toMatchObject({
				id: 2215418155,
				type,
				status: 'in-progress',
				resource_id: id,
				resource_type: 'droplet',
				completed_at: null,
			});
			expect(during.body.action.status).toBe('in-progress');
			expect(statusDuring).toBe(before);
			expect(done.body.action).toMatchObject({
				status: 'completed',
				completed_at: '2026-03-02T10:00:05Z',
			});
			expect(await status(id)).toBe(after);
		},
	);

	it('refuses to power off a droplet that is off (F11)', async () => {
		const answer = await act(OFF, { type: 'power_off' });

		expect(answer.status).toBe(422);
		expect(answer.body).toMatchObject({
			id: 'unprocessable_entity',
			message: 'Droplet is already powered off.',
		});
	});

	it('lets a test place the droplet and the action a field report names (F11, F13)', async () => {
		fixture.sandbox.addDroplet({ id: 301, name: 'db-1', status: 'off' });
		fixture.sandbox.addAction({ id: 8001, dropletId: 301, type: 'reboot', status: 'errored' });

		const powerOff = await act(301, { type: 'power_off' });
		const action = await call(fixture.sandbox, '/v2/actions/8001');

		expect(powerOff.body.message).toBe('Droplet is already powered off.');
		expect(action.body.action).toMatchObject({
			id: 8001,
			type: 'reboot',
			status: 'errored',
			resource_id: 301,
			completed_at: '2026-03-02T10:00:45Z',
		});
	});

	it('refuses to power on a droplet that is active', async () => {
		const answer = await act(ACTIVE, { type: 'power_on' });

		expect(answer.status).toBe(422);
		expect(answer.body.message).toBe('Droplet is already powered on.');
	});

	it('refuses a second action while one is in progress', async () => {
		const first = await act(ACTIVE, { type: 'reboot' });
		const second = await act(ACTIVE, { type: 'shutdown' });
		fixture.clock.advance(5_000);
		const third = await act(ACTIVE, { type: 'shutdown' });

		expect(first.status).toBe(201);
		expect(second.status).toBe(422);
		expect(second.body.message).toBe('Droplet already has a pending event.');
		expect(third.status).toBe(201);
	});

	it('lists a droplet’s actions newest first, paged', async () => {
		await act(ACTIVE, { type: 'reboot' });
		fixture.clock.advance(5_000);
		await act(ACTIVE, { type: 'power_cycle' });

		const answer = await call(fixture.sandbox, `/v2/droplets/${ACTIVE}/actions?per_page=2`);

		expect(answer.body.actions.map((action: any) => action.type)).toEqual([
			'power_cycle',
			'reboot',
		]);
		expect(answer.body.meta.total).toBe(3);
		expect(answer.body.links.pages.next).toBe(
			`${fixture.sandbox.url}/v2/droplets/${ACTIVE}/actions?page=2&per_page=2`,
		);
	});

	it('answers 404 for an action of another droplet and for an unknown droplet', async () => {
		const started = await act(ACTIVE, { type: 'reboot' });

		const elsewhere = await call(
			fixture.sandbox,
			`/v2/droplets/${OFF}/actions/${started.body.action.id}`,
		);
		const unknown = await act(42, { type: 'reboot' });

		expect(elsewhere.status).toBe(404);
		expect(unknown.status).toBe(404);
	});

	it('refuses action types the sandbox does not implement, and types the API has not', async () => {
		const snapshot = await act(ACTIVE, { type: 'snapshot', name: 'before-upgrade' });
		const invented = await act(ACTIVE, { type: 'explode' });

		expect(snapshot.status).toBe(422);
		expect(snapshot.body.message).toBe('The sandbox does not support the action type "snapshot".');
		expect(invented.status).toBe(422);
		const mismatches = fixture.sandbox.spec.takeMismatches();
		expect(mismatches.map((mismatch) => [mismatch.direction, mismatch.operationId])).toEqual([
			['request', 'dropletActions_post'],
		]);
		expect(mismatches[0].errors).toContainEqual(
			expect.stringMatching(/^\/requestBody\/type must be equal to one of the allowed values \(/),
		);
	});
});
