import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { exampleCredential } from '../demo/examples';
import { DEFAULT_N8N_VERSION, N8nInstance, WorkflowInput } from './instance';
import { NodeRuntime } from './install';
import { assertLoopbackUrl } from './loopback';
import type { N8nServer } from './server';

const USAGE = `usage: node build/scripts/n8n/serve.js [options]
  --version=X.Y.Z      n8n version (default ${DEFAULT_N8N_VERSION})
  --runtime=R          system | bundled (default: what n8n's engines need)
  --port=N             editor port on 127.0.0.1 (default 5678)
  --base-url=URL       DigitalOcean API to use, loopback only (e.g. the sandbox)
  --token=T            token for that API (default: sandbox-token)
  --workflows=PATH     workflow JSON file or folder to import
  --user-folder=DIR    keep n8n's data there instead of a temporary folder`;

/**
 * A demo n8n with this package installed, and optionally a credential for a local API and some
 * workflows, running until Ctrl-C.
 */
async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			version: { type: 'string', default: DEFAULT_N8N_VERSION },
			runtime: { type: 'string' },
			port: { type: 'string', default: '5678' },
			'base-url': { type: 'string' },
			token: { type: 'string', default: 'sandbox-token' },
			workflows: { type: 'string' },
			'user-folder': { type: 'string' },
			help: { type: 'boolean' },
		},
	});
	if (values.help) return console.log(USAGE);
	const baseUrl = values['base-url'];
	if (baseUrl) assertLoopbackUrl(baseUrl);

	const n8n = await N8nInstance.create({
		version: values.version,
		runtime: values.runtime as NodeRuntime | undefined,
		userFolder: values['user-folder'],
	});
	const keepData = values['user-folder'] !== undefined;
	const server = await prepareAndStart(n8n, values, baseUrl).catch((error: Error) => {
		if (!keepData) n8n.dispose();
		throw error;
	});
	console.log(`n8n ${n8n.install.version} is ready at ${server.url}/ (${server.startSeconds} s)`);
	console.log(`  log in as ${server.owner?.email} / ${server.owner?.password}`);
	console.log(`  data: ${n8n.userFolder}; log: ${server.logFile}; Ctrl-C stops it`);

	const shutdown = async () => {
		await server.stop();
		if (!keepData) n8n.dispose();
		process.exit(0);
	};
	process.once('SIGINT', shutdown);
	process.once('SIGTERM', shutdown);
}

async function prepareAndStart(
	n8n: N8nInstance,
	values: { token?: string; workflows?: string; port?: string },
	baseUrl: string | undefined,
): Promise<N8nServer> {
	n8n.installPackage();
	if (baseUrl) {
		// The examples' own credential, so that `--workflows=examples` finds it.
		await n8n.importCredentials([exampleCredential(baseUrl, values.token ?? '')]);
	}
	if (values.workflows) await n8n.importWorkflows(readWorkflows(values.workflows));
	return await n8n.start({ port: Number(values.port) });
}

function readWorkflows(target: string): WorkflowInput[] {
	if (!existsSync(target)) throw new Error(`no workflows at ${target}`);

	const files = statSync(target).isDirectory()
		? readdirSync(target)
				.filter((name) => name.endsWith('.json'))
				.map((name) => path.join(target, name))
		: [target];
	return files.flatMap((file) => {
		const content = JSON.parse(readFileSync(file, 'utf8')) as WorkflowInput | WorkflowInput[];
		return Array.isArray(content) ? content : [content];
	});
}

main().catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
