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
	/** Requests DigitalOcean may see in any 60 s window for this account; 0 means no limit. */
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

	/**
	 * When the requests of the last minute were answered, oldest first. DigitalOcean counts a
	 * request when it arrives, some time between our start and its answer; counting it from the
	 * answer keeps DigitalOcean's window, not only ours, within the limit, at the cost of one
	 * round trip per minute. Counting from the start let jitter in that delay cost 429s.
	 */
	private readonly recentAnswers: number[] = [];

	/** Requests let through and not answered yet: each may arrive at DigitalOcean any moment. */
	private unanswered = 0;

	private lastStart = 0;

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
		this.unanswered--;
		this.recentAnswers.push(Date.now());
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
		this.unanswered++;
		this.lastStart = Date.now();
	}

	private delayBeforeNextStart(now: number): number {
		let delay = this.blockedUntil - now;

		const { perMinute } = this.limits;
		while (this.recentAnswers.length && this.recentAnswers[0] <= now - ONE_MINUTE_MS) {
			this.recentAnswers.shift();
		}
		const inWindow = this.recentAnswers.length + this.unanswered;
		if (perMinute > 0 && inWindow >= perMinute) {
			const mustLeave = inWindow - perMinute + 1;
			// An unanswered request leaves the window a minute after its answer, so not before then.
			const leavesAt =
				mustLeave <= this.recentAnswers.length
					? this.recentAnswers[mustLeave - 1] + ONE_MINUTE_MS
					: now + ONE_MINUTE_MS;
			delay = Math.max(delay, leavesAt - now);
		}

		if (this.hourlyRemaining < LOW_HOURLY_BUDGET && this.hourlyResetAt > now) {
			// What is left of the budget, less the requests already on their way, is spread evenly
			// from the last start up to the reset; with nothing left, only the reset helps.
			const left = this.hourlyRemaining - this.unanswered;
			const nextStart =
				left <= 0
					? this.hourlyResetAt
					: this.lastStart + (this.hourlyResetAt - this.lastStart) / left;
			delay = Math.max(delay, nextStart - now);
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
