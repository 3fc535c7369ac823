import type { Locator, Page } from 'playwright-core';

import { pollFor } from './poll';

/** The Droplet parameter: a resource locator with a mode menu and a searchable list. */
export class DropletPicker {
	constructor(
		private readonly page: Page,
		private readonly panel: Locator,
	) {}

	private get input(): Locator {
		return this.panel.getByTestId('rlc-input');
	}

	async modes(): Promise<string[]> {
		await this.panel.getByTestId('rlc-mode-selector').click();
		const options = this.page.getByRole('option');
		await options.first().waitFor();
		const modes = await options.allInnerTexts();
		await this.page.keyboard.press('Escape');
		await options.first().waitFor({ state: 'hidden' });
		return modes.map((mode) => mode.trim());
	}

	/** Opens the From List mode's list and reads it once it equals `expected` or time is up. */
	async openList(expected: string[]): Promise<string[]> {
		await this.input.click();
		return await this.itemsShown(expected);
	}

	async search(term: string, expected: string[]): Promise<string[]> {
		await this.page.getByTestId('rlc-search').fill(term);
		return await this.itemsShown(expected);
	}

	async pick(label: string): Promise<void> {
		await this.page.getByTestId('rlc-item').filter({ hasText: label }).click();
	}

	async value(): Promise<string> {
		return await this.input.inputValue();
	}

	private async itemsShown(expected: string[]): Promise<string[]> {
		const items = this.page.getByTestId('rlc-item');
		await items.first().waitFor();
		const read = async () => (await items.allInnerTexts()).map((item) => item.trim());
		return await pollFor(read, (shown) => shown.join('\n') === expected.join('\n'));
	}
}
