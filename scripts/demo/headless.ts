import { nodeOutput } from '../n8n/run-output';
import { EXAMPLE_IDS, readExample } from './examples';
import { prepareN8n } from './prepare';
import { describeSpecChecks, startDemoSandbox } from './sandbox';

/**
 * Runs the provisioning example once in a fresh n8n against a fresh sandbox and prints the
 * ticket summary it hands on. Resolves to the process exit code.
 */
export async function runHeadless(): Promise<number> {
	const sandbox = await startDemoSandbox(0);
	try {
		console.log(`Sandbox at ${sandbox.url}; preparing a fresh n8n`);
		const n8n = await prepareN8n(sandbox, [readExample(EXAMPLE_IDS.provisionAndReport)]);
		try {
			console.log('Running "Provision a droplet and report it" with n8n execute');
			const started = Date.now();
			const run = await n8n.execute(EXAMPLE_IDS.provisionAndReport);
			const seconds = ((Date.now() - started) / 1000).toFixed(1);

			const error = run.data.resultData.error;
			if (run.status !== 'success' || error) {
				console.error(`The run failed (${run.status ?? 'no status'}): ${error?.message ?? ''}`);
				return 1;
			}
			const [summary] = nodeOutput(run, 'Ticket summary');
			const [deleted] = nodeOutput(run, 'Delete droplet');
			console.log(`Ticket summary (run took ${seconds} s):`);
			console.log(JSON.stringify(summary, null, 2));
			console.log(
				`Droplet ${String(deleted?.id)} deleted afterwards: ${deleted?.deleted === true}`,
			);
			console.log(`Sandbox: ${describeSpecChecks(sandbox)}`);
			return summary && deleted?.deleted === true && sandbox.spec.mismatches.length === 0 ? 0 : 1;
		} finally {
			n8n.dispose();
		}
	} finally {
		await sandbox.close();
	}
}
