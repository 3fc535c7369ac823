import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The directory holding the project's package.json, from source or from `build/`. */
export function repoRoot(from: string = __dirname): string {
	let directory = resolve(from);
	while (!existsSync(join(directory, 'package.json'))) {
		const parent = dirname(directory);
		if (parent === directory) throw new Error(`No package.json above ${from}`);
		directory = parent;
	}
	return directory;
}

/** The official spec, in the shared folder beside the repository (never inside it). */
export function defaultSpecFile(): string {
	return resolve(
		repoRoot(),
		'..',
		'shared',
		'do-openapi',
		'specification',
		'DigitalOcean-public.v2.yaml',
	);
}

/** Where the pruned, dereferenced spec is kept between processes (git-ignored). */
export function specCacheDirectory(): string {
	return join(repoRoot(), '.cache', 'do-api-sandbox');
}
