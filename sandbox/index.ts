import type { AddressInfo } from 'node:net';
import { SystemClock, type Clock } from './clock';
import { FaultController } from './faults';
import type { Timing } from './lifecycle';
import type { ActionRecord, DropletRecord } from './models';
import { API_BURST_LIMIT, RateLimiter } from './rate-limit';
import { RequestLog } from './request-log';
import { ROUTES } from './routes';
import {
	addDroplets,
	seedAccount,
	seedAction,
	seedDroplet,
	type ActionSeed,
	type BulkDropletOptions,
	type DropletSeed,
} from './seed';
import { createApiServer } from './server';
import { openSpecConformance, preloadServedSpec } from './spec/open';
import type { SpecConformance } from './spec/conformance';
import { addToRunTotals } from './spec/stats';
import { Store, type IdSequences } from './store';

export { ManualClock, SystemClock, type Clock } from './clock';
export type { Fault, FaultRule, InjectedFault } from './faults';
export type { ActionOutcome, Timing } from './lifecycle';
export type * from './models';
export type { LoggedRequest } from './request-log';
export type { SpecMismatch } from './spec/conformance';
export { describeMismatch, reportUnreviewedMismatches } from './spec/conformance';
export {
	SPEC_STATS_DIR_VARIABLE,
	describeRunTotals,
	readRunTotals,
	type SpecTotals,
} from './spec/stats';
export type { ActionSeed, BulkDropletOptions, DropletSeed } from './seed';
export type { Store } from './store';

/** Obviously not a real token; paste it into the n8n credential's "API Token". */
export const SANDBOX_TOKEN = 'dop_v1_sandbox_0000000000000000000000000000000000000000000000000000';

/** Ids beyond 32 bits by default, so every test meets them (F6). */
export const FIRST_IDS: IdSequences = { droplet: 5_000_000_001, action: 2_215_418_155 };

export const DEFAULT_TIMING: Timing = {
	createMs: 4000,
	networksMs: 0,
	actionMs: 2000,
	deleteLingerMs: 0,
};

/** Prepares the spec check once for a whole test run (jest globalSetup). */
export function preloadSpec(): Promise<string | undefined> {
	return preloadServedSpec(ROUTES);
}

export interface SandboxOptions {
	/** 0 (the default) picks a free port. The sandbox listens on 127.0.0.1 only. */
	port?: number;
	token?: string;
	/** Real time by default; pass a `ManualClock` to move time by hand. */
	clock?: Clock;
	timing?: Partial<Timing>;
	/** Where id sequences start; `FIRST_IDS` by default. */
	ids?: Partial<IdSequences>;
	rateLimit?: {
		/** Per hour, as `ratelimit-limit` reports it; 5000 by default. */
		hourly?: number;
		/** `true` for the API's 250 per minute, or a scaled-down window. Off by default. */
		burst?: boolean | { limit: number; windowMs: number };
		retryAfter?: boolean;
	};
	/** `false` starts with the catalog only, no demo droplets. */
	seedDroplets?: boolean;
	/** The spec to check against; `false` turns checking off. Defaults to ../shared's. */
	spec?: { file?: string } | false;
}

export interface Sandbox {
	/** e.g. http://127.0.0.1:41234, the credential's "Base URL". */
	readonly url: string;
	readonly token: string;
	readonly store: Store;
	readonly clock: Clock;
	/** Mutable: a test may change durations half-way. */
	readonly timing: Timing;
	readonly faults: FaultController;
	readonly requests: RequestLog;
	readonly spec: SpecConformance;
	/** Puts a droplet straight into the store, e.g. F11's droplet 301 that is `off`. */
	addDroplet(seed: DropletSeed): DropletRecord;
	/** Many active droplets at once: 450 for paging tests, 10,000 for benchmarks. */
	addDroplets(count: number, options?: BulkDropletOptions): DropletRecord[];
	addAction(seed: ActionSeed): ActionRecord;
	close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	const clock = options.clock ?? new SystemClock();
	const timing = { ...DEFAULT_TIMING, ...options.timing };
	const token = options.token ?? SANDBOX_TOKEN;
	const store = new Store(clock, { ...FIRST_IDS, ...options.ids });
	seedAccount(store, { droplets: options.seedDroplets !== false });

	const burst = options.rateLimit?.burst;
	const limiter = new RateLimiter(clock, {
		hourly: options.rateLimit?.hourly ?? 5000,
		burst: burst === true ? API_BURST_LIMIT : burst || undefined,
		retryAfter: options.rateLimit?.retryAfter ?? false,
	});
	const faults = new FaultController();
	const requests = new RequestLog();
	const conformance = await openSpecConformance(options.spec, ROUTES);

	let url = '';
	const { server, stop } = createApiServer({
		routes: ROUTES,
		store,
		timing,
		token,
		faults,
		limiter,
		requests,
		conformance,
		baseUrl: () => url,
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
	});
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

	let closing: Promise<void> | undefined;
	return {
		url,
		token,
		store,
		clock,
		timing,
		faults,
		requests,
		spec: conformance,
		addDroplet: (seed) => seedDroplet(store, seed),
		addDroplets: (count, bulk) => addDroplets(store, count, bulk),
		addAction: (seed) => seedAction(store, seed),
		close: () => {
			closing ??= new Promise<void>((resolve) => {
				stop();
				conformance.close();
				addToRunTotals(conformance);
				server.close(() => resolve());
				server.closeAllConnections();
			});
			return closing;
		},
	};
}
