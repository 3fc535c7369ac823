const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Throws unless `url` points at this machine: nothing here may reach a real DigitalOcean. */
export function assertLoopbackUrl(url: string): void {
	const { hostname, protocol } = new URL(url);
	if (!/^https?:$/.test(protocol) || !(LOOPBACK_HOSTS.has(hostname) || /^127\./.test(hostname))) {
		throw new Error(`refusing ${url}: only loopback addresses (127.0.0.1, localhost) are allowed`);
	}
}
