import { N8nInstance } from '../../scripts/n8n/instance';
import { nodeOutput } from '../../scripts/n8n/run-output';
import { RegionsServer, startRegionsServer } from './regions-server';
import { e2eRuntime, e2eVersion } from './settings';
import { linearWorkflow, manualTrigger } from './workflows';

const TOKEN = 'dop_v1_e2e_test_token';
const CREDENTIAL = { id: 'e2eDigitalOcean1', name: 'DigitalOcean (local)' };

describe(`n8n ${e2eVersion()} with n8n-nodes-digitalocean installed as a community package`, () => {
	let n8n: N8nInstance;
	let api: RegionsServer;

	beforeAll(async () => {
		api = await startRegionsServer(TOKEN);
		n8n = await N8nInstance.create({ version: e2eVersion(), runtime: e2eRuntime() });
		n8n.installPackage();
		await n8n.importCredentials([
			{ ...CREDENTIAL, type: 'digitalOceanApi', data: { token: TOKEN, baseUrl: api.baseUrl } },
		]);
	});

	afterAll(async () => {
		n8n?.dispose();
		await api?.close();
	});

	it('lists regions through the node with the imported credential', async () => {
		const listRegions = {
			name: 'DigitalOcean',
			type: 'n8n-nodes-digitalocean.digitalOcean',
			typeVersion: 1,
			parameters: { action: 'get-region' },
			credentials: { digitalOceanApi: CREDENTIAL },
		};
		await n8n.importWorkflows([
			linearWorkflow('e2eListRegions01', 'List regions', [manualTrigger, listRegions]),
		]);

		const run = await n8n.execute('e2eListRegions01');

		expect(run.data.resultData.error).toBeUndefined();
		expect(nodeOutput(run, 'DigitalOcean')).toEqual(api.regions);
		expect(api.requests).toContainEqual(
			expect.objectContaining({ method: 'GET', authorization: `Bearer ${TOKEN}` }),
		);
		expect(api.requests.every((request) => request.url.startsWith('/v2/regions'))).toBe(true);
	});
});
