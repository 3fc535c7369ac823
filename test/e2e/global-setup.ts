import { installN8n } from '../../scripts/n8n/install';
import specGlobalSetup from '../support/spec-global-setup';
import { e2eRuntime, e2eVersion } from './settings';

/**
 * Installs n8n once before any test, so no test's timeout has to cover a cold install, and
 * collects every sandbox's spec-check counts for the total printed at the end.
 */
export default async function globalSetup(): Promise<void> {
	await specGlobalSetup();
	await installN8n(e2eVersion(), { runtime: e2eRuntime() });
}
