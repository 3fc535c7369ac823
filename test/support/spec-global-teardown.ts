import { rmSync } from 'node:fs';
import { describeRunTotals, readRunTotals, SPEC_STATS_DIR_VARIABLE } from '../../sandbox';

/** Jest globalTeardown: one line with what all sandboxes of the run checked against the spec. */
export default function specGlobalTeardown(): void {
	const directory = process.env[SPEC_STATS_DIR_VARIABLE];
	if (!directory) return;

	const totals = readRunTotals(directory);
	if (totals.sandboxes > 0) process.stdout.write(`\n${describeRunTotals(totals)}\n`);
	rmSync(directory, { recursive: true, force: true });
	delete process.env[SPEC_STATS_DIR_VARIABLE];
}
