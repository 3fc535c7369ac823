import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { nodeFor } from './cli';
import type { N8nInstance } from './instance';

export interface OwnerAccount {
	email: string;
	password: string;
	firstName: string;
	lastName: string;
}

/** A local demo login; n8n wants 8+ characters with a digit and a capital. */
export const DEMO_OWNER: OwnerAccount = {
	email: 'demo@example.com',
	password: 'Demo-owner-1',
	firstName: 'Demo',
	lastName: 'Owner',
};

const OWNER_ENV_LOADER = 'dist/instance-settings-loader/loaders/owner.instance-settings-loader.js';

/**
 * Env vars that make `n8n start` create the owner itself, for versions that read them (2.41
 * does; older ones return undefined and get `setUpOwnerByRest`). n8n takes only a bcrypt hash,
 * made here with n8n's own bcryptjs.
 */
export async function ownerEnv(
	instance: N8nInstance,
	owner: OwnerAccount,
): Promise<NodeJS.ProcessEnv | undefined> {
	const n8nDir = path.dirname(path.dirname(instance.install.n8nScript));
	if (!existsSync(path.join(n8nDir, OWNER_ENV_LOADER))) return undefined;

	const { node } = await nodeFor(instance.runtime);
	const script = "process.stdout.write(require('bcryptjs').hashSync(process.env.PASSWORD, 10))";
	const hash = spawnSync(node, ['-e', script], {
		cwd: n8nDir,
		env: { ...process.env, PASSWORD: owner.password },
		encoding: 'utf8',
	});
	if (hash.status !== 0) throw new Error(`could not hash the owner password:\n${hash.stderr}`);

	return {
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: owner.email,
		N8N_INSTANCE_OWNER_FIRST_NAME: owner.firstName,
		N8N_INSTANCE_OWNER_LAST_NAME: owner.lastName,
		N8N_INSTANCE_OWNER_PASSWORD_HASH: hash.stdout,
	};
}

/** The sign-up form's own call; skipped when a kept user folder already has its owner. */
export async function setUpOwnerByRest(url: string, owner: OwnerAccount): Promise<void> {
	if (!(await ownerSetupPending(url))) return;

	const response = await fetch(`${url}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(owner),
	});
	if (!response.ok) {
		throw new Error(`owner setup failed: ${response.status} ${await response.text()}`);
	}
}

/** Logs in as the owner and returns the session cookie for further REST calls. */
export async function logIn(url: string, owner: OwnerAccount): Promise<string> {
	const response = await fetch(`${url}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		// 1.x before the LDAP work read `email`; later versions read `emailOrLdapLoginId`.
		body: JSON.stringify({
			email: owner.email,
			emailOrLdapLoginId: owner.email,
			password: owner.password,
		}),
	});
	if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);

	const cookie = response.headers.get('set-cookie');
	if (!cookie) throw new Error('login answered without a session cookie');
	return cookie.split(';')[0];
}

/** Whether the editor would open on the owner sign-up form. */
export async function ownerSetupPending(url: string): Promise<boolean> {
	const response = await fetch(`${url}/rest/settings`);
	if (!response.ok) throw new Error(`GET /rest/settings answered ${response.status}`);

	const settings = (await response.json()) as {
		data?: { userManagement?: { showSetupOnFirstLoad?: boolean } };
	};
	return settings.data?.userManagement?.showSetupOnFirstLoad === true;
}
