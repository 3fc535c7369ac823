import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PACKAGE_NAME = 'n8n-nodes-digitalocean';

/** The repository root, found from this file whether it runs from `scripts/` or `build/`. */
export function repoRoot(): string {
	let dir = __dirname;
	for (;;) {
		const manifest = path.join(dir, 'package.json');
		if (existsSync(manifest) && readManifestName(manifest) === PACKAGE_NAME) return dir;
		const parent = path.dirname(dir);
		if (parent === dir) throw new Error(`no ${PACKAGE_NAME} package.json above ${__dirname}`);
		dir = parent;
	}
}

function readManifestName(file: string): string | undefined {
	const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string };
	return manifest.name;
}

/**
 * CI clones the repository afresh, so `N8N_E2E_CACHE_DIR` lets a machine keep one install
 * outside the clone and reuse it across runs.
 */
export function cacheRoot(): string {
	return process.env.N8N_E2E_CACHE_DIR ?? path.join(repoRoot(), '.cache', 'n8n');
}

export function n8nInstallDir(version: string): string {
	return path.join(cacheRoot(), version);
}

export function nodeRuntimeDir(nodeVersion: string): string {
	return path.join(cacheRoot(), `node-${nodeVersion}`);
}
