import { spawn } from 'node:child_process';
import path from 'node:path';

import { N8nInstall, NodeRuntime } from './install';
import { ensureBundledNode } from './node-runtime';
import { freePort } from './ports';

export interface N8nCommand {
	install: N8nInstall;
	runtime: NodeRuntime;
	args: string[];
	env: NodeJS.ProcessEnv;
	/** n8n loads a `.env` from its working folder, so this must be a folder we own. */
	cwd: string;
	timeoutMs?: number;
	/** Return a non-zero exit as a result instead of throwing (a timeout still throws). */
	allowFailure?: boolean;
}

export interface N8nCommandResult {
	stdout: string;
	stderr: string;
	exitCode: number;
	seconds: number;
}

const DEFAULT_TIMEOUT_MS = 180_000;
const KILL_GRACE_MS = 5_000;

/** The node binary and the PATH that run n8n on the chosen runtime. */
export async function nodeFor(runtime: NodeRuntime): Promise<{ node: string; path: string }> {
	if (runtime === 'system') return { node: process.execPath, path: process.env.PATH ?? '' };

	const binDir = await ensureBundledNode();
	return {
		node: path.join(binDir, 'node'),
		path: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`,
	};
}

/** Runs one n8n CLI command to its end and fails with its output when it exits non-zero. */
export async function runN8nCommand(command: N8nCommand): Promise<N8nCommandResult> {
	const { node, path: searchPath } = await nodeFor(command.runtime);
	const started = Date.now();
	const child = spawn(node, [command.install.n8nScript, ...command.args], {
		cwd: command.cwd,
		env: { ...command.env, PATH: searchPath, ...(await brokerEnv()) },
		stdio: ['ignore', 'pipe', 'pipe'],
	});

	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

	const timeoutMs = command.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		child.kill('SIGTERM');
		setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS).unref();
	}, timeoutMs);

	const exitCode = await new Promise<number>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => resolve(code ?? 1));
	}).finally(() => clearTimeout(timer));

	const result = { stdout, stderr, exitCode, seconds: (Date.now() - started) / 1000 };
	if (timedOut || (exitCode !== 0 && !command.allowFailure)) {
		const reason = timedOut ? `timed out after ${timeoutMs} ms` : `exited with ${exitCode}`;
		throw new Error(`n8n ${command.args.join(' ')} ${reason}\n${outputTail(result)}`);
	}
	return result;
}

/**
 * n8n 2.x always starts a task broker, on port 5679 unless told otherwise; a port of its own
 * lets several n8n processes run side by side.
 */
export async function brokerEnv(): Promise<NodeJS.ProcessEnv> {
	return { N8N_RUNNERS_BROKER_PORT: String(await freePort()) };
}

export function outputTail(result: { stdout: string; stderr: string }): string {
	const tail = (text: string) => text.trimEnd().split('\n').slice(-30).join('\n');
	return `--- stdout (tail)\n${tail(result.stdout)}\n--- stderr (tail)\n${tail(result.stderr)}`;
}
