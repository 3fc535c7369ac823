import type { ApiRequest } from './http';
import type { ActionOutcome } from './lifecycle';

/** What goes wrong. Each kind reproduces a failure from the field reports. */
export type Fault =
	/** 429 with the API's body; `ratelimit-remaining: 0`, reset N s ahead (F3, F4). */
	| { kind: 'rateLimited'; resetInSeconds?: number; retryAfterSeconds?: number }
	/** A 5xx with the API's JSON error body. */
	| { kind: 'serverError'; status?: number; id?: string; message?: string }
	/** A 5xx whose body is not JSON, as a proxy in front of the API sends (off-spec). */
	| { kind: 'plainTextError'; status?: number; contentType?: string; text?: string }
	/** A 422 with the given message (F10). */
	| { kind: 'unprocessable'; message: string }
	/** Answers normally, after a wall-clock pause (network time, not API time). */
	| { kind: 'slow'; delayMs: number }
	/**
	 * Destroys the socket without an answer. With `afterProcessing` the request takes effect
	 * first, as when a create succeeds but its answer is lost (F2).
	 */
	| { kind: 'dropConnection'; afterProcessing?: boolean }
	/** The action the request starts ends `errored`, without effect (F13). */
	| { kind: 'actionErrored' }
	/** The action completes but changes nothing: a shutdown the OS ignored (F12). */
	| { kind: 'actionWithoutEffect' }
	/** The action stays `in-progress` for ever (F2, F13). */
	| { kind: 'actionStuck' };

export interface FaultRule {
	method?: string;
	/** A regular expression tested against the path, or an exact path. */
	path?: RegExp | string;
	/** Every listed field must equal the request body's (e.g. `{ type: 'shutdown' }`). */
	body?: Record<string, unknown>;
	/** How many matching requests get the fault; default 1, `Infinity` for all. */
	times?: number;
	/** Matching requests to let through unharmed before the first fault (F4's 26th call). */
	skip?: number;
	fault: Fault;
}

export interface InjectedFault {
	readonly rule: FaultRule;
	/** How many requests this rule has hit so far. */
	readonly hits: number;
	readonly remaining: number;
}

class FaultEntry implements InjectedFault {
	hits = 0;
	private skipped = 0;

	constructor(readonly rule: FaultRule) {}

	get remaining(): number {
		return (this.rule.times ?? 1) - this.hits;
	}

	/** Whether this request gets the fault; counts it either way. */
	take(request: ApiRequest): boolean {
		if (this.remaining <= 0 || !matches(this.rule, request)) return false;
		if (this.skipped < (this.rule.skip ?? 0)) {
			this.skipped++;
			return false;
		}
		this.hits++;
		return true;
	}
}

/** Faults that tests arm; each authenticated request takes the first rule it matches. */
export class FaultController {
	private entries: FaultEntry[] = [];

	inject(rule: FaultRule): InjectedFault {
		const entry = new FaultEntry(rule);
		this.entries.push(entry);
		return entry;
	}

	clear(): void {
		this.entries = [];
	}

	/** Rules that still have faults to give. */
	get armed(): InjectedFault[] {
		return this.entries.filter((entry) => entry.remaining > 0);
	}

	take(request: ApiRequest): Fault | undefined {
		for (const entry of this.entries) {
			if (entry.take(request)) return entry.rule.fault;
		}
		return undefined;
	}
}

/** The outcome an action-shaping fault gives to the action a request starts. */
export function actionOutcome(fault: Fault | undefined): ActionOutcome {
	switch (fault?.kind) {
		case 'actionErrored':
			return 'errored';
		case 'actionWithoutEffect':
			return 'no-effect';
		case 'actionStuck':
			return 'stuck';
		default:
			return 'completed';
	}
}

function matches(rule: FaultRule, request: ApiRequest): boolean {
	if (rule.method && rule.method.toUpperCase() !== request.method) return false;
	if (typeof rule.path === 'string' && rule.path !== request.path) return false;
	if (rule.path instanceof RegExp) {
		// A global pattern remembers where it last matched; start afresh for every request.
		rule.path.lastIndex = 0;
		if (!rule.path.test(request.path)) return false;
	}
	if (rule.body) {
		const body = request.body as Record<string, unknown> | undefined;
		return Object.entries(rule.body).every(([name, value]) => body?.[name] === value);
	}
	return true;
}
