import type { Locator, Page } from 'playwright-core';

import type { OwnerAccount } from '../../scripts/n8n/owner';
import { pollFor } from './poll';

/**
 * The n8n editor as a user meets it, reached through the data-test-id attributes and visible
 * text that n8n's own end-to-end tests rely on, which change less between versions than classes.
 */
export class Editor {
	constructor(
		readonly page: Page,
		private readonly baseUrl: string,
	) {}

	/** The open node's panel (n8n calls it the node details view). */
	get panel(): Locator {
		return this.page.getByTestId('ndv');
	}

	async signIn(owner: OwnerAccount): Promise<void> {
		await this.page.goto(`${this.baseUrl}/signin`);
		await this.page.getByTestId('emailOrLdapLoginId').locator('input').fill(owner.email);
		await this.page.getByTestId('password').locator('input').fill(owner.password);
		await this.page.getByTestId('form-submit-button').click();
		await this.page.waitForURL((url) => !url.pathname.startsWith('/signin'));
	}

	/** Opens an empty workflow with the nodes panel open, ready for a search. */
	async openNewWorkflow(): Promise<void> {
		await this.page.goto(`${this.baseUrl}/workflow/new`);
		await this.page.getByTestId('canvas-plus-button').click();
	}

	/** The nodes panel's entry for `name`, after searching for it. */
	async searchNodesPanel(name: string): Promise<Locator> {
		await this.page.getByTestId('node-creator-search-bar').fill(name);
		const entry = this.page.getByTestId('node-creator-node-item').filter({ hasText: name });
		await entry.waitFor();
		return entry;
	}

	/** Adds a community node from the panel entry and waits for its parameters. */
	async addCommunityNode(entry: Locator): Promise<void> {
		await entry.click();
		// Community nodes open a page about the package first; built-in ones are added at once.
		await this.page.getByRole('button', { name: 'Add to workflow' }).click();
		await this.panel.getByTestId('node-parameters').waitFor();
	}

	/**
	 * Opens the dropdown of an options parameter and reads its entries (first line of each),
	 * once they equal `expected` or after a while: n8n reloads a list when a parameter it
	 * depends on changes, and may show the older list until then.
	 */
	async openDropdown(parameter: string, expected: string[]): Promise<string[]> {
		// Not forced: a dropdown closed just before may still cover this one while it fades, and
		// a normal click waits until the input itself would get it. The select is disabled while
		// its options load; a multi-select's typing input comes first and takes the click.
		await this.parameter(parameter).locator('input:not([disabled])').first().click();
		const options = this.page.getByRole('option');
		await options.first().waitFor();
		const read = async () => (await options.allInnerTexts()).map(firstLine);
		return await pollFor(read, (shown) => sameList(shown, expected));
	}

	/** Picks the entry whose headline is exactly `label` in the open dropdown. */
	async pickOption(label: string): Promise<void> {
		const headline = this.page.getByText(label, { exact: true });
		await this.page.getByRole('option').filter({ has: headline }).click();
		await this.page.getByRole('option').first().waitFor({ state: 'hidden' });
	}

	async closeDropdown(): Promise<void> {
		await this.page.keyboard.press('Escape');
		await this.page.getByRole('option').first().waitFor({ state: 'hidden' });
	}

	async chooseAction(action: string): Promise<void> {
		await this.parameter('action').getByRole('combobox').click();
		await this.pickOption(action);
	}

	/** Adds a field of a collection such as Additional Fields through its Add button. */
	async addCollectionField(button: string, field: string): Promise<void> {
		await this.panel.getByPlaceholder(button).click();
		await this.pickOption(field);
	}

	/**
	 * Labels of the parameters shown below Action, top to bottom, once they equal `expected`
	 * or after a while; the caller's assertion compares them.
	 */
	async fieldsShown(expected: string[]): Promise<string[]> {
		const labels = this.panel.getByTestId('node-parameters').getByTestId('input-label');
		const read = async () =>
			(await labels.locator('visible=true').allInnerTexts())
				.map(firstLine)
				.filter((label) => label !== 'Action');
		return await pollFor(read, (shown) => sameList(shown, expected));
	}

	/** Texts of the notices (warnings) among the parameters. */
	async noticesShown(): Promise<string[]> {
		const notices = this.panel.getByTestId('node-parameters').getByRole('alert');
		return await notices.locator('visible=true').allInnerTexts();
	}

	parameter(name: string): Locator {
		return this.panel.getByTestId(`parameter-input-${name}`);
	}

	/** Runs the open node alone, as the panel's Execute step button does. */
	async executeStep(): Promise<void> {
		await this.panel.getByTestId('node-execute-button').click();
		await this.panel.getByTestId('output-panel').locator('table tbody tr').first().waitFor();
	}

	/** The output panel's table view: one record per item, keyed by column header. */
	async outputTable(): Promise<Array<Record<string, string>>> {
		const table = this.panel.getByTestId('output-panel').locator('table');
		const headers = (await table.locator('thead th').allInnerTexts()).map(firstLine);
		const rows = await table.locator('tbody tr').all();
		const records: Array<Record<string, string>> = [];
		for (const row of rows) {
			const cells = await row.locator('> td').allInnerTexts();
			const entries = headers.map((header, index) => [header, cells[index] ?? ''] as const);
			records.push(Object.fromEntries(entries.filter(([header]) => header !== '')));
		}
		return records;
	}
}

function firstLine(text: string): string {
	return text.split('\n')[0].trim();
}

function sameList(a: string[], b: string[]): boolean {
	return a.length === b.length && a.every((value, index) => value === b[index]);
}
