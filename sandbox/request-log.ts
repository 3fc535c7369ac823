/** One request as the sandbox saw it. Holds no header, so never a token. */
export interface LoggedRequest {
	method: string;
	path: string;
	query: Record<string, string | string[]>;
	/** Parsed JSON, or the raw text when it did not parse; undefined without a body. */
	body: unknown;
	/** 0 when the connection was dropped without an answer. */
	status: number;
	/** Sandbox clock time of arrival (ms). */
	time: number;
	/** The fault kind applied, if any. */
	fault?: string;
}

export class RequestLog {
	readonly entries: LoggedRequest[] = [];

	add(entry: LoggedRequest): void {
		this.entries.push(entry);
	}

	/** Requests with this method whose path equals `path` or matches it. */
	filter(method: string, path: RegExp | string): LoggedRequest[] {
		return this.entries.filter(
			(entry) =>
				entry.method === method.toUpperCase() &&
				(typeof path === 'string' ? entry.path === path : path.test(entry.path)),
		);
	}

	count(method: string, path: RegExp | string): number {
		return this.filter(method, path).length;
	}

	clear(): void {
		this.entries.length = 0;
	}
}
