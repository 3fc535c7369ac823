import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { installN8n, NodeRuntime, readInstall } from '../n8n/install';
import { BUNDLED_NODE_VERSION } from '../n8n/node-runtime';
import { repoRoot } from '../n8n/paths';
import { runE2eSuite, SuiteResult } from './jest-run';
import { formatTable } from './table';

/** The pinned n8n lines the package is checked against; `version:runtime` picks a Node. */
// 1.123.81 needs Node 24: its default expression engine loads isolated-vm, prebuilt for 22+.
const DEFAULT_TARGETS = ['2.41.1', '2.8.4:system', '1.123.81:bundled'];

interface Target {
	version: string;
	runtime?: NodeRuntime;
}

interface Outcome {
	target: Target;
	runtime?: NodeRuntime;
	install: string;
	suite?: SuiteResult;
	error?: string;
}

function parseTarget(text: string): Target {
	const [version, runtime] = text.split(':');
	if (runtime !== undefined && runtime !== 'system' && runtime !== 'bundled') {
		throw new Error(`runtime in '${text}' must be 'system' or 'bundled'`);
	}
	return { version, runtime };
}

async function check(target: Target, logDir: string): Promise<Outcome> {
	const cached = readInstall(target.version);
	let install = cached;
	try {
		install = await installN8n(target.version, { runtime: target.runtime });
	} catch (error) {
		return { target, install: 'failed', error: (error as Error).message };
	}
	// A cached install shows the time its own cold install took.
	const installText = cached
		? `cached (${cached.installSeconds} s)`
		: `${install.installSeconds} s`;
	const runtime = target.runtime ?? install.runtime;

	const logFile = path.join(logDir, `e2e-${target.version}-${runtime}.log`);
	console.log(`Running the e2e suite on n8n ${target.version} (${runtime}), log: ${logFile}`);
	const suite = await runE2eSuite(target.version, runtime, logFile);
	return { target, runtime, install: installText, suite };
}

function nodeVersion(runtime: NodeRuntime | undefined): string {
	if (runtime === undefined) return '-';
	return runtime === 'bundled' ? BUNDLED_NODE_VERSION : process.versions.node;
}

function row(outcome: Outcome): string[] {
	const suite = outcome.suite;
	return [
		outcome.target.version,
		nodeVersion(outcome.runtime),
		outcome.install,
		suite ? String(suite.passed) : '-',
		suite ? String(suite.failed) : '-',
		suite ? `${suite.seconds} s` : '-',
		outcome.error ?? suite?.error ?? '',
	];
}

async function main(argv: string[]): Promise<void> {
	const targets = (argv.length ? argv : DEFAULT_TARGETS).map(parseTarget);
	const logDir = path.join(repoRoot(), '.artifacts', 'compat');
	mkdirSync(logDir, { recursive: true });

	const outcomes: Outcome[] = [];
	for (const target of targets) outcomes.push(await check(target, logDir));

	const header = ['n8n', 'Node', 'install', 'passed', 'failed', 'e2e time', 'note'];
	console.log(`\n${formatTable(header, outcomes.map(row))}`);
	for (const outcome of outcomes.filter((item) => item.error)) {
		console.error(`\nn8n ${outcome.target.version}: ${outcome.error}`);
	}
	const bad = outcomes.some((item) => item.error || !item.suite || item.suite.error);
	if (bad || outcomes.some((item) => (item.suite?.failed ?? 0) > 0)) process.exitCode = 1;
}

main(process.argv.slice(2)).catch((error: Error) => {
	console.error(error.message);
	process.exitCode = 1;
});
