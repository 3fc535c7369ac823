/**
 * When a request is sent again, and how long the node waits before it does. Every number that
 * shapes retries lives here, with the reason it was chosen.
 */

/** Sends of one request at the most: the first try and four retries. */
export const MAX_ATTEMPTS = 5;

/** First wait after a server error or a dropped connection; doubled for each further retry. */
export const FIRST_BACKOFF_MS = 250;

/** A single backoff never exceeds this: longer outages are better reported than waited out. */
export const MAX_BACKOFF_MS = 8_000;

/**
 * The longest the node waits for a rate limit to reset before giving up on the request.
 * DigitalOcean's per-minute window resets within 60 s; an exhausted hourly budget can take up to
 * an hour, which is better reported to the user (with the reset time) than silently waited out.
 */
export const MAX_RATE_LIMIT_WAIT_MS = 65_000;

/** Used when a 429 carries neither `retry-after` nor a usable `ratelimit-reset`. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 2_000;

/**
 * 501 means the API does not implement the call: sending it again cannot help. Other 5xx
 * answers are usually transient on DigitalOcean's side.
 */
export function isTransientServerError(statusCode: number): boolean {
	return statusCode >= 500 && statusCode !== 501;
}

/** Exponential backoff with a little jitter, so that many items do not retry in lockstep. */
export function backoffMs(failedAttempts: number, random: () => number = Math.random): number {
	const exponential = FIRST_BACKOFF_MS * 2 ** (failedAttempts - 1);
	const capped = Math.min(exponential, MAX_BACKOFF_MS);
	return Math.round(capped * (0.8 + 0.4 * random()));
}

/**
 * How long to wait after a 429: `retry-after` when the API sent it (seconds or an HTTP date),
 * else until `ratelimit-reset` (unix seconds), else a short default.
 */
export function rateLimitWaitMs(headers: Record<string, unknown>, now: number): number {
	const retryAfter = headerValue(headers, 'retry-after');
	if (retryAfter !== undefined) {
		const seconds = Number(retryAfter);
		if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
		const date = Date.parse(retryAfter);
		if (!Number.isNaN(date)) return Math.max(0, date - now);
	}

	const reset = Number(headerValue(headers, 'ratelimit-reset'));
	if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - now);

	return DEFAULT_RATE_LIMIT_WAIT_MS;
}

export function headerValue(headers: Record<string, unknown>, name: string): string | undefined {
	const value = headers[name] ?? headers[name.toLowerCase()];
	if (value === undefined || value === null) return undefined;
	return Array.isArray(value) ? String(value[0]) : String(value);
}
