import type { Clock } from './clock';

const HOUR_MS = 60 * 60 * 1000;

export interface RateLimitOptions {
	/** Requests per hour, reported in `ratelimit-limit` (the API's is 5000). */
	hourly: number;
	/**
	 * The short-window limit (the API's is 250 per minute). Off unless set; benchmarks can
	 * scale it down, e.g. `{ limit: 60, windowMs: 10_000 }`.
	 */
	burst?: { limit: number; windowMs: number };
	/** Whether a 429 for either limit also carries `retry-after`. */
	retryAfter: boolean;
}

export const API_BURST_LIMIT = { limit: 250, windowMs: 60_000 };

export interface RateDecision {
	allowed: boolean;
	headers: Record<string, string>;
}

/**
 * Sliding windows over the times of accepted requests. Refused requests do not count, so a
 * client that waits for `ratelimit-reset` always gets through.
 */
export class RateLimiter {
	private readonly hour: number[] = [];
	private readonly burst: number[] = [];

	constructor(
		private readonly clock: Clock,
		private readonly options: RateLimitOptions,
	) {}

	/** Counts a request if it is within both limits. */
	admit(): RateDecision {
		const now = this.clock.now();
		this.forget(now);

		const burst = this.options.burst;
		if (this.hour.length >= this.options.hourly) {
			return { allowed: false, headers: this.refusal(now, this.hour[0] + HOUR_MS) };
		}
		if (burst && this.burst.length >= burst.limit) {
			return { allowed: false, headers: this.refusal(now, this.burst[0] + burst.windowMs) };
		}

		this.hour.push(now);
		if (burst) this.burst.push(now);
		return { allowed: true, headers: this.headers() };
	}

	/** The headers every answer carries, without counting a request. */
	headers(): Record<string, string> {
		const now = this.clock.now();
		this.forget(now);
		const oldest = this.hour[0];
		return {
			'ratelimit-limit': String(this.options.hourly),
			'ratelimit-remaining': String(Math.max(0, this.options.hourly - this.hour.length)),
			'ratelimit-reset': String(unixSeconds(oldest === undefined ? now : oldest + HOUR_MS)),
		};
	}

	private refusal(now: number, freeAt: number): Record<string, string> {
		const headers: Record<string, string> = {
			'ratelimit-limit': String(this.options.hourly),
			'ratelimit-remaining': '0',
			'ratelimit-reset': String(unixSeconds(freeAt)),
		};
		if (this.options.retryAfter) {
			headers['retry-after'] = String(Math.max(1, Math.ceil((freeAt - now) / 1000)));
		}
		return headers;
	}

	private forget(now: number): void {
		while (this.hour.length > 0 && this.hour[0] <= now - HOUR_MS) this.hour.shift();
		const burst = this.options.burst;
		while (burst && this.burst.length > 0 && this.burst[0] <= now - burst.windowMs) {
			this.burst.shift();
		}
	}
}

export function unixSeconds(ms: number): number {
	return Math.ceil(ms / 1000);
}
