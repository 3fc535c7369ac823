import { installN8n } from '../../scripts/n8n/install';
import { e2eRuntime, e2eVersion } from './settings';

/** Installs n8n once before any test, so no test's timeout has to cover a cold install. */
export default async function globalSetup(): Promise<void> {
	await installN8n(e2eVersion(), { runtime: e2eRuntime() });
}
