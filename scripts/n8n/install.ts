import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { REGISTRY_OVERRIDES } from '../compat/overrides';
import {
	BUNDLED_NODE_VERSION,
	ensureBundledNode,
	npmInstallArgs,
	systemNodeSatisfies,
	writeManifest,
} from './node-runtime';
import { runNpm } from './npm';
import { n8nInstallDir } from './paths';

/** `system`: the Node running this script; `bundled`: the Node 24 from the npm registry. */
export type NodeRuntime = 'system' | 'bundled';

export interface N8nInstall {
	version: string;
	dir: string;
	/** n8n's own start script, run as `node <n8nScript> <command>`. */
	n8nScript: string;
	engines: string;
	/** The runtime n8n's `engines` call for; `InstanceOptions.runtime` can pick the other. */
	runtime: NodeRuntime;
	installedAt: string;
	installSeconds: number;
}

export interface InstallOptions {
	/** `auto` (default) picks the system Node when n8n's `engines` allow it. */
	runtime?: NodeRuntime | 'auto';
}

const MARKER = 'install-complete.json';

/** Installs a pinned n8n into the cache, or returns the complete install already there. */
export async function installN8n(
	version: string,
	options: InstallOptions = {},
): Promise<N8nInstall> {
	if (!/^\d+\.\d+\.\d+$/.test(version)) {
		throw new Error(`n8n version must be pinned as X.Y.Z, got '${version}'`);
	}

	const existing = readInstall(version);
	if (existing) {
		console.log(`n8n ${version} already installed in ${existing.dir}`);
		if (chooseRuntime(existing.engines, options) === 'bundled') await ensureBundledNode();
		return existing;
	}

	const dir = n8nInstallDir(version);
	const started = Date.now();
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	writeManifest(dir, { n8n: version }, REGISTRY_OVERRIDES);
	const logFile = path.join(dir, 'npm.log');

	console.log(`Installing n8n ${version} into ${dir} (npm log: ${logFile})`);
	await runNpm({ cwd: dir, args: npmInstallArgs(), logFile });
	console.log(`  npm install done in ${secondsSince(started)} s`);

	const engines = readEngines(dir);
	const runtime = chooseRuntime(engines, options);
	const nodeBinDir = runtime === 'bundled' ? await ensureBundledNode() : undefined;

	// sqlite3 is the one native module n8n needs to start; N-API keeps it valid on Node 20 and 24.
	// Built from source: its prebuilt binaries would be fetched from github.com.
	const rebuildStarted = Date.now();
	const nodeVersion = runtime === 'bundled' ? BUNDLED_NODE_VERSION : process.versions.node;
	console.log(`Building sqlite3 with Node ${nodeVersion}`);
	await runNpm({
		cwd: dir,
		args: [
			'rebuild',
			'sqlite3',
			'--ignore-scripts=false',
			'--build-from-source',
			'--foreground-scripts',
		],
		logFile,
		env: withNodeOnPath(nodeBinDir),
	});
	console.log(`  sqlite3 built in ${secondsSince(rebuildStarted)} s`);
	checkSqlite(dir, nodeBinDir);

	const install: N8nInstall = {
		version,
		dir,
		n8nScript: path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
		engines,
		runtime,
		installedAt: new Date().toISOString(),
		installSeconds: secondsSince(started),
	};
	writeFileSync(path.join(dir, MARKER), JSON.stringify(install, null, '\t') + '\n');
	console.log(`n8n ${version} installed in ${install.installSeconds} s (runtime: ${runtime})`);
	return install;
}

/** A complete install of `version`, or undefined when none finished. */
export function readInstall(version: string): N8nInstall | undefined {
	const marker = path.join(n8nInstallDir(version), MARKER);
	if (!existsSync(marker)) return undefined;
	const install = JSON.parse(readFileSync(marker, 'utf8')) as N8nInstall;
	return existsSync(install.n8nScript) ? install : undefined;
}

export function chooseRuntime(engines: string, options: InstallOptions): NodeRuntime {
	const wanted = options.runtime ?? 'auto';
	if (wanted !== 'auto') return wanted;
	return systemNodeSatisfies(engines) ? 'system' : 'bundled';
}

export function withNodeOnPath(nodeBinDir: string | undefined): NodeJS.ProcessEnv {
	if (!nodeBinDir) return {};
	return { PATH: `${nodeBinDir}${path.delimiter}${process.env.PATH ?? ''}` };
}

function readEngines(dir: string): string {
	const manifestFile = path.join(dir, 'node_modules', 'n8n', 'package.json');
	const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
		engines?: { node?: string };
	};
	return manifest.engines?.node ?? '';
}

function checkSqlite(dir: string, nodeBinDir: string | undefined): void {
	const node = nodeBinDir ? path.join(nodeBinDir, 'node') : process.execPath;
	const probe = spawnSync(node, ['-e', "require('sqlite3')"], { cwd: dir, encoding: 'utf8' });
	if (probe.status !== 0) {
		throw new Error(`sqlite3 does not load after the rebuild:\n${probe.stderr}`);
	}
}

function secondsSince(started: number): number {
	return Math.round((Date.now() - started) / 1000);
}

async function main(argv: string[]): Promise<void> {
	const [version, runtimeFlag] = argv;
	if (!version) throw new Error('usage: install.js <n8n version> [--runtime=system|bundled]');

	const runtime = runtimeFlag?.replace(/^--runtime=/, '') as NodeRuntime | undefined;
	if (runtime && runtime !== 'system' && runtime !== 'bundled') {
		throw new Error(`unknown runtime '${runtime}'`);
	}
	await installN8n(version, { runtime });
}

if (require.main === module) {
	main(process.argv.slice(2)).catch((error: Error) => {
		console.error(error.message);
		process.exitCode = 1;
	});
}
