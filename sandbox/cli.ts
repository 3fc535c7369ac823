import { parseArgs } from 'node:util';
import { describeMismatch, SANDBOX_TOKEN, startSandbox } from './index';

const USAGE = `Usage: node build/sandbox/cli.js [--port N] [--token T] [--droplets N] [--rate-limit]

Starts the seeded DigitalOcean API sandbox on 127.0.0.1 until Ctrl-C.
  --port N       port to listen on (default 8181; 0 picks a free one)
  --token T      API token the sandbox accepts (default ${SANDBOX_TOKEN})
  --droplets N   add N more active droplets to the seeded ones
  --rate-limit   enforce the API's 250 requests per minute`;

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			port: { type: 'string', default: '8181' },
			token: { type: 'string', default: SANDBOX_TOKEN },
			droplets: { type: 'string', default: '0' },
			'rate-limit': { type: 'boolean', default: false },
			help: { type: 'boolean', default: false },
		},
	});
	if (values.help) {
		process.stdout.write(`${USAGE}\n`);
		return;
	}

	const port = Number(values.port);
	const droplets = Number(values.droplets);
	if (!Number.isInteger(port) || port < 0 || !Number.isInteger(droplets) || droplets < 0) {
		throw new Error(`--port and --droplets take whole numbers\n\n${USAGE}`);
	}

	const sandbox = await startSandbox({
		port,
		token: values.token,
		rateLimit: { burst: values['rate-limit'], retryAfter: true },
	});
	if (droplets > 0) sandbox.addDroplets(droplets);
	sandbox.spec.onMismatch = (mismatch) => {
		process.stderr.write(`Off-spec ${describeMismatch(mismatch)}\n`);
	};

	process.stdout.write(
		[
			'DigitalOcean API sandbox is running. In the n8n credential, set:',
			`  Base URL:   ${sandbox.url}`,
			`  API Token:  ${sandbox.token}`,
			`Droplets: ${sandbox.store.dropletCount}. Spec checks: ${describeChecks(sandbox.spec)}.`,
			'Press Ctrl-C to stop.',
			'',
		].join('\n'),
	);

	const stop = () => {
		const { requestsChecked, responsesChecked, mismatches } = sandbox.spec;
		process.stdout.write(
			`\nStopping. Checked ${requestsChecked} requests and ${responsesChecked} responses; ` +
				`${mismatches.length} did not match the spec.\n`,
		);
		void sandbox.close().then(() => process.exit(0));
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

function describeChecks(spec: { enabled: boolean; skipReason?: string }): string {
	return spec.enabled ? 'on' : `off (${spec.skipReason ?? 'turned off'})`;
}

main().catch((error: unknown) => {
	process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
	process.exit(1);
});
