import { N8nInstance } from '../../scripts/n8n/instance';
import { logIn, ownerSetupPending } from '../../scripts/n8n/owner';
import { N8nServer } from '../../scripts/n8n/server';
import { e2eRuntime, e2eVersion } from './settings';

describe(`n8n ${e2eVersion()} editor server with the package installed`, () => {
	let n8n: N8nInstance;
	let server: N8nServer;

	beforeAll(async () => {
		n8n = await N8nInstance.create({ version: e2eVersion(), runtime: e2eRuntime() });
		n8n.installPackage();
		server = await n8n.start();
	});

	afterAll(async () => {
		await server?.stop();
		n8n?.dispose();
	});

	it('serves the editor on loopback', async () => {
		const page = await fetch(`${server.url}/`);

		expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('<html');
	});

	it('lets the preset owner log in, with no sign-up form left to fill', async () => {
		const signUpShown = await ownerSetupPending(server.url);
		const cookie = await logIn(server.url, server.owner!);

		expect(signUpShown).toBe(false);
		expect(cookie).toMatch(/^n8n-auth=/);
	});

	it('offers the DigitalOcean node and credential to the signed-in editor', async () => {
		const cookie = await logIn(server.url, server.owner!);
		const get = async (file: string) =>
			(await fetch(`${server.url}/types/${file}`, { headers: { cookie } }).then(
				async (response) => await response.json(),
			)) as Array<{ name: string }>;

		const nodeTypes = (await get('nodes.json')).map((type) => type.name);
		const credentialTypes = (await get('credentials.json')).map((type) => type.name);

		expect(nodeTypes).toContain('n8n-nodes-digitalocean.digitalOcean');
		expect(credentialTypes).toContain('digitalOceanApi');
	});
});
