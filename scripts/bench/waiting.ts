import type { BenchHarness } from './harness';
import { nodeTimeMs } from './harness';
import { round, summarize, type Summary } from './stats';
import { DO_NODE, NO_PACING, chain, digitalOcean, dropletFromItem, items } from './workflows';

const DROPLET_COUNT = 100;
const ACTION_MS = 5_000;
const POLL_INTERVAL_S = 2;

export interface WaitingResult {
	droplets: number;
	actionMs: number;
	pollIntervalMs: number;
	requests: Summary;
	requestsPerDroplet: Summary;
	/** How long after the action really finished the item's last request was made. */
	lateByMsMedian: Summary;
	lateByMsMax: Summary;
	nodeMs: Summary;
}

/** 100 droplets started with Wait for Completion, each action finishing after ACTION_MS. */
export async function benchWaiting(harness: BenchHarness, runs: number): Promise<WaitingResult> {
	const startAndWait = digitalOcean({
		action: 'start',
		droplet: dropletFromItem,
		waitForCompletion: true,
		waitTimeout: 120,
		pollInterval: POLL_INTERVAL_S,
		options: NO_PACING,
	});

	const requests: number[] = [];
	const lateMedian: number[] = [];
	const lateMax: number[] = [];
	const nodeMs: number[] = [];
	for (let run = 0; run < runs; run++) {
		const sandbox = await harness.freshSandbox({ timing: { actionMs: ACTION_MS } });
		const ids = Array.from(
			{ length: DROPLET_COUNT },
			(_, index) => sandbox.addDroplet({ name: `off-${index}`, status: 'off' }).id,
		);
		if (run === 0) {
			await harness.importWorkflows([
				chain('benchWaitStarts1', [items(ids[0], DROPLET_COUNT), startAndWait]),
			]);
		}

		const { run: result } = await harness.execute('benchWaitStarts1');
		const output = result.data.resultData.runData[DO_NODE]?.[0]?.data?.main[0] ?? [];
		const active = output.filter((item) => item.json.status === 'active').length;
		if (active !== DROPLET_COUNT) throw new Error(`only ${active} droplets came back active`);

		const late = ids.map((id) => lateByMs(sandbox, id));
		requests.push(sandbox.requests.entries.length);
		lateMedian.push(summarize(late).median);
		lateMax.push(Math.max(...late));
		nodeMs.push(nodeTimeMs(result, DO_NODE));
		console.log(`  wait run ${run + 1}/${runs}: ${requests[run]} requests`);
	}

	return {
		droplets: DROPLET_COUNT,
		actionMs: ACTION_MS,
		pollIntervalMs: POLL_INTERVAL_S * 1000,
		requests: summarize(requests),
		requestsPerDroplet: summarize(requests.map((count) => round(count / DROPLET_COUNT))),
		lateByMsMedian: summarize(lateMedian),
		lateByMsMax: summarize(lateMax),
		nodeMs: summarize(nodeMs),
	};
}

type Sandbox = Awaited<ReturnType<BenchHarness['freshSandbox']>>;

function lateByMs(sandbox: Sandbox, dropletId: number): number {
	const action = sandbox.store.actionsOf(dropletId).find((entry) => entry.type === 'power_on');
	if (!action?.completedAt) throw new Error(`droplet ${dropletId} has no completed power_on`);
	const concerning = sandbox.requests.entries.filter((request) =>
		request.path.startsWith(`/v2/droplets/${dropletId}`),
	);
	return concerning[concerning.length - 1].time - action.completedAt;
}
