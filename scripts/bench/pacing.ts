import type { BenchHarness } from './harness';
import { nodeTimeMs } from './harness';
import { round, summarize, type Summary } from './stats';
import { DO_NODE, chain, digitalOcean, dropletFromItem, items } from './workflows';

const ITEM_COUNT = 1000;

/** The node's window is a fixed minute, so the sandbox's must be one too; only the limit scales. */
const WINDOW_MS = 60_000;

export interface PacingResult {
	items: number;
	limitPerMinute: number;
	itemsFailed: Summary;
	responses429: Summary;
	/** Most requests the sandbox accepted in any 60 s window; never above the limit. */
	peakAcceptedPerWindow: Summary;
	/** Most requests sent (429s included) in any 60 s window. */
	peakSentPerWindow: Summary;
	/** The fastest a client within the limit can be, over the time the node took. */
	efficiency: Summary;
	spanMs: Summary;
	nodeMs: Summary;
}

/** 1,000 starts (Wait off) against a sandbox that enforces the same per-minute limit. */
export async function benchPacing(
	harness: BenchHarness,
	runs: number,
	limit: number,
): Promise<PacingResult> {
	const start = {
		...digitalOcean({
			action: 'start',
			droplet: dropletFromItem,
			waitForCompletion: false,
			options: { maxRequestsPerMinute: limit },
		}),
		onError: 'continueRegularOutput',
	};
	const figures = {
		failed: [] as number[],
		refused: [] as number[],
		accepted: [] as number[],
		sent: [] as number[],
		efficiency: [] as number[],
		span: [] as number[],
		node: [] as number[],
	};

	for (let run = 0; run < runs; run++) {
		const sandbox = await harness.freshSandbox({
			rateLimit: { burst: { limit, windowMs: WINDOW_MS } },
		});
		const ids = Array.from(
			{ length: ITEM_COUNT },
			(_, index) => sandbox.addDroplet({ name: `off-${index}`, status: 'off' }).id,
		);
		if (run === 0) {
			await harness.importWorkflows([
				chain('benchPacingStart', [items(ids[0], ITEM_COUNT), start]),
			]);
		}

		const expectedMs = Math.ceil(ITEM_COUNT / limit) * WINDOW_MS;
		const { run: result } = await harness.execute('benchPacingStart', {
			timeoutMs: expectedMs + 180_000,
		});
		const output = result.data.resultData.runData[DO_NODE]?.[0]?.data?.main[0] ?? [];
		const succeeded = output.filter((item) => item.json.type === 'power_on').length;

		const entries = sandbox.requests.entries;
		const acceptedTimes = entries.filter((e) => e.status < 300).map((e) => e.time);
		const spanMs = acceptedTimes[acceptedTimes.length - 1] - acceptedTimes[0];
		const idealMs = (Math.ceil(acceptedTimes.length / limit) - 1) * WINDOW_MS;

		figures.failed.push(ITEM_COUNT - succeeded);
		figures.refused.push(entries.filter((e) => e.status === 429).length);
		figures.accepted.push(peakInWindow(acceptedTimes));
		figures.sent.push(peakInWindow(entries.map((e) => e.time)));
		figures.efficiency.push(round(spanMs > 0 ? Math.min(idealMs / spanMs, 1) : 1, 3));
		figures.span.push(spanMs);
		figures.node.push(nodeTimeMs(result, DO_NODE));
		console.log(
			`  pacing run ${run + 1}/${runs}: ${figures.failed[run]} failed, ` +
				`${figures.refused[run]} 429s, peak ${figures.accepted[run]}/min, span ${spanMs} ms`,
		);
	}

	return {
		items: ITEM_COUNT,
		limitPerMinute: limit,
		itemsFailed: summarize(figures.failed),
		responses429: summarize(figures.refused),
		peakAcceptedPerWindow: summarize(figures.accepted),
		peakSentPerWindow: summarize(figures.sent),
		efficiency: summarize(figures.efficiency),
		spanMs: summarize(figures.span),
		nodeMs: summarize(figures.node),
	};
}

/** Most of the (ascending) times that fall within any one window. */
function peakInWindow(times: number[]): number {
	let peak = 0;
	let first = 0;
	for (let last = 0; last < times.length; last++) {
		while (times[last] - times[first] >= WINDOW_MS) first++;
		peak = Math.max(peak, last - first + 1);
	}
	return peak;
}
