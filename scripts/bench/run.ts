import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { DEFAULT_N8N_VERSION } from '../n8n/instance';
import { BUNDLED_NODE_VERSION } from '../n8n/node-runtime';
import { repoRoot } from '../n8n/paths';
import { ConnectionCounter } from './connections';
import { benchFootprint } from './footprint';
import { BenchHarness } from './harness';
import { benchListing } from './listing';
import { benchPacing } from './pacing';
import { benchPerItem } from './perItem';
import { printReport, type Results } from './report';
import { benchWaiting } from './waiting';

const SUITES = ['per-item', 'listing', 'waiting', 'pacing', 'footprint'] as const;

/**
 * The suites asked for with `--only`, repeated or comma-separated; all when none. An unknown name
 * stops the run at once rather than after minutes of setting up for nothing.
 */
function selectedSuites(only: string[] | undefined): Set<string> {
	if (!only) return new Set(SUITES);
	const names = only.flatMap((value) => value.split(',')).map((name) => name.trim());
	const unknown = names.filter((name) => !(SUITES as readonly string[]).includes(name));
	if (unknown.length) {
		throw new Error(`Unknown suite ${unknown.join(', ')}; the suites are ${SUITES.join(', ')}`);
	}
	return new Set(names);
}

/** `npm run bench`: every suite against the sandbox on loopback, in the pinned n8n. */
async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			only: { type: 'string', multiple: true },
			'per-item-runs': { type: 'string', default: '5' },
			runs: { type: 'string', default: '3' },
			'pacing-limit': { type: 'string', default: '300' },
			out: { type: 'string', default: 'results.json' },
		},
	});
	const selected = selectedSuites(values.only);
	const runs = Number(values.runs);
	const results: Results = { machine: machine() };

	const counter = new ConnectionCounter();
	const harness = await BenchHarness.create();
	try {
		if (selected.has('per-item')) {
			console.log('Per-item cost');
			results.perItem = await benchPerItem(harness, counter, Number(values['per-item-runs']));
		}
		if (selected.has('listing')) {
			console.log('Request economy of listings');
			results.listing = await benchListing(harness, runs);
		}
		if (selected.has('waiting')) {
			console.log('Wait economy');
			results.waiting = await benchWaiting(harness, runs);
		}
		if (selected.has('pacing')) {
			console.log('Pacing');
			results.pacing = await benchPacing(harness, runs, Number(values['pacing-limit']));
		}
		results.machine.truncatedOutputs = harness.truncatedOutputs;
	} finally {
		counter.close();
		await harness.dispose();
	}
	if (selected.has('footprint')) results.footprint = await benchFootprint();
	results.machine.loadAverageAfter = os.loadavg();

	printReport(results);
	const dir = path.join(repoRoot(), '.artifacts', 'bench');
	mkdirSync(dir, { recursive: true });
	const file = path.join(dir, path.basename(values.out));
	writeFileSync(file, JSON.stringify(results, null, '\t') + '\n');
	console.log(`\nwritten to ${file}`);
}

function machine() {
	const cpus = os.cpus();
	return {
		cores: cpus.length,
		cpu: cpus[0]?.model,
		memoryGb: Math.round(os.totalmem() / 2 ** 30),
		benchNode: process.version,
		n8nNode: `v${BUNDLED_NODE_VERSION}`,
		n8n: DEFAULT_N8N_VERSION,
		loadAverageBefore: os.loadavg(),
		date: new Date().toISOString(),
	};
}

main().catch((error: Error) => {
	console.error(error.stack ?? error.message);
	process.exit(1);
});
