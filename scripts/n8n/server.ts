import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';

import { brokerEnv, nodeFor } from './cli';
import type { N8nInstance } from './instance';
import { freePort } from './ports';
import { DEMO_OWNER, OwnerAccount, ownerEnv, setUpOwnerByRest } from './owner';

export interface ServerOptions {
	/** A loopback port; a free one is picked when omitted. */
	port?: number;
	/** Sets the owner account up so the editor opens on a login form, not on sign-up. */
	owner?: OwnerAccount | false;
	readyTimeoutMs?: number;
}

export interface N8nServer {
	url: string;
	port: number;
	owner?: OwnerAccount;
	/** How the owner was set up: from env vars at start, or through `/rest/owner/setup`. */
	ownerSetup?: 'env' | 'rest';
	logFile: string;
	startSeconds: number;
	stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 120_000;
const POLL_MS = 250;
const STOP_GRACE_MS = 20_000;

/** Starts `n8n start` on 127.0.0.1 and resolves once its readiness check passes. */
export async function startN8nServer(
	instance: N8nInstance,
	options: ServerOptions = {},
): Promise<N8nServer> {
	const port = options.port ?? (await freePort());
	const url = `http://127.0.0.1:${port}`;
	const owner = options.owner === false ? undefined : (options.owner ?? DEMO_OWNER);
	const ownerByEnv = owner ? await ownerEnv(instance, owner) : undefined;

	const { node, path: searchPath } = await nodeFor(instance.runtime);
	const env = instance.env({
		...ownerByEnv,
		...(await brokerEnv()),
		N8N_PORT: String(port),
		N8N_EDITOR_BASE_URL: `${url}/`,
		N8N_WEBHOOK_URL: `${url}/`,
		PATH: searchPath,
	});
	const logFile = path.join(instance.userFolder, 'n8n-server.log');
	const log = createWriteStream(logFile, { flags: 'a' });
	const started = Date.now();
	const child = spawn(node, [instance.install.n8nScript, 'start'], {
		cwd: instance.userFolder,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout.pipe(log);
	child.stderr.pipe(log);
	const stop = async () => await stopChild(child);

	try {
		await waitUntilReady(url, child, options.readyTimeoutMs ?? READY_TIMEOUT_MS);
		if (owner && !ownerByEnv) await setUpOwnerByRest(url, owner);
	} catch (error) {
		await stop();
		throw new Error(`${(error as Error).message}\n--- ${logFile} (tail)\n${tail(logFile)}`);
	}

	return {
		url,
		port,
		owner,
		ownerSetup: owner ? (ownerByEnv ? 'env' : 'rest') : undefined,
		logFile,
		startSeconds: (Date.now() - started) / 1000,
		stop,
	};
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`n8n start exited with ${child.exitCode}`);
		if (await isReady(url)) return;
		await new Promise((resolve) => setTimeout(resolve, POLL_MS));
	}
	throw new Error(`n8n did not become ready at ${url} within ${timeoutMs} ms`);
}

// In 2.41.1 `/healthz/readiness` answers 200 only after migrations and start-up hooks have
// finished; 2.8.x and 1.x answer it earlier, before the editor's REST routes exist, so the
// settings route must answer too.
async function isReady(url: string): Promise<boolean> {
	try {
		const readiness = await fetch(`${url}/healthz/readiness`);
		if (readiness.status !== 200) return false;
		const settings = await fetch(`${url}/rest/settings`);
		return settings.status === 200;
	} catch {
		return false;
	}
}

async function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;

	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
	await exited;
	clearTimeout(timer);
}

function tail(file: string): string {
	return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-40).join('\n');
}
