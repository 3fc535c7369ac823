interface ScheduledChange {
	at: number;
	order: number;
	apply: () => void;
}

/**
 * Changes that happen by themselves as time passes (a droplet booting, an action finishing).
 * They are applied lazily, in time order, whenever state is read, so a manual clock needs no
 * timers and real time needs none to clean up.
 */
export class Timeline {
	private changes: ScheduledChange[] = [];
	private scheduled = 0;

	schedule(at: number, apply: () => void): void {
		const change = { at, order: this.scheduled++, apply };
		let index = this.changes.length;
		while (index > 0 && this.changes[index - 1].at > at) index--;
		this.changes.splice(index, 0, change);
	}

	/** Applies every change due at `now`, including those that due changes schedule. */
	settle(now: number): void {
		while (this.changes.length > 0 && this.changes[0].at <= now) {
			const change = this.changes.shift() as ScheduledChange;
			change.apply();
		}
	}

	get pending(): number {
		return this.changes.length;
	}
}
