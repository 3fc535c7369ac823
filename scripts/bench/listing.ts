import type { BenchHarness, Execution } from './harness';
import { nodeTimeMs } from './harness';
import { round, summarize, type Summary } from './stats';
import { DO_NODE, chain, digitalOcean, items } from './workflows';

export const DROPLET_COUNT = 10_000;

/** The fewest requests that can read a listing at the API's largest page. */
const MAX_PAGE_SIZE = 200;

export interface ListingResult {
	objects: number;
	requests: Summary;
	floorRequests: number;
	perPage: string[];
	nodeMs: Summary;
	wallMs: Summary;
	peakRssMb?: Summary;
	/** The same figure for a workflow that emits one item and calls nothing. */
	baselinePeakRssMb?: Summary;
}

/** List Droplets (Return All) over 10,000 droplets, and List Regions, with default pacing. */
export async function benchListing(
	harness: BenchHarness,
	runs: number,
): Promise<Record<string, ListingResult>> {
	const sandbox = await harness.freshSandbox();
	sandbox.addDroplets(DROPLET_COUNT);
	const regionCount = sandbox.store.regions.length;
	await harness.importWorkflows([
		chain('benchListDrplets', [digitalOcean({ action: 'list', returnAll: true })]),
		chain('benchListRegions', [digitalOcean({ action: 'get-region' })]),
		chain('benchMemBaseline', [items(1, 1)]),
	]);

	const baseline: Execution[] = [];
	for (let run = 0; run < runs; run++)
		baseline.push(await harness.execute('benchMemBaseline', { resetForRetry: () => undefined }));
	const baselinePeak = peaks(baseline);

	const measure = async (workflowId: string, path: string, objects: number) => {
		const executions: Execution[] = [];
		const requests: number[] = [];
		const perPage = new Set<string>();
		for (let run = 0; run < runs; run++) {
			sandbox.requests.clear();
			const execution = await harness.execute(workflowId, {
				resetForRetry: () => sandbox.requests.clear(),
			});
			const output = execution.run.data.resultData.runData[DO_NODE]?.[0]?.data?.main[0] ?? [];
			if (output.length !== objects) {
				throw new Error(`${workflowId} gave ${output.length} items, not ${objects}`);
			}
			const sent = sandbox.requests.filter('GET', path);
			for (const request of sent) perPage.add(String(request.query.per_page));
			requests.push(sandbox.requests.entries.length);
			executions.push(execution);
		}
		console.log(`  ${workflowId}: ${requests.join(', ')} requests`);
		return {
			objects,
			requests: summarize(requests),
			floorRequests: Math.ceil(objects / MAX_PAGE_SIZE),
			perPage: [...perPage],
			nodeMs: summarize(executions.map(({ run }) => nodeTimeMs(run, DO_NODE))),
			wallMs: summarize(executions.map(({ wallMs }) => wallMs)),
			peakRssMb: peaks(executions),
			baselinePeakRssMb: baselinePeak,
		};
	};

	return {
		droplets: await measure('benchListDrplets', '/v2/droplets', DROPLET_COUNT),
		regions: await measure('benchListRegions', '/v2/regions', regionCount),
	};
}

function peaks(executions: Execution[]): Summary | undefined {
	const values = executions.map(({ peakRssMb }) => peakRssMb);
	if (values.some((value) => value === undefined)) return undefined;
	return summarize(values.map((value) => round(value ?? 0, 1)));
}
