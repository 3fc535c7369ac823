import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SpecConformance } from './conformance';

/**
 * Names a directory where every sandbox of a test run adds its counts when it closes, so the
 * run can print one total across jest workers (see test/support/spec-global-*.ts).
 */
export const SPEC_STATS_DIR_VARIABLE = 'DO_SANDBOX_SPEC_STATS_DIR';

export interface SpecTotals {
	sandboxes: number;
	requests: number;
	responses: number;
	exempt: number;
	mismatches: number;
	/** Why checking was skipped, if it was. */
	skipped?: string;
}

/** Adds one sandbox's counts to the run's; false when no run is collecting them. */
export function addToRunTotals(conformance: SpecConformance): boolean {
	const directory = process.env[SPEC_STATS_DIR_VARIABLE];
	if (!directory || (!conformance.enabled && !conformance.skipReason)) return false;

	const line: SpecTotals = {
		sandboxes: 1,
		requests: conformance.requestsChecked,
		responses: conformance.responsesChecked,
		exempt: conformance.responsesExempt,
		mismatches: conformance.failures,
		...(conformance.skipReason ? { skipped: conformance.skipReason } : {}),
	};
	// One file per process: appends of short lines from one writer never interleave.
	appendFileSync(join(directory, `${process.pid}.jsonl`), `${JSON.stringify(line)}\n`);
	return true;
}

export function readRunTotals(directory: string): SpecTotals {
	const totals: SpecTotals = { sandboxes: 0, requests: 0, responses: 0, exempt: 0, mismatches: 0 };
	for (const file of readdirSync(directory).filter((name) => name.endsWith('.jsonl'))) {
		for (const line of readFileSync(join(directory, file), 'utf8').split('\n')) {
			if (!line) continue;
			const counts = JSON.parse(line) as SpecTotals;
			totals.sandboxes += counts.sandboxes;
			totals.requests += counts.requests;
			totals.responses += counts.responses;
			totals.exempt += counts.exempt;
			totals.mismatches += counts.mismatches;
			totals.skipped ??= counts.skipped;
		}
	}
	return totals;
}

export function describeRunTotals(totals: SpecTotals): string {
	if (totals.skipped) return `DigitalOcean API sandbox: spec checks skipped (${totals.skipped})`;
	return (
		`DigitalOcean API sandbox: ${count(totals.requests, 'request')} and ` +
		`${count(totals.responses, 'response')} checked against the OpenAPI spec ` +
		`(${count(totals.exempt, 'off-spec fault answer')} exempt) in ` +
		`${count(totals.sandboxes, 'sandbox', 'sandboxes')}; ` +
		count(totals.mismatches, 'mismatch', 'mismatches')
	);
}

function count(value: number, one: string, many = `${one}s`): string {
	return `${value} ${value === 1 ? one : many}`;
}
