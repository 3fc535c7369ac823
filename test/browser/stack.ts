import { startSandbox, type Sandbox } from '../../sandbox';
import { N8nInstance } from '../../scripts/n8n/instance';
import type { N8nServer } from '../../scripts/n8n/server';
import { e2eRuntime, e2eVersion } from '../e2e/settings';

export const CREDENTIAL_NAME = 'DigitalOcean (sandbox)';

export interface Stack {
	sandbox: Sandbox;
	server: N8nServer;
	stop(): Promise<void>;
}

/**
 * The sandbox API and an n8n with the built package and one credential aimed at the sandbox,
 * so the editor's dropdowns and test runs read the sandbox's seeded account.
 */
export async function startStack(): Promise<Stack> {
	const sandbox = await startSandbox();
	const n8n = await N8nInstance.create({ version: e2eVersion(), runtime: e2eRuntime() });
	const stopBoth = async () => {
		n8n.dispose();
		await sandbox.close();
	};

	try {
		n8n.installPackage();
		await n8n.importCredentials([
			{
				id: 'browserSandbox01',
				name: CREDENTIAL_NAME,
				type: 'digitalOceanApi',
				data: { token: sandbox.token, baseUrl: sandbox.url },
			},
		]);
		const server = await n8n.start();
		return {
			sandbox,
			server,
			stop: async () => {
				await server.stop();
				await stopBoth();
			},
		};
	} catch (error) {
		await stopBoth();
		throw error;
	}
}
