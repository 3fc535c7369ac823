import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';

import { repoRoot } from '../../scripts/n8n/paths';

export const SCREENSHOT_DIR = path.join(repoRoot(), '.artifacts', 'screenshots');

/** Saves what the editor shows now, for a person to look at after the run. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	const file = path.join(SCREENSHOT_DIR, `${name}.png`);
	await page.screenshot({ path: file });
	return file;
}
