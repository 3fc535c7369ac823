/** The part of n8n's run data that tests read. */
export interface N8nRun {
	data: {
		resultData: {
			runData: Record<string, N8nTaskData[]>;
			lastNodeExecuted?: string;
			error?: { message: string; description?: string; [key: string]: unknown };
		};
	};
	finished?: boolean;
	status?: string;
	mode?: string;
	[key: string]: unknown;
}

export interface N8nTaskData {
	executionStatus?: string;
	error?: { message: string; [key: string]: unknown };
	data?: { main: Array<Array<{ json: Record<string, unknown> }> | null> };
}

/**
 * Finds the run data in `n8n execute --rawOutput` output. n8n's logger and libraries may print
 * lines before or after it, so every line that opens an object is tried as the start.
 */
export function parseRunOutput(stdout: string): N8nRun {
	const lines = stdout.split('\n');
	for (let start = 0; start < lines.length; start++) {
		if (!lines[start].startsWith('{')) continue;
		const run = parseFrom(lines, start);
		if (run) return run;
	}
	throw new Error(`no run data in n8n output:\n${stdout.slice(-2000)}`);
}

function parseFrom(lines: string[], start: number): N8nRun | undefined {
	// A top-level object closes at column 0 when pretty-printed, or on its own line when not.
	for (let end = start; end < lines.length; end++) {
		const closes = end === start ? lines[end].trimEnd().endsWith('}') : lines[end].startsWith('}');
		if (!closes) continue;
		const candidate = tryParse(lines.slice(start, end + 1).join('\n'));
		if (candidate && isRun(candidate)) return candidate;
	}
	return undefined;
}

function tryParse(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

function isRun(value: unknown): value is N8nRun {
	const run = value as Partial<N8nRun> | null;
	return typeof run?.data?.resultData?.runData === 'object';
}

/** The JSON of the items a node put on its first output in its last run. */
export function nodeOutput(run: N8nRun, nodeName: string): Array<Record<string, unknown>> {
	const tasks = run.data.resultData.runData[nodeName];
	if (!tasks?.length) throw new Error(`node '${nodeName}' did not run`);

	const last = tasks[tasks.length - 1];
	if (last.error) throw new Error(`node '${nodeName}' failed: ${last.error.message}`);
	return (last.data?.main[0] ?? []).map((item) => item.json);
}
