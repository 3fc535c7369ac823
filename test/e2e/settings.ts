import type { NodeRuntime } from '../../scripts/n8n/install';
import { DEFAULT_N8N_VERSION } from '../../scripts/n8n/instance';

/** Which n8n the suite runs against: `N8N_E2E_VERSION=2.8.4 npm run test:e2e` tries another. */
export function e2eVersion(): string {
	return process.env.N8N_E2E_VERSION ?? DEFAULT_N8N_VERSION;
}

export function e2eRuntime(): NodeRuntime | undefined {
	const runtime = process.env.N8N_E2E_RUNTIME;
	if (runtime === undefined || runtime === '') return undefined;
	if (runtime !== 'system' && runtime !== 'bundled') {
		throw new Error(`N8N_E2E_RUNTIME must be 'system' or 'bundled', not '${runtime}'`);
	}
	return runtime;
}
