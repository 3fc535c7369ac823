import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { DEFAULT_N8N_VERSION, N8nInstance, WorkflowInput } from './instance';
import { installN8n, NodeRuntime } from './install';
import { repoRoot } from './paths';
import { nodeOutput } from './run-output';

interface Timing {
	step: string;
	seconds: number;
}

const BENCH_WORKFLOW: WorkflowInput = {
	id: 'benchSetFields1',
	name: 'Bench: set fields',
	active: false,
	settings: { executionOrder: 'v1' },
	nodes: [
		{
			id: 'bench-trigger',
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'bench-set',
			name: 'Set',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [220, 0],
			parameters: {
				assignments: {
					assignments: [{ id: 'n', name: 'n', value: '={{ 1 + 2 }}', type: 'number' }],
				},
				options: {},
			},
		},
	],
	connections: { Start: { main: [[{ node: 'Set', type: 'main', index: 0 }]] } },
};

/** Times what an end-to-end test pays for: install check, import, execute, server start. */
async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			version: { type: 'string', default: DEFAULT_N8N_VERSION },
			runtime: { type: 'string' },
			runs: { type: 'string', default: '3' },
		},
	});
	const runtime = values.runtime as NodeRuntime | undefined;
	const timings: Timing[] = [];
	const time = async <T>(step: string, work: () => Promise<T> | T): Promise<T> => {
		const started = Date.now();
		const result = await work();
		timings.push({ step, seconds: (Date.now() - started) / 1000 });
		return result;
	};

	const install = await time('install (cached check)', () =>
		installN8n(values.version, { runtime }),
	);
	timings.push({ step: 'install (as recorded when made)', seconds: install.installSeconds });

	const n8n = await time('create user folder', () =>
		N8nInstance.create({ version: values.version, runtime }),
	);
	try {
		await time('import:workflow (new database: migrations)', () =>
			n8n.importWorkflows([BENCH_WORKFLOW]),
		);
		await time('import:workflow (existing database)', () => n8n.importWorkflows([BENCH_WORKFLOW]));
		for (let run = 1; run <= Number(values.runs); run++) {
			const result = await time(`execute #${run}`, () => n8n.execute(BENCH_WORKFLOW.id));
			if (nodeOutput(result, 'Set')[0]?.n !== 3)
				throw new Error('bench workflow gave a wrong result');
		}
		if (existsSync(path.join(repoRoot(), 'dist'))) {
			await time('install community package (copy)', () => n8n.installPackage());
			await time('execute with the package loaded', () => n8n.execute(BENCH_WORKFLOW.id));
		}
		const server = await time('n8n start until ready (owner preset)', () => n8n.start());
		await time('n8n stop', () => server.stop());
	} finally {
		n8n.dispose();
	}

	report(values.version, n8n.runtime, timings);
}

function report(version: string, runtime: NodeRuntime, timings: Timing[]): void {
	console.log(`\nn8n ${version} on the ${runtime} Node runtime`);
	for (const { step, seconds } of timings) {
		console.log(`  ${step.padEnd(46)} ${seconds.toFixed(1).padStart(7)} s`);
	}

	const dir = path.join(repoRoot(), '.artifacts');
	mkdirSync(dir, { recursive: true });
	const file = path.join(dir, `n8n-bench-${version}-${runtime}.json`);
	writeFileSync(file, JSON.stringify({ version, runtime, timings }, null, '\t') + '\n');
	console.log(`  written to ${file}`);
}

main().catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
