import type nock from 'nock';

/**
 * Simulated time: n8n's sleep and Date.now are faked. While nock is answering a request the
 * clock stands still; otherwise it jumps to the next pending timer, so a 30 s poll sleep
 * passes at once.
 */
export async function runWithSimulatedTime<T>(work: Promise<T>, scope: nock.Scope): Promise<T> {
	let settled = false;
	let inFlight = 0;
	scope.on('request', () => inFlight++);
	scope.on('replied', () => inFlight--);
	const tracked = work.finally(() => {
		settled = true;
	});

	while (!settled) {
		// Enough event-loop turns for axios to finish reading an answer nock has already sent.
		for (let turn = 0; turn < 50; turn++) await new Promise((resolve) => setImmediate(resolve));
		if (inFlight === 0 && !settled) await jest.advanceTimersToNextTimerAsync();
	}
	return await tracked;
}
