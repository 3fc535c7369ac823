import { expectSpecConformance } from './spec-conformance';

// Wired as a jest `setupFilesAfterEnv` entry: the test during which a sandbox saw an off-spec
// request or sent an off-spec answer fails, naming the operation and what did not match.
afterEach(() => {
	expectSpecConformance();
});
