/** The sandbox's only source of time: every timestamp, delay and rate window reads it. */
export interface Clock {
	now(): number;
}

/** Wall-clock time; follows jest's fake `Date` when a test installs one. */
export class SystemClock implements Clock {
	now(): number {
		return Date.now();
	}
}

/** Time that moves only when a test says so. */
export class ManualClock implements Clock {
	private current: number;

	constructor(start: number | Date = Date.now()) {
		this.current = wholeSeconds(typeof start === 'number' ? start : start.getTime());
	}

	now(): number {
		return this.current;
	}

	advance(ms: number): void {
		if (ms < 0) throw new Error('A clock cannot move backwards');
		this.current += ms;
	}

	set(time: number | Date): void {
		const next = typeof time === 'number' ? time : time.getTime();
		this.advance(next - this.current);
	}
}

/** The API's timestamps carry whole seconds, so a manual clock starts on one. */
function wholeSeconds(ms: number): number {
	return Math.floor(ms / 1000) * 1000;
}

export function isoSeconds(ms: number): string {
	return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
