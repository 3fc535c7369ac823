import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { N8nCommandResult, runN8nCommand } from './cli';
import { installCommunityPackage } from './community-package';
import { n8nEnv } from './env';
import { installN8n, N8nInstall, NodeRuntime } from './install';
import { repoRoot } from './paths';
import { N8nRun, parseRunOutput } from './run-output';
import { N8nServer, ServerOptions, startN8nServer } from './server';

/** The n8n the project tests against; older lines are opt-in. */
export const DEFAULT_N8N_VERSION = '2.41.1';

export interface InstanceOptions {
	version?: string;
	/** Defaults to what the version's `engines` call for. */
	runtime?: NodeRuntime;
	/** Defaults to a fresh temporary folder, removed by `dispose()`. */
	userFolder?: string;
	env?: NodeJS.ProcessEnv;
}

export interface CommandOptions {
	env?: NodeJS.ProcessEnv;
	timeoutMs?: number;
	allowFailure?: boolean;
}

export interface CredentialInput {
	id: string;
	name: string;
	type: string;
	/** Plain values: `import:credentials` encrypts an object with the instance's key. */
	data: Record<string, unknown>;
}

export interface WorkflowInput {
	id: string;
	name: string;
	nodes: unknown[];
	connections: Record<string, unknown>;
	settings?: Record<string, unknown>;
	active?: boolean;
	[key: string]: unknown;
}

/** One n8n user folder (its own SQLite database, key and nodes) driven through n8n's CLI. */
export class N8nInstance {
	private constructor(
		readonly install: N8nInstall,
		readonly runtime: NodeRuntime,
		readonly userFolder: string,
		private readonly ownsUserFolder: boolean,
		private readonly extraEnv: NodeJS.ProcessEnv,
	) {}

	static async create(options: InstanceOptions = {}): Promise<N8nInstance> {
		const install = await installN8n(options.version ?? DEFAULT_N8N_VERSION, {
			runtime: options.runtime,
		});
		const userFolder = options.userFolder ?? mkdtempSync(path.join(os.tmpdir(), 'n8n-user-'));
		const runtime = options.runtime ?? install.runtime;
		return new N8nInstance(install, runtime, userFolder, !options.userFolder, options.env ?? {});
	}

	env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
		return n8nEnv(this.install, this.userFolder, { ...this.extraEnv, ...extra });
	}

	/** Installs a built package (default: this repository) as a community package. */
	installPackage(packageDir = repoRoot()): string {
		return installCommunityPackage(this.userFolder, packageDir);
	}

	async command(args: string[], options: CommandOptions = {}): Promise<N8nCommandResult> {
		return await runN8nCommand({
			install: this.install,
			runtime: this.runtime,
			args,
			env: this.env(options.env),
			cwd: this.userFolder,
			timeoutMs: options.timeoutMs,
			allowFailure: options.allowFailure,
		});
	}

	async importCredentials(credentials: CredentialInput[]): Promise<N8nCommandResult> {
		const file = this.writeInput('credentials', credentials);
		return await this.importFile('import:credentials', file, 'Successfully imported');
	}

	async importWorkflows(workflows: WorkflowInput[]): Promise<N8nCommandResult> {
		const file = this.writeInput('workflows', workflows);
		return await this.importFile('import:workflow', file, 'Successfully imported');
	}

	/**
	 * Runs a saved workflow and returns its run data, failed runs included: a node error is in
	 * `data.resultData.error` and in that node's task data. Throws only when there is no run data.
	 */
	async execute(workflowId: string): Promise<N8nRun> {
		// At level info n8n also prints the run data of a failed run, which tests want to read.
		const result = await this.command(['execute', `--id=${workflowId}`, '--rawOutput'], {
			env: { N8N_LOG_LEVEL: 'info' },
			allowFailure: true,
		});
		return parseRunOutput(result.stdout);
	}

	async start(options: ServerOptions = {}): Promise<N8nServer> {
		return await startN8nServer(this, options);
	}

	/** Removes the temporary user folder; a folder the caller passed in is left alone. */
	dispose(): void {
		if (this.ownsUserFolder) rmSync(this.userFolder, { recursive: true, force: true });
	}

	private writeInput(kind: string, content: unknown): string {
		const file = path.join(this.userFolder, `import-${kind}-${Date.now()}.json`);
		writeFileSync(file, JSON.stringify(content, null, '\t'));
		return file;
	}

	// These commands log a failure and may still exit 0, so success is read from their output.
	private async importFile(command: string, file: string, success: string) {
		const result = await this.command([command, `--input=${file}`], {
			env: { N8N_LOG_LEVEL: 'info' },
		}).finally(() => rmSync(file, { force: true }));
		if (!`${result.stdout}\n${result.stderr}`.includes(success)) {
			throw new Error(`n8n ${command} did not report success:\n${result.stdout}\n${result.stderr}`);
		}
		return result;
	}
}
