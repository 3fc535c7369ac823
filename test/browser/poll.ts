const POLL_MS = 100;

/**
 * Reads until `done` accepts the value or time runs out, and returns the last reading either
 * way: the editor re-renders after a change with no event to wait for, and a test's own
 * assertion on the result then shows what the page really held.
 */
export async function pollFor<T>(
	read: () => Promise<T>,
	done: (value: T) => boolean,
	timeoutMs = 10_000,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let value = await read();
	while (!done(value) && Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, POLL_MS));
		value = await read();
	}
	return value;
}
