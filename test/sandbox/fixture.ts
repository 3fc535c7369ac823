import { ManualClock, startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox';
import { expectSpecConformance } from '../support/spec-conformance';

/** Where every test's manual clock starts. */
export const START = Date.parse('2026-03-02T10:00:00Z');

export interface SandboxFixture {
	sandbox: Sandbox;
	clock: ManualClock;
}

/**
 * A fresh seeded sandbox for each test, on a manual clock; after each test it must have seen
 * nothing off-spec (tests that provoke mismatches take them first).
 */
export function useSandbox(options: SandboxOptions = {}): SandboxFixture {
	const fixture = {} as SandboxFixture;

	beforeEach(async () => {
		fixture.clock = new ManualClock(START);
		fixture.sandbox = await startSandbox({ clock: fixture.clock, ...options });
	});

	afterEach(async () => {
		try {
			expectSpecConformance(fixture.sandbox);
		} finally {
			await fixture.sandbox.close();
		}
	});

	return fixture;
}

export const UBUNTU = { region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };
