import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preloadSpec, SPEC_STATS_DIR_VARIABLE } from '../../sandbox';

/** Jest globalSetup: a directory for every sandbox's spec-check counts, and a warm spec cache. */
export default async function specGlobalSetup(): Promise<void> {
	// Workers start after this and inherit the variable.
	process.env[SPEC_STATS_DIR_VARIABLE] = mkdtempSync(join(tmpdir(), 'do-sandbox-spec-'));
	await preloadSpec();
}
