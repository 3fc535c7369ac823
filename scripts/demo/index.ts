import { parseArgs } from 'node:util';

import { runHeadless } from './headless';
import { runInteractive } from './interactive';

const USAGE = `usage: npm run demo -- [options]
  --port=N           n8n editor port on 127.0.0.1 (default 5678)
  --sandbox-port=N   DigitalOcean API sandbox port on 127.0.0.1 (default 8181)
  --headless         run the provisioning example once, print its result and exit`;

async function main(): Promise<number | undefined> {
	const { values } = parseArgs({
		options: {
			port: { type: 'string', default: '5678' },
			'sandbox-port': { type: 'string', default: '8181' },
			headless: { type: 'boolean', default: false },
			help: { type: 'boolean', default: false },
		},
	});
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	if (values.headless) return await runHeadless();

	await runInteractive({ editor: port(values.port), sandbox: port(values['sandbox-port']) });
	return undefined;
}

function port(value: string): number {
	const number = Number(value);
	if (!Number.isInteger(number) || number < 1 || number > 65535) {
		throw new Error(`not a port: ${value}\n${USAGE}`);
	}
	return number;
}

main().then(
	(exitCode) => {
		if (exitCode !== undefined) process.exit(exitCode);
	},
	(error: Error) => {
		console.error(error.message);
		process.exit(1);
	},
);
