import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';

const HEARTBEAT_MS = 30_000;
const FAILURE_TAIL_LINES = 40;

export interface NpmRun {
	cwd: string;
	args: string[];
	logFile: string;
	env?: NodeJS.ProcessEnv;
}

/**
 * Runs npm with its output kept in a log file, since a full n8n install prints thousands of
 * lines; only the tail is shown, and only when npm fails.
 */
export async function runNpm(run: NpmRun): Promise<void> {
	const log = createWriteStream(run.logFile, { flags: 'a' });
	log.write(`\n$ npm ${run.args.join(' ')}\n`);

	const started = Date.now();
	const heartbeat = setInterval(() => {
		const seconds = Math.round((Date.now() - started) / 1000);
		console.log(`  ... npm ${run.args[0]} still running (${seconds} s)`);
	}, HEARTBEAT_MS);

	const exitCode = await new Promise<number>((resolve, reject) => {
		const child = spawn('npm', run.args, {
			cwd: run.cwd,
			env: { ...process.env, ...run.env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		child.stdout.pipe(log, { end: false });
		child.stderr.pipe(log, { end: false });
		child.on('error', reject);
		child.on('close', (code) => resolve(code ?? 1));
	}).finally(() => clearInterval(heartbeat));

	await new Promise<void>((resolve) => log.end(resolve));
	if (exitCode !== 0) {
		throw new Error(
			`npm ${run.args.join(' ')} failed with exit code ${exitCode} (log: ${run.logFile})\n` +
				logTail(run.logFile),
		);
	}
}

function logTail(file: string): string {
	const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
	return lines.slice(-FAILURE_TAIL_LINES).join('\n');
}
