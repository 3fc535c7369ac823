import { readdirSync, readFileSync } from 'node:fs';

const SAMPLE_EVERY_MS = 50;

/**
 * Follows the peak resident memory of this process's child processes (the n8n CLI run) by
 * sampling `VmHWM` from /proc, since the n8n command helper does not hand out the child's pid.
 */
export function watchChildMemory(): { stop(): number | undefined } {
	let peakKb: number | undefined;
	const sample = () => {
		for (const pid of childPids()) {
			const kb = highWaterMarkKb(pid);
			if (kb !== undefined) peakKb = Math.max(peakKb ?? 0, kb);
		}
	};
	const timer = setInterval(sample, SAMPLE_EVERY_MS);
	return {
		stop() {
			clearInterval(timer);
			return peakKb === undefined ? undefined : peakKb / 1024;
		},
	};
}

function childPids(): string[] {
	if (process.platform !== 'linux') return [];
	const pids: string[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		const stat = readOrUndefined(`/proc/${entry}/stat`);
		// The command name in parentheses may hold spaces; the parent pid follows it.
		const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
		if (fields && Number(fields[1]) === process.pid) pids.push(entry);
	}
	return pids;
}

function highWaterMarkKb(pid: string): number | undefined {
	const status = readOrUndefined(`/proc/${pid}/status`);
	const match = status && /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
	return match ? Number(match[1]) : undefined;
}

function readOrUndefined(file: string): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}
