import { sleep } from 'n8n-workflow';

import type { WaitPlan } from './waitPlan';

export type PollResult<T> = { done: true; value: T } | { done: false; lastSeen: string };

export interface PollOptions {
	/**
	 * Whether the first check waits one interval. Right after DigitalOcean has answered with the
	 * state being waited on, an immediate check would only read the same state again.
	 */
	firstCheckAfterInterval?: boolean;
}

/**
 * Asks `check` (at once, or after one interval) and then on a fixed beat of one poll interval,
 * until it reports done or the deadline passes. The beat is kept from the start rather than
 * counted from each answer, so slow answers do not push every later check back; a beat missed
 * by a slow answer is skipped, not made up. There is no cap besides the user's own timeout: a
 * two-hour wait polls for two hours.
 */
export async function pollUntil<T>(
	plan: WaitPlan,
	check: () => Promise<PollResult<T>>,
	options: PollOptions = {},
): Promise<PollResult<T>> {
	const started = Date.now();
	let beat = 0;
	if (options.firstCheckAfterInterval) {
		beat = 1;
		await sleep(Math.max(0, Math.min(plan.intervalMs, plan.deadline - started)));
	}

	for (;;) {
		const result = await check();
		if (result.done) return result;

		const now = Date.now();
		const remaining = plan.deadline - now;
		if (remaining <= 0) return result;

		beat = Math.max(beat + 1, Math.floor((now - started) / plan.intervalMs) + 1);
		await sleep(Math.min(started + beat * plan.intervalMs - now, remaining));
	}
}
