import { existsSync } from 'node:fs';
import path from 'node:path';

import type { N8nInstall } from './install';

/**
 * The environment every n8n process of ours gets. n8n calls several n8n.io services by default
 * (telemetry, version notices, templates, banners, the vetted community-node list, license
 * renewal, the MCP registry); each is switched off so that nothing leaves the machine, and the server listens on
 * loopback only.
 */
export function n8nEnv(
	install: N8nInstall,
	userFolder: string,
	extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
	return {
		...inheritedEnv(),
		...disabledModulesEnv(install),
		N8N_USER_FOLDER: userFolder,
		// As in n8n's Docker image; a test runner's NODE_ENV=test would silence and cripple n8n.
		NODE_ENV: 'production',
		DB_TYPE: 'sqlite',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		// Off: the Community Nodes screen would run `npm outdated` and offer installs from npm.
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_LOG_LEVEL: 'warn',
		NO_PROXY: '127.0.0.1,localhost',
		...extra,
	};
}

/**
 * Modules that fetch from n8n.io on a timer and have no switch of their own. n8n refuses module
 * names it does not know, so only those present in this install are listed.
 */
const PHONE_HOME_MODULES = ['mcp-registry'];

function disabledModulesEnv(install: N8nInstall): NodeJS.ProcessEnv {
	const modulesDir = path.join(path.dirname(path.dirname(install.n8nScript)), 'dist', 'modules');
	const present = PHONE_HOME_MODULES.filter((name) => existsSync(path.join(modulesDir, name)));
	return present.length ? { N8N_DISABLED_MODULES: present.join(',') } : {};
}

/** The caller's environment without settings meant for some other n8n or proxy. */
function inheritedEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [name, value] of Object.entries(process.env)) {
		if (/^(N8N_|DB_|EXECUTIONS_|QUEUE_|JEST_|WEBHOOK_URL$)|_proxy$/i.test(name)) continue;
		env[name] = value;
	}
	return env;
}
