import {
	describeMismatch,
	reportUnreviewedMismatches,
	type Sandbox,
	type SpecMismatch,
} from '../../sandbox';

/**
 * Fails when a sandbox received a request or sent an answer that the official spec does not
 * allow. Given a sandbox, checks that one; without, every sandbox this test file started.
 * Each mismatch fails one check only: it is consumed once reported.
 */
export function expectSpecConformance(sandbox?: Pick<Sandbox, 'spec'>): void {
	const mismatches: SpecMismatch[] = sandbox
		? sandbox.spec.reportMismatches()
		: reportUnreviewedMismatches();
	if (mismatches.length === 0) return;

	const count = mismatches.length === 1 ? '1 mismatch' : `${mismatches.length} mismatches`;
	throw new Error(
		`The DigitalOcean API sandbox found ${count} with the OpenAPI spec:\n` +
			mismatches.map(describeMismatch).join('\n'),
	);
}
