import { CREDENTIAL_NAME } from './stack';
import { saveScreenshot } from './screenshots';
import { openEditorSession, unexpectedOutsideRequests, type EditorSession } from './session';

const WAITING = ['Wait for Completion', 'Wait Timeout (Seconds)', 'Poll Interval (Seconds)'];
const POWER = ['Droplet', ...WAITING, 'Options'];

/** What each action shows below the Action dropdown, in the editor's order. */
const FIELDS: Array<[action: string, fields: string[]]> = [
	['Check Action Status', ['Droplet', 'Action ID', 'Wait for Completion', 'Options']],
	[
		'Create Droplet',
		[
			'Name',
			'Region Name or ID',
			'Size Name or ID',
			'Image Name or ID',
			'Additional Fields',
			...WAITING,
			'Options',
		],
	],
	['Delete', POWER],
	['Get Details', ['Droplet', 'Simplify', 'Options']],
	['List Droplets', ['Return All', 'Limit', 'Filters', 'Simplify', 'Options']],
	['List Regions', ['Options']],
	['Reboot', POWER],
	['Reset (Power Cycle)', POWER],
	['Start', POWER],
	['Stop', ['Droplet', 'Method', ...WAITING, 'Options']],
];

const NOTICES: Record<string, string[]> = {
	'Create Droplet': [
		'A droplet is billed from the moment it exists, ' +
			'whether it is running or not, until it is deleted',
	],
	Delete: ['Deleting destroys the droplet and its disk for good. This cannot be undone.'],
	Stop: [
		'A stopped droplet is still billed: its disk and IP address stay reserved. ' +
			'Only deleting it ends the charges.',
	],
};

describe('the DigitalOcean node in the n8n editor', () => {
	let session: EditorSession;

	beforeAll(async () => {
		session = await openEditorSession();
	});

	afterAll(async () => {
		await session?.close();
	});

	it('is found in the nodes panel by searching, with its icon loaded', async () => {
		const { editor } = session;
		await editor.openNewWorkflow();

		const entry = await editor.searchNodesPanel('DigitalOcean');
		const iconWidth = await entry.locator('img').first().evaluate(loadedWidth);

		expect(await entry.innerText()).toContain(
			'Create, power and delete DigitalOcean droplets, and read their state',
		);
		expect(iconWidth).toBeGreaterThan(0);
		await saveScreenshot(editor.page, 'nodes-panel-search');
	});

	it('opens with the imported credential and List Droplets chosen', async () => {
		const { editor } = session;

		await editor.addCommunityNode(await editor.searchNodesPanel('DigitalOcean'));
		const credential = editor.panel.getByTestId('node-credentials-select').locator('input');

		expect(await credential.inputValue()).toBe(CREDENTIAL_NAME);
		expect(await editor.parameter('action').locator('input').inputValue()).toBe('List Droplets');
	});

	it('offers the ten actions in the Action dropdown', async () => {
		const actions = await session.editor.openDropdown(
			'action',
			FIELDS.map(([action]) => action),
		);
		await session.editor.closeDropdown();

		expect(actions).toEqual(FIELDS.map(([action]) => action));
	});

	it.each(FIELDS)('shows the fields of %s', async (action, expected) => {
		const { editor } = session;

		await editor.chooseAction(action);
		const fields = await editor.fieldsShown(expected);
		const notices = await editor.noticesShown();

		expect(fields).toEqual(expected);
		expect(notices).toEqual(NOTICES[action] ?? []);
		await saveScreenshot(editor.page, `fields-${slug(action)}`);
	});

	it('shows how long and how often to wait once Check Action Status is told to wait', async () => {
		const { editor } = session;
		await editor.chooseAction('Check Action Status');

		await editor.parameter('waitForCompletion').locator('.el-switch').click();
		const fields = await editor.fieldsShown(['Droplet', 'Action ID', ...WAITING, 'Options']);

		expect(fields).toEqual(['Droplet', 'Action ID', ...WAITING, 'Options']);
	});

	it('sends no request off loopback but the npm look-up, which the browser refuses', () => {
		expect(unexpectedOutsideRequests(session)).toEqual([]);
	});
});

/** The parts of an <img> used here; the test project compiles without the DOM library. */
interface IconImage {
	complete: boolean;
	naturalWidth: number;
	addEventListener(type: 'load' | 'error', listener: () => void): void;
}

/** Runs in the page: 0 for an icon that failed to load (n8n answered 404), its width otherwise. */
async function loadedWidth(image: IconImage): Promise<number> {
	if (!image.complete) {
		await new Promise<void>((resolve) => {
			image.addEventListener('load', resolve);
			image.addEventListener('error', resolve);
		});
	}
	return image.naturalWidth;
}

function slug(action: string): string {
	return action.toLowerCase().replace(/\W+/g, '-').replace(/-$/, '');
}
