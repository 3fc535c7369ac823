import { sleep } from 'n8n-workflow';

import type { WaitPlan } from './waitPlan';

export type PollResult<T> = { done: true; value: T } | { done: false; lastSeen: string };

/**
 * Asks `check` once at once, then once per poll interval, until it reports done or the deadline
 * passes. There is no cap besides the user's own timeout: a two-hour wait polls for two hours.
 */
export async function pollUntil<T>(
	plan: WaitPlan,
	check: () => Promise<PollResult<T>>,
): Promise<PollResult<T>> {
	for (;;) {
		const result = await check();
		if (result.done) return result;

		const remaining = plan.deadline - Date.now();
		if (remaining <= 0) return result;
		await sleep(Math.min(plan.intervalMs, remaining));
	}
}
