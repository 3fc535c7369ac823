import { LoggerProxy } from 'n8n-workflow';

const logLines: string[] = [];

/** Everything n8n logs during the tests, kept so that it can be searched for the token. */
export function captureLogs() {
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

export function takeLogs(): string {
	return logLines.splice(0).join('\n');
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
