import diagnostics from 'node:diagnostics_channel';

/**
 * Counts TCP connections accepted by servers in this process (the sandbox), which tells
 * whether a client reused its connections or opened one per request.
 */
export class ConnectionCounter {
	private count = 0;

	private readonly onSocket = () => {
		this.count++;
	};

	constructor() {
		diagnostics.subscribe('net.server.socket', this.onSocket);
	}

	take(): number {
		const count = this.count;
		this.count = 0;
		return count;
	}

	close(): void {
		diagnostics.unsubscribe('net.server.socket', this.onSocket);
	}
}
