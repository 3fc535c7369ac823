import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium, selectors, type BrowserContext, type Page } from 'playwright-core';

/** Debian's package; `scripts/browser/install-chromium.sh` puts it there. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking switches Chromium calls Google's services at start.
const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

const VIEWPORT = { width: 1440, height: 900 };

// n8n's first page load parses several MB of editor code, which took over 30 s on a busy
// 2-core machine.
const NAVIGATION_TIMEOUT_MS = 120_000;

export interface ChromiumSession {
	page: Page;
	/** Requests the page tried to send anywhere but loopback; each was refused. */
	outsideRequests: string[];
	close(): Promise<void>;
}

export async function launchChromium(): Promise<ChromiumSession> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(`${CHROMIUM} is missing: run scripts/browser/install-chromium.sh`);
	}
	// n8n marks its elements with data-test-id, not Playwright's default data-testid.
	selectors.setTestIdAttribute('data-test-id');

	// A fresh, empty profile each run, so no cookie or cache from an earlier run plays a part.
	const profile = mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: FLAGS,
		viewport: VIEWPORT,
	});
	const outsideRequests = await refuseOutsideRequests(context);
	const page = context.pages()[0] ?? (await context.newPage());
	page.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);

	return {
		page,
		outsideRequests,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

async function refuseOutsideRequests(context: BrowserContext): Promise<string[]> {
	const refused: string[] = [];
	await context.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return await route.continue();
		refused.push(url.href);
		await route.abort('blockedbyclient');
	});
	return refused;
}
