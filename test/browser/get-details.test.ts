import { DropletPicker } from './droplet-picker';
import { saveScreenshot } from './screenshots';
import { openEditorSession, unexpectedOutsideRequests, type EditorSession } from './session';

const SEEDED_DROPLETS = [
	'example.com (active, nyc3)',
	'assets.example.com (active, nyc3)',
	'stage.example.com (active, nyc3)',
	'worker-01.example.com (off, fra1)',
];

const WORKER = 'worker-01.example.com (off, fra1)';

describe('Get Details run from the n8n editor against the sandbox', () => {
	let session: EditorSession;
	let picker: DropletPicker;

	beforeAll(async () => {
		session = await openEditorSession();
		const { editor } = session;
		await editor.openNewWorkflow();
		await editor.addCommunityNode(await editor.searchNodesPanel('DigitalOcean'));
		await editor.chooseAction('Get Details');
		picker = new DropletPicker(editor.page, editor.panel);
	});

	afterAll(async () => {
		await session?.close();
	});

	it('lets the droplet be given from a list, by ID or by URL', async () => {
		expect(await picker.modes()).toEqual(['From list', 'By ID', 'By URL']);
	});

	it('lists the seeded droplets by name, status and region', async () => {
		const droplets = await picker.openList(SEEDED_DROPLETS);
		await saveScreenshot(session.editor.page, 'get-details-droplet-list');

		expect(droplets).toEqual(SEEDED_DROPLETS);
	});

	it('narrows the list to the names containing the search term', async () => {
		const found = await picker.search('worker', [WORKER]);
		await picker.pick(WORKER);

		expect(found).toEqual([WORKER]);
		expect(await picker.value()).toBe(WORKER);
	});

	it("runs the step and shows the droplet's simplified details in the output", async () => {
		const { editor, stack } = session;

		await editor.executeStep();
		const items = await editor.outputTable();
		await saveScreenshot(editor.page, 'get-details-output');

		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			id: '3164494',
			name: 'worker-01.example.com',
			status: 'off',
			region: 'fra1',
			size: 's-2vcpu-4gb',
			created_at: '2025-01-09T16:03:12Z',
		});
		expect(stack.sandbox.requests.count('GET', '/v2/droplets/3164494')).toBe(1);
	});

	it('sends no request off loopback but the npm look-up, which the browser refuses', () => {
		expect(unexpectedOutsideRequests(session)).toEqual([]);
	});
});
