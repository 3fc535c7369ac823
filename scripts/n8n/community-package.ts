import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface PackageManifest {
	name: string;
	version: string;
	n8n?: { nodes?: string[]; credentials?: string[] };
}

/**
 * Places a built node package where n8n's Community Nodes screen would have put it. n8n scans
 * `<user folder>/.n8n/nodes/node_modules/n8n-nodes-*` at start and names its nodes
 * `<package>.<node>`; it needs no database row to load them.
 */
export function installCommunityPackage(userFolder: string, packageDir: string): string {
	const manifest = readManifest(packageDir);
	for (const file of [...(manifest.n8n?.nodes ?? []), ...(manifest.n8n?.credentials ?? [])]) {
		if (!existsSync(path.join(packageDir, file))) {
			throw new Error(`${manifest.name} is not built: ${file} is missing (run npm run build)`);
		}
	}

	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const target = path.join(nodesDir, 'node_modules', manifest.name);
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });

	// A copy, not a link: a real install has no repo node_modules beside it, so `n8n-workflow`
	// must resolve to n8n's own copy, as it does for users.
	cpSync(path.join(packageDir, 'package.json'), path.join(target, 'package.json'));
	cpSync(path.join(packageDir, 'dist'), path.join(target, 'dist'), { recursive: true });

	const nodesManifest = {
		name: 'installed-nodes',
		private: true,
		dependencies: { [manifest.name]: manifest.version },
	};
	writeFileSync(path.join(nodesDir, 'package.json'), JSON.stringify(nodesManifest, null, '\t'));
	return target;
}

function readManifest(packageDir: string): PackageManifest {
	return JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as PackageManifest;
}
