import { existsSync } from 'node:fs';
import type { Route } from '../router';
import { SpecConformance } from './conformance';
import { loadServedSpec } from './load';
import { defaultSpecFile } from './locate';
import { SPEC_STATS_DIR_VARIABLE } from './stats';

let absenceNoted = false;

/**
 * The checker for a new sandbox. Without the spec (a clone away from ../shared) checking is
 * skipped, said once per process, or once per test run when the run collects totals.
 */
export async function openSpecConformance(
	option: { file?: string } | false | undefined,
	routes: readonly Route[],
): Promise<SpecConformance> {
	if (option === false) return SpecConformance.off();

	const file = option?.file ?? defaultSpecFile();
	if (!existsSync(file)) {
		const reason = `no OpenAPI spec at ${file}`;
		if (!absenceNoted && !process.env[SPEC_STATS_DIR_VARIABLE]) {
			process.stderr.write(`DigitalOcean API sandbox: spec checks skipped, ${reason}\n`);
		}
		absenceNoted = true;
		return SpecConformance.skipped(reason);
	}

	return SpecConformance.checking(await loadServedSpec(file, servedOperations(routes)));
}

/**
 * Loads the served spec into the disk cache ahead of a test run, so parallel workers read it
 * instead of each building it. Returns why checking will be skipped, if it will.
 */
export async function preloadServedSpec(routes: readonly Route[]): Promise<string | undefined> {
	const file = defaultSpecFile();
	if (!existsSync(file)) return `no OpenAPI spec at ${file}`;
	await loadServedSpec(file, servedOperations(routes));
	return undefined;
}

function servedOperations(routes: readonly Route[]) {
	return routes.map(({ method, path }) => ({ method, path }));
}
