import { logIn } from '../n8n/owner';
import { readExamples } from './examples';
import { prepareN8n } from './prepare';
import { describeSpecChecks, startDemoSandbox } from './sandbox';

export interface DemoPorts {
	editor: number;
	sandbox: number;
}

/** The sandbox and an n8n editor with the examples, both on loopback, until Ctrl-C. */
export async function runInteractive(ports: DemoPorts): Promise<void> {
	const sandbox = await startDemoSandbox(ports.sandbox);
	const stops: Array<() => Promise<void> | void> = [async () => await sandbox.close()];
	const stopAll = async () => {
		for (const stop of stops.reverse()) await stop();
	};

	try {
		const workflows = readExamples();
		const n8n = await prepareN8n(sandbox, workflows);
		stops.push(() => n8n.dispose());
		console.log(`Starting n8n ${n8n.install.version} on port ${ports.editor}`);
		const server = await n8n.start({ port: ports.editor });
		stops.push(async () => await server.stop());
		await logIn(server.url, server.owner!);

		printReady(server.url, server.owner!, sandbox, workflows.length);
	} catch (error) {
		await stopAll();
		throw error;
	}

	let stopping = false;
	const shutdown = (signal: string) => {
		if (stopping) return;
		stopping = true;
		console.log(`\n${signal}: stopping n8n and the sandbox`);
		void stopAll().then(() => {
			console.log(`Stopped. Sandbox: ${describeSpecChecks(sandbox)}.`);
			process.exit(0);
		});
	};
	process.on('SIGINT', () => shutdown('SIGINT'));
	process.on('SIGTERM', () => shutdown('SIGTERM'));
}

function printReady(
	url: string,
	owner: { email: string; password: string },
	sandbox: { url: string; token: string },
	workflowCount: number,
): void {
	console.log(
		[
			'',
			'The demo is ready.',
			`  n8n editor:          ${url}/`,
			`  log in as:           ${owner.email} / ${owner.password}`,
			`  DigitalOcean API:    ${sandbox.url} (local sandbox, no real account)`,
			`  sandbox token:       ${sandbox.token}`,
			`  credential:          "DigitalOcean account", already set to the sandbox`,
			`  example workflows:   ${workflowCount} imported (Overview > Workflows)`,
			'Press Ctrl-C to stop n8n and the sandbox.',
			'',
		].join('\n'),
	);
}
