import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox';
import { N8nInstance, type WorkflowInput } from '../n8n/instance';
import { repoRoot } from '../n8n/paths';
import { freePort } from '../n8n/ports';
import { parseRunOutput, type N8nRun } from '../n8n/run-output';
import { watchChildMemory } from './memory';

export const CREDENTIAL = { id: 'benchDigitalOcn1', name: 'DigitalOcean (bench sandbox)' };

export const BENCH_PACKAGE_DIR = path.join(repoRoot(), 'bench', 'n8n-nodes-digitalocean-bench');

export interface Execution {
	run: N8nRun;
	/** The whole `n8n execute` process, start-up included. */
	wallMs: number;
	/** Peak resident memory of the n8n process, when /proc could tell. */
	peakRssMb?: number;
}

/**
 * One n8n user folder with both packages installed and a credential for a sandbox that always
 * listens on the same loopback port, so a fresh sandbox per run needs no new credential.
 */
export class BenchHarness {
	private sandbox?: Sandbox;

	private constructor(
		readonly n8n: N8nInstance,
		readonly port: number,
	) {}

	static async create(): Promise<BenchHarness> {
		const n8n = await N8nInstance.create();
		n8n.installPackage();
		n8n.installPackage(BENCH_PACKAGE_DIR);
		const harness = new BenchHarness(n8n, await freePort());
		await n8n.importCredentials([
			{
				...CREDENTIAL,
				type: 'digitalOceanApi',
				data: { token: 'dop_v1_bench', baseUrl: harness.baseUrl },
			},
		]);
		return harness;
	}

	get baseUrl(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	/** A fresh sandbox on the harness port; the previous one is closed first. */
	async freshSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
		await this.sandbox?.close();
		this.sandbox = await startSandbox({
			spec: false,
			seedDroplets: false,
			token: 'dop_v1_bench',
			...options,
			port: this.port,
			rateLimit: { hourly: 1_000_000_000, ...options.rateLimit },
		});
		return this.sandbox;
	}

	async importWorkflows(workflows: WorkflowInput[]): Promise<void> {
		await this.n8n.importWorkflows(workflows);
	}

	/**
	 * Runs a saved workflow in a fresh n8n process, as `N8nInstance.execute` does, timed. n8n
	 * 2.41.1 sometimes exits with its `--rawOutput` cut short (seen from 0.3 to 2.8 MB, exit code
	 * 0, more often on a loaded machine). A run is repeated only when the caller can undo what
	 * the first attempt did to the sandbox (`resetForRetry`); each repeat is counted.
	 */
	async execute(
		workflowId: string,
		options: { timeoutMs?: number; resetForRetry?: () => void } = {},
	): Promise<Execution> {
		const timeoutMs = options.timeoutMs ?? 600_000;
		try {
			return await this.executeOnce(workflowId, timeoutMs);
		} catch (error) {
			if (!(error instanceof UnparsedOutput) || !options.resetForRetry) throw error;
			this.truncatedOutputs++;
			console.log(`  ${workflowId}: output cut short (${error.file}); running it again`);
			options.resetForRetry();
			return await this.executeOnce(workflowId, timeoutMs);
		}
	}

	truncatedOutputs = 0;

	private async executeOnce(workflowId: string, timeoutMs: number): Promise<Execution> {
		const memory = watchChildMemory();
		const started = Date.now();
		let peakRssMb: number | undefined;
		const result = await this.n8n
			.command(['execute', `--id=${workflowId}`, '--rawOutput'], {
				env: { N8N_LOG_LEVEL: 'info' },
				allowFailure: true,
				timeoutMs,
			})
			.finally(() => (peakRssMb = memory.stop()));
		const wallMs = Date.now() - started;
		try {
			return { run: parseRunOutput(result.stdout), wallMs, peakRssMb };
		} catch {
			const file = path.join(repoRoot(), '.artifacts', 'bench', `unparsed-${workflowId}.log`);
			mkdirSync(path.dirname(file), { recursive: true });
			writeFileSync(
				file,
				`exit ${result.exitCode}\n${result.stdout}\n--- stderr\n${result.stderr}`,
			);
			throw new UnparsedOutput(file);
		}
	}

	async dispose(): Promise<void> {
		await this.sandbox?.close();
		this.n8n.dispose();
	}
}

class UnparsedOutput extends Error {
	constructor(readonly file: string) {
		super(`no run data in the output of n8n execute (kept in ${file})`);
	}
}

/** n8n's own measure of how long a node took, from the run data. */
export function nodeTimeMs(run: N8nRun, nodeName: string): number {
	const task = run.data.resultData.runData[nodeName]?.[0] as { executionTime?: number } | undefined;
	if (task?.executionTime === undefined) throw new Error(`no execution time for ${nodeName}`);
	return task.executionTime;
}
