import { describeMismatch, startSandbox, type Sandbox } from '../../sandbox';

/** Slow enough to watch a droplet boot and stop in the editor, quick enough not to bore. */
const DEMO_TIMING = { createMs: 8000, networksMs: 0, actionMs: 3000, deleteLingerMs: 0 };

/** The seeded sandbox on 127.0.0.1; off-spec traffic is reported on stderr as it happens. */
export async function startDemoSandbox(port: number): Promise<Sandbox> {
	const sandbox = await startSandbox({
		port,
		timing: DEMO_TIMING,
		rateLimit: { retryAfter: true },
	}).catch((error: NodeJS.ErrnoException) => {
		if (error.code !== 'EADDRINUSE') throw error;
		throw new Error(`port ${port} is in use: stop what runs there or pass --sandbox-port=N`);
	});
	sandbox.spec.onMismatch = (mismatch) => {
		process.stderr.write(`Sandbox: off-spec ${describeMismatch(mismatch)}\n`);
	};
	return sandbox;
}

export function describeSpecChecks(sandbox: Sandbox): string {
	const { enabled, skipReason, requestsChecked, responsesChecked, mismatches } = sandbox.spec;
	if (!enabled) return `spec checks off (${skipReason ?? 'turned off'})`;
	return (
		`${requestsChecked} requests and ${responsesChecked} responses checked against ` +
		`DigitalOcean's OpenAPI spec, ${mismatches.length} mismatches`
	);
}
