import type { IExecuteSingleFunctions } from 'n8n-workflow';

export const DEFAULT_WAIT_TIMEOUT_SECONDS = 600;
export const DEFAULT_POLL_INTERVAL_SECONDS = 5;

/** How one item waits: until when, and how often it asks DigitalOcean. */
export interface WaitPlan {
	timeoutSeconds: number;
	intervalMs: number;
	deadline: number;
}

/** The user's wait settings, or undefined when the action should return at once. */
export function waitPlanFrom(ctx: IExecuteSingleFunctions): WaitPlan | undefined {
	if (!ctx.getNodeParameter('waitForCompletion', true)) return undefined;

	const timeoutSeconds = Number(ctx.getNodeParameter('waitTimeout', DEFAULT_WAIT_TIMEOUT_SECONDS));
	const intervalSeconds = Number(
		ctx.getNodeParameter('pollInterval', DEFAULT_POLL_INTERVAL_SECONDS),
	);
	return startWaitPlan(timeoutSeconds, intervalSeconds);
}

export function startWaitPlan(timeoutSeconds: number, intervalSeconds: number): WaitPlan {
	return {
		timeoutSeconds,
		intervalMs: Math.max(intervalSeconds, 0.1) * 1000,
		deadline: Date.now() + timeoutSeconds * 1000,
	};
}

/** A second, fresh budget of the same length, e.g. for a power-off after a failed shutdown. */
export function renewed(plan: WaitPlan): WaitPlan {
	return { ...plan, deadline: Date.now() + plan.timeoutSeconds * 1000 };
}
