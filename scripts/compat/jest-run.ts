import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import type { NodeRuntime } from '../n8n/install';
import { repoRoot } from '../n8n/paths';

export interface SuiteResult {
	passed: number;
	failed: number;
	skipped: number;
	seconds: number;
	/** Set when jest wrote no report, e.g. a failing global setup. */
	error?: string;
}

interface JestReport {
	numPassedTests: number;
	numFailedTests: number;
	numPendingTests: number;
	numTodoTests: number;
	numRuntimeErrorTestSuites: number;
}

/** Runs the e2e jest suite against one n8n, with jest's own output kept in `logFile`. */
export async function runE2eSuite(
	version: string,
	runtime: NodeRuntime,
	logFile: string,
): Promise<SuiteResult> {
	const root = repoRoot();
	const reportFile = `${logFile}.json`;
	rmSync(reportFile, { force: true });
	const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
	const args = [jest, '-c', 'test/e2e/jest.config.js', '--json', `--outputFile=${reportFile}`];

	const started = Date.now();
	const log = createWriteStream(logFile);
	const exitCode = await new Promise<number>((resolve, reject) => {
		const child = spawn(process.execPath, args, {
			cwd: root,
			env: { ...process.env, N8N_E2E_VERSION: version, N8N_E2E_RUNTIME: runtime },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		child.stdout.pipe(log, { end: false });
		child.stderr.pipe(log, { end: false });
		child.on('error', reject);
		child.on('close', (code) => resolve(code ?? 1));
	});
	await new Promise<void>((resolve) => log.end(resolve));
	const seconds = Math.round((Date.now() - started) / 1000);

	if (!existsSync(reportFile)) {
		return { passed: 0, failed: 0, skipped: 0, seconds, error: `jest exited ${exitCode}` };
	}
	const report = JSON.parse(readFileSync(reportFile, 'utf8')) as JestReport;
	return {
		passed: report.numPassedTests,
		// A suite that fails to load counts no tests, so it is counted as one failure.
		failed: report.numFailedTests + report.numRuntimeErrorTestSuites,
		skipped: report.numPendingTests + report.numTodoTests,
		seconds,
	};
}
