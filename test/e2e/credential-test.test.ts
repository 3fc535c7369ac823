import { EXAMPLE_CREDENTIAL } from '../../scripts/demo/examples';
import { N8nInstance } from '../../scripts/n8n/instance';
import { logIn } from '../../scripts/n8n/owner';
import { N8nServer } from '../../scripts/n8n/server';
import { startSandbox, type Sandbox } from '../../sandbox';
import { expectSpecConformance } from '../support/spec-conformance';
import { e2eRuntime, e2eVersion } from './settings';

const WRONG_TOKEN = 'dop_v1_not_the_sandbox_token_0000000000000000000000000000000000000';

/**
 * n8n 2.41 shows the credential's own message for a 401 (its `test.rules`); the older lines
 * tested here (2.8, 1.123) show their generic one instead.
 */
function rejectionMessage(version: string): RegExp {
	const [major, minor] = version.split('.').map(Number);
	return major > 2 || (major === 2 && minor >= 41)
		? /^DigitalOcean rejected the token \(401 Unauthorized\)/
		: /^Authorization failed - please check your credentials$/;
}

interface CredentialTestResult {
	status: string;
	message: string;
}

describe(`the credential test in n8n ${e2eVersion()}'s editor, against the sandbox`, () => {
	let sandbox: Sandbox;
	let n8n: N8nInstance;
	let server: N8nServer;
	let cookie: string;

	// What the editor's credential form sends when the user clicks Save or Retry.
	const testCredential = async (token: string): Promise<CredentialTestResult> => {
		const credentials = { ...EXAMPLE_CREDENTIAL, data: { token, baseUrl: sandbox.url } };
		const response = await fetch(`${server.url}/rest/credentials/test`, {
			method: 'POST',
			headers: { cookie, 'content-type': 'application/json' },
			body: JSON.stringify({ credentials }),
		});
		expect(response.status).toBe(200);
		return ((await response.json()) as { data: CredentialTestResult }).data;
	};

	beforeAll(async () => {
		sandbox = await startSandbox({ seedDroplets: false });
		n8n = await N8nInstance.create({ version: e2eVersion(), runtime: e2eRuntime() });
		n8n.installPackage();
		const data = { token: WRONG_TOKEN, baseUrl: sandbox.url };
		await n8n.importCredentials([{ ...EXAMPLE_CREDENTIAL, data }]);
		server = await n8n.start();
		cookie = await logIn(server.url, server.owner!);
	});

	afterAll(async () => {
		await server?.stop();
		n8n?.dispose();
		await sandbox?.close();
	});

	it('says plainly that DigitalOcean rejected a wrong token', async () => {
		const result = await testCredential(WRONG_TOKEN);

		expect(result.status).toBe('Error');
		expect(result.message).toMatch(rejectionMessage(e2eVersion()));
		// n8n 2.41.1 was seen to send the test request twice for a rejected token.
		const answers = sandbox.requests.filter('GET', '/v2/account').map((r) => r.status);
		expect(answers.length).toBeGreaterThan(0);
		expect(answers.every((status) => status === 401)).toBe(true);
		expectSpecConformance(sandbox);
	});

	it('accepts the sandbox token once it is corrected in the form', async () => {
		sandbox.requests.clear();

		const result = await testCredential(sandbox.token);

		expect(result.status).toBe('OK');
		expect(sandbox.requests.filter('GET', '/v2/account').map((r) => r.status)).toEqual([200]);
		expectSpecConformance(sandbox);
	});
});
