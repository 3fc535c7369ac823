import type { Sandbox } from '../../sandbox';
import { DEFAULT_N8N_VERSION, N8nInstance, WorkflowInput } from '../n8n/instance';
import { readInstall } from '../n8n/install';
import { n8nInstallDir } from '../n8n/paths';
import { exampleCredential } from './examples';

/**
 * A fresh n8n user folder with this package installed, the example credential aimed at the
 * sandbox and the given workflows imported. Installs n8n first on a fresh clone.
 */
export async function prepareN8n(sandbox: Sandbox, workflows: WorkflowInput[]) {
	if (!readInstall(DEFAULT_N8N_VERSION)) {
		console.log(
			`n8n ${DEFAULT_N8N_VERSION} is not installed yet. Installing it once into ` +
				`${n8nInstallDir(DEFAULT_N8N_VERSION)} (about 3.2 GB; 4 to 15 minutes depending on the machine; later runs reuse it).`,
		);
	}
	const n8n = await N8nInstance.create({ version: DEFAULT_N8N_VERSION });
	try {
		n8n.installPackage();
		await n8n.importCredentials([exampleCredential(sandbox.url, sandbox.token)]);
		await n8n.importWorkflows(workflows);
		return n8n;
	} catch (error) {
		n8n.dispose();
		throw error;
	}
}
