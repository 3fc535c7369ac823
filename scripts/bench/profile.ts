import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { repoRoot } from '../n8n/paths';
import { BenchHarness } from './harness';
import { ITEM_COUNT } from './perItem';
import {
	NO_PACING,
	chain,
	digitalOcean,
	dropletFromItem,
	helperLoop,
	httpGetDroplet,
	items,
} from './workflows';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/**
 * Where the n8n process spends its time in one per-item run: a V8 CPU profile of the whole
 * `n8n execute`, summed by function (self time) and by package, written to .artifacts/bench.
 */
async function main(): Promise<void> {
	const { values } = parseArgs({ options: { variant: { type: 'string', default: 'node' } } });
	const dir = path.join(repoRoot(), '.artifacts', 'bench', `profile-${values.variant}`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });

	const harness = await BenchHarness.create();
	try {
		const sandbox = await harness.freshSandbox();
		const firstId = sandbox.addDroplets(ITEM_COUNT)[0].id;
		const nodes = {
			node: digitalOcean({
				action: 'detail',
				droplet: dropletFromItem,
				simplify: false,
				options: NO_PACING,
			}),
			literal: digitalOcean({
				action: 'detail',
				droplet: { ...dropletFromItem, value: String(firstId) },
				simplify: false,
				options: NO_PACING,
			}),
			http: httpGetDroplet(harness.baseUrl),
			floor: helperLoop,
		};
		const target = nodes[values.variant as keyof typeof nodes];
		await harness.importWorkflows([
			chain('benchProfileRun1', [items(firstId, ITEM_COUNT), target]),
		]);
		const counter = path.join(__dirname, 'countExpressions.js');
		const result = await harness.n8n.command(['execute', '--id=benchProfileRun1', '--rawOutput'], {
			env: { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${dir} --require=${counter}` },
			allowFailure: true,
		});
		printExpressionCounts(result.stderr);
	} finally {
		await harness.dispose();
	}

	const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
	if (!file) throw new Error(`no profile in ${dir}`);
	summarizeProfile(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile);
	console.log(`profile: ${path.join(dir, file)}`);
}

function printExpressionCounts(stderr: string): void {
	const line = stderr.split('\n').find((text) => text.startsWith('EXPRESSION-COUNTS '));
	if (!line) return console.log('no expression counts');
	const counts = JSON.parse(line.slice('EXPRESSION-COUNTS '.length)) as Array<[string, number]>;
	console.log('\nexpressions evaluated (count, text)');
	for (const [text, count] of counts) console.log(`${String(count).padStart(7)}  ${text}`);
}

function summarizeProfile(profile: CpuProfile): void {
	const selfMs = new Map<number, number>();
	profile.samples.forEach((id, index) => {
		selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
	});

	const byFunction = new Map<string, number>();
	const byPackage = new Map<string, number>();
	for (const node of profile.nodes) {
		const ms = selfMs.get(node.id) ?? 0;
		const { functionName, url, lineNumber } = node.callFrame;
		const where = `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}`;
		byFunction.set(where, (byFunction.get(where) ?? 0) + ms);
		byPackage.set(packageOf(url), (byPackage.get(packageOf(url)) ?? 0) + ms);
	}
	print('self time by package', byPackage, 15);
	print('self time by function', byFunction, 40);
}

function print(title: string, totals: Map<string, number>, top: number): void {
	console.log(`\n${title}`);
	const sorted = [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
	for (const [name, ms] of sorted) console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
}

function packageOf(url: string): string {
	const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(url);
	if (match) return match[1];
	return url ? shortUrl(url) : '(native/gc/idle)';
}

function shortUrl(url: string): string {
	return url.replace(/^.*node_modules\//, '').replace(/^file:\/\//, '');
}

main().catch((error: Error) => {
	console.error(error.stack ?? error.message);
	process.exit(1);
});
