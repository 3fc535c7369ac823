import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	describeRunTotals,
	readRunTotals,
	SPEC_STATS_DIR_VARIABLE,
	startSandbox,
	type Sandbox,
} from '../../sandbox';
import { loadServedSpec } from '../../sandbox/spec/load';
import { defaultSpecFile } from '../../sandbox/spec/locate';
import { SpecValidator } from '../../sandbox/spec/validator';
import { ROUTES } from '../../sandbox/routes';
import { expectSpecConformance } from '../support/spec-conformance';
import { call } from './client';
import { useSandbox } from './fixture';

const specPresent = existsSync(defaultSpecFile());
const whenSpecPresent = specPresent ? describe : describe.skip;
const FIXTURES = join(defaultSpecFile(), '..', '..', '..', 'fixtures', 'do-api');

/** Closes a sandbox whose failures a test provoked on purpose, keeping them out of run totals. */
async function closeUncounted(sandbox: Sandbox): Promise<void> {
	const directory = process.env[SPEC_STATS_DIR_VARIABLE];
	delete process.env[SPEC_STATS_DIR_VARIABLE];
	try {
		await sandbox.close();
	} finally {
		if (directory) process.env[SPEC_STATS_DIR_VARIABLE] = directory;
	}
}

whenSpecPresent('checking against the official spec', () => {
	const fixture = useSandbox();

	it('checks every request and every answer', async () => {
		await call(fixture.sandbox, '/v2/droplets');
		await call(fixture.sandbox, '/v2/droplets/3164444', { method: 'DELETE' });
		await call(fixture.sandbox, '/v2/droplets/3164444');
		await call(fixture.sandbox, '/v2/account', { token: 'wrong' });

		expect(fixture.sandbox.spec.enabled).toBe(true);
		expect(fixture.sandbox.spec.requestsChecked).toBe(4);
		expect(fixture.sandbox.spec.responsesChecked).toBe(4);
		expect(fixture.sandbox.spec.mismatches).toEqual([]);
	});

	it('catches an answer the spec does not allow, and fails the check that asks', async () => {
		const sandbox = await startSandbox();
		(sandbox.store.droplet(3164444) as { status: string }).status = 'rebooting';

		const answer = await call(sandbox, '/v2/droplets/3164444');

		expect(answer.status).toBe(200);
		expect(sandbox.spec.mismatches).toEqual([
			{
				direction: 'response',
				operationId: 'droplets_get',
				method: 'GET',
				path: '/v2/droplets/3164444',
				status: 200,
				errors: [
					'/droplet/status must be equal to one of the allowed values (new, active, off, archive)',
				],
			},
		]);
		expect(() => expectSpecConformance(sandbox)).toThrow(
			'found 1 mismatch with the OpenAPI spec:\n' +
				'response 200 for GET /v2/droplets/3164444 (droplets_get):\n' +
				'    - /droplet/status must be equal to one of the allowed values',
		);
		// Reported once, then consumed.
		expect(() => expectSpecConformance(sandbox)).not.toThrow();
		await closeUncounted(sandbox);
	});

	it('catches a list whose items lack a required field', async () => {
		delete (fixture.sandbox.store.sshKeys[0] as { public_key?: string }).public_key;

		await call(fixture.sandbox, '/v2/account/keys');

		const [mismatch] = fixture.sandbox.spec.takeMismatches();
		expect(mismatch.operationId).toBe('sshKeys_list');
		expect(mismatch.errors).toEqual(["/ssh_keys/0 must have required property 'public_key'"]);
	});

	it('catches a request body of the wrong type', async () => {
		await call(fixture.sandbox, '/v2/droplets/3164444/actions', {
			method: 'POST',
			body: ['reboot'],
		});

		const [mismatch] = fixture.sandbox.spec.takeMismatches();
		expect(mismatch).toMatchObject({ direction: 'request', operationId: 'dropletActions_post' });
		expect(mismatch.errors).toContain('/requestBody must be object');
	});

	it('reports, from any test file, the mismatches of sandboxes already closed', async () => {
		const sandbox = await startSandbox({ seedDroplets: false });
		await call(sandbox, '/v2/droplets?type=servers');
		await closeUncounted(sandbox);

		expect(() => expectSpecConformance()).toThrow(
			/\/query\/type must be equal to one of the allowed values/,
		);
		expect(() => expectSpecConformance()).not.toThrow();
	});
});

whenSpecPresent('the spec validator', () => {
	let validator: SpecValidator;
	beforeAll(async () => {
		const operations = ROUTES.map(({ method, path }) => ({ method, path }));
		validator = await SpecValidator.for(await loadServedSpec(defaultSpecFile(), operations));
	});
	const rateHeaders = {
		'ratelimit-limit': '5000',
		'ratelimit-remaining': '4999',
		'ratelimit-reset': '1',
	};

	it.each([
		['droplet-get.json', 'droplets_get', 200],
		['droplets-list.json', 'droplets_list', 200],
		['droplet-create-response.json', 'droplets_create', 202],
		['droplet-multi-create-response.json', 'droplets_create', 202],
		['droplet-actions-list.json', 'dropletActions_list', 200],
		['action-in-progress.json', 'dropletActions_post', 201],
		['action-errored.json', 'actions_get', 200],
		['regions-list.json', 'regions_list', 200],
		['error-404.json', 'droplets_get', 404],
		['error-422.json', 'dropletActions_post', 422],
		['error-429.json', 'droplets_list', 429],
	])('accepts the API example %s as %s %i', (file, operationId, status) => {
		const body = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));

		expect(validator.checkResponse({ status, body, headers: rateHeaders }, operationId)).toEqual(
			[],
		);
	});

	it('refuses an answer without the rate-limit headers the spec requires', () => {
		const body = JSON.parse(readFileSync(join(FIXTURES, 'droplet-get.json'), 'utf8'));

		expect(validator.checkResponse({ status: 200, body, headers: {} }, 'droplets_get')).toEqual([
			"header /headers must have required property 'ratelimit-limit'",
		]);
	});

	it('refuses a 204 with a body', () => {
		const errors = validator.checkResponse(
			{ status: 204, body: { droplet: {} }, headers: rateHeaders },
			'droplets_destroy',
		);

		expect(errors).toEqual(['/ must be null']);
	});
});

describe('without the spec beside the repository', () => {
	let stderr: jest.SpyInstance;
	const statsDirectory = process.env[SPEC_STATS_DIR_VARIABLE];
	beforeEach(() => {
		delete process.env[SPEC_STATS_DIR_VARIABLE];
		stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
	});
	afterEach(() => {
		stderr.mockRestore();
		if (statsDirectory) process.env[SPEC_STATS_DIR_VARIABLE] = statsDirectory;
	});

	it('serves unchecked, and says so in one line per process', async () => {
		const missing = join(tmpdir(), 'no-shared', 'DigitalOcean-public.v2.yaml');
		const sandboxes: Sandbox[] = [];
		await jest.isolateModulesAsync(async () => {
			const isolated = await import('../../sandbox');
			sandboxes.push(await isolated.startSandbox({ spec: { file: missing } }));
			sandboxes.push(await isolated.startSandbox({ spec: { file: missing } }));
		});

		const answer = await call(sandboxes[0], '/v2/droplets?per_page=500');
		await Promise.all(sandboxes.map((sandbox) => sandbox.close()));

		expect(answer.status).toBe(200);
		expect(sandboxes[0].spec.enabled).toBe(false);
		expect(sandboxes[0].spec.skipReason).toBe(`no OpenAPI spec at ${missing}`);
		expect(sandboxes[0].spec.requestsChecked).toBe(0);
		expect(stderr.mock.calls).toEqual([
			[`DigitalOcean API sandbox: spec checks skipped, no OpenAPI spec at ${missing}\n`],
		]);
	});
});

whenSpecPresent('totals for a whole test run', () => {
	let directory: string;
	const previous = process.env[SPEC_STATS_DIR_VARIABLE];
	beforeEach(() => {
		directory = mkdtempSync(join(tmpdir(), 'sandbox-totals-'));
		process.env[SPEC_STATS_DIR_VARIABLE] = directory;
	});
	afterEach(() => {
		rmSync(directory, { recursive: true, force: true });
		if (previous) process.env[SPEC_STATS_DIR_VARIABLE] = previous;
		else delete process.env[SPEC_STATS_DIR_VARIABLE];
	});

	it('are written by each sandbox as it closes and summed across files', async () => {
		const first = await startSandbox();
		const second = await startSandbox();
		await call(first, '/v2/account');
		await call(first, '/v2/regions');
		second.faults.inject({ path: '/v2/sizes', fault: { kind: 'plainTextError' } });
		await call(second, '/v2/sizes');
		await Promise.all([first.close(), second.close()]);

		const totals = readRunTotals(directory);

		expect(readdirSync(directory)).toEqual([`${process.pid}.jsonl`]);
		expect(totals).toEqual({ sandboxes: 2, requests: 3, responses: 2, exempt: 1, mismatches: 0 });
		expect(describeRunTotals(totals)).toBe(
			'DigitalOcean API sandbox: 3 requests and 2 responses checked against the OpenAPI spec ' +
				'(1 off-spec fault answer exempt) in 2 sandboxes; 0 mismatches',
		);
	});
});
