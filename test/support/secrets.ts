import { existsSync, readFileSync } from 'node:fs';

import { LoggerProxy } from 'n8n-workflow';

const logLines: string[] = [];

/**
 * Everything logged during the tests, kept so that it can be searched for the token: what goes
 * through n8n-workflow's LoggerProxy and the console here, and n8n-core's log file (the setup
 * points n8n's logger at a file).
 */
export function captureLogs() {
	for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
		const original = console[level].bind(console);
		console[level] = (...args: unknown[]) => {
			logLines.push(`${level} ${serializeDeep(args)}`);
			original(...args);
		};
	}

	const keep =
		(level: string) =>
		(message: string, meta: object = {}) => {
			logLines.push(`${level} ${message} ${serializeDeep(meta)}`);
		};
	LoggerProxy.init({
		error: keep('error'),
		warn: keep('warn'),
		info: keep('info'),
		debug: keep('debug'),
		scoped: () => LoggerProxy as never,
	} as never);
}

let logFileOffset = 0;

export function takeLogs(): string {
	const file = process.env.N8N_LOG_FILE_LOCATION;
	let fromFile = '';
	if (file && existsSync(file)) {
		const content = readFileSync(file, 'utf8');
		fromFile = content.slice(logFileOffset);
		logFileOffset = content.length;
	}
	return [...logLines.splice(0), fromFile].join('\n');
}

/**
 * A JSON-like dump that, unlike JSON.stringify, includes the non-enumerable parts of errors
 * (message, stack, cause, description), which is where a leaked header usually hides.
 */
export function serializeDeep(value: unknown): string {
	const seen = new WeakSet<object>();
	const parts: string[] = [];

	const visit = (current: unknown, depth: number) => {
		if (depth > 40) return;
		if (current === null || current === undefined) return;
		if (typeof current !== 'object' && typeof current !== 'function') {
			parts.push(String(current));
			return;
		}
		if (seen.has(current)) return;
		seen.add(current);

		const keys = new Set<string>(Object.keys(current));
		if (current instanceof Error) {
			for (const key of Object.getOwnPropertyNames(current)) keys.add(key);
			parts.push(current.toString());
			const asJson = (current as { toJSON?: () => unknown }).toJSON?.();
			if (asJson !== undefined) visit(asJson, depth + 1);
		}
		for (const key of keys) {
			parts.push(key);
			try {
				visit((current as Record<string, unknown>)[key], depth + 1);
			} catch {
				// A getter that throws has nothing to leak.
			}
		}
	};

	visit(value, 0);
	return parts.join(' ');
}
