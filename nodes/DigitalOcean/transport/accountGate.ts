import { sleep } from 'n8n-workflow';

import { headerValue } from './retryPolicy';

/**
 * Below this many requests left in the hourly budget, requests are spread evenly over the time
 * until the budget resets instead of being sent at once and answered with 429s.
 */
const LOW_HOURLY_BUDGET = 100;

const ONE_MINUTE_MS = 60_000;

export interface GateLimits {
	/** Requests in flight at once for this account; 0 means no limit. */
	maxConcurrent: number;
	/** Requests started in any 60 s window for this account; 0 means no limit. */
	perMinute: number;
}

/**
 * Paces the requests sent with one DigitalOcean account. DigitalOcean limits each token to
 * 250 requests a minute and 5,000 an hour, and n8n starts every item of a declarative node at
 * once, so without a shared gate a run over many items spends the budget in a burst of 429s.
 */
export class AccountGate {
	private inFlight = 0;

	private readonly waitingForSlot: Array<() => void> = [];

	private readonly recentStarts: number[] = [];

	private blockedUntil = 0;

	private hourlyRemaining = Infinity;

	private hourlyResetAt = 0;

	constructor(private limits: GateLimits) {}

	/** Later runs may ask for other limits; the newest setting wins. */
	configure(limits: GateLimits) {
		this.limits = limits;
	}

	/** Waits until a request may start, and counts it as started. */
	async enter(): Promise<void> {
		await this.takeSlot();
		await this.waitForBudget();
	}

	/** A request finished; its response headers, when there were any, update the budget. */
	leave(headers?: Record<string, unknown>) {
		if (headers) this.readBudget(headers);
		this.inFlight--;
		this.waitingForSlot.shift()?.();
	}

	/** After a 429 every request of this account holds back until the limit resets. */
	holdUntil(time: number) {
		this.blockedUntil = Math.max(this.blockedUntil, time);
	}

	private async takeSlot() {
		const { maxConcurrent } = this.limits;
		if (maxConcurrent > 0 && this.inFlight >= maxConcurrent) {
			await new Promise<void>((resolve) => this.waitingForSlot.push(resolve));
		}
		this.inFlight++;
	}

	private async waitForBudget() {
		for (;;) {
			const delay = this.delayBeforeNextStart(Date.now());
			if (delay <= 0) break;
			await sleep(delay);
		}
		this.recentStarts.push(Date.now());
	}

	private delayBeforeNextStart(now: number): number {
		let delay = this.blockedUntil - now;

		const { perMinute } = this.limits;
		while (this.recentStarts.length && this.recentStarts[0] <= now - ONE_MINUTE_MS) {
			this.recentStarts.shift();
		}
		if (perMinute > 0 && this.recentStarts.length >= perMinute) {
			const oldestInWindow = this.recentStarts[this.recentStarts.length - perMinute];
			delay = Math.max(delay, oldestInWindow + ONE_MINUTE_MS - now);
		}

		if (this.hourlyRemaining < LOW_HOURLY_BUDGET && this.hourlyResetAt > now) {
			const spacing = (this.hourlyResetAt - now) / Math.max(this.hourlyRemaining, 1);
			const lastStart = this.recentStarts[this.recentStarts.length - 1] ?? 0;
			delay = Math.max(delay, lastStart + spacing - now);
		}

		return delay;
	}

	private readBudget(headers: Record<string, unknown>) {
		const remaining = Number(headerValue(headers, 'ratelimit-remaining'));
		const reset = Number(headerValue(headers, 'ratelimit-reset'));
		if (Number.isFinite(remaining)) this.hourlyRemaining = remaining;
		if (Number.isFinite(reset)) this.hourlyResetAt = reset * 1000;
	}
}

const gates = new Map<string, AccountGate>();

/**
 * One gate per credential and API address, shared by every item, run and workflow in this n8n
 * process, because DigitalOcean counts requests per token.
 */
export function gateFor(accountKey: string, limits: GateLimits): AccountGate {
	let gate = gates.get(accountKey);
	if (gate) {
		gate.configure(limits);
	} else {
		gate = new AccountGate(limits);
		gates.set(accountKey, gate);
	}
	return gate;
}
