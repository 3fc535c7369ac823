import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { nodeFor } from '../n8n/cli';
import { repoRoot } from '../n8n/paths';
import { summarize, type Summary } from './stats';

const LOAD_RUNS = 5;

export interface FootprintResult {
	distKb: number;
	distFiles: number;
	/** Only what n8n loads: the .js files and icons, without source maps and type declarations. */
	loadedKb: number;
	runtimeDependencies: string[];
	/** Milliseconds to require the node and credential in a fresh process, n8n-workflow loaded. */
	loadMs: Record<string, Summary>;
}

export async function benchFootprint(): Promise<FootprintResult> {
	const root = repoRoot();
	const files = filesUnder(path.join(root, 'dist'));
	const size = (list: string[]) => list.reduce((total, file) => total + statSync(file).size, 0);
	const loaded = files.filter((file) => !/\.(map|d\.ts)$/.test(file));
	const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
		dependencies?: Record<string, string>;
	};

	const loadMs: Record<string, Summary> = {};
	for (const runtime of ['system', 'bundled'] as const) {
		const { node } = await nodeFor(runtime);
		const times = Array.from({ length: LOAD_RUNS }, () => timeLoad(node, root));
		loadMs[`node ${execFileSync(node, ['--version']).toString().trim()}`] = summarize(times);
	}

	return {
		distKb: Math.round(size(files) / 1024),
		distFiles: files.length,
		loadedKb: Math.round(size(loaded) / 1024),
		runtimeDependencies: Object.keys(manifest.dependencies ?? {}),
		loadMs,
	};
}

/** n8n has n8n-workflow loaded before any community node, so only our own modules are timed. */
const LOAD_SCRIPT = `
require('n8n-workflow');
const started = process.hrtime.bigint();
const { DigitalOcean } = require('./dist/nodes/DigitalOcean/DigitalOcean.node.js');
const { DigitalOceanApi } = require('./dist/credentials/DigitalOceanApi.credentials.js');
new DigitalOcean();
new DigitalOceanApi();
process.stdout.write(String(Number(process.hrtime.bigint() - started) / 1e6));
`;

function timeLoad(node: string, root: string): number {
	return Number(execFileSync(node, ['-e', LOAD_SCRIPT], { cwd: root }).toString());
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? filesUnder(full) : [full];
	});
}
