import { saveScreenshot } from './screenshots';
import { openEditorSession, unexpectedOutsideRequests, type EditorSession } from './session';

/** The sandbox's catalog as the Create Droplet dropdowns should present it. */
const OPEN_REGIONS = [
	'Amsterdam 3 (ams3)',
	'Bangalore 1 (blr1)',
	'Frankfurt 1 (fra1)',
	'London 1 (lon1)',
	'New York 1 (nyc1)',
	'New York 3 (nyc3)',
	'San Francisco 2 (sfo2)',
	'San Francisco 3 (sfo3)',
	'Singapore 1 (sgp1)',
	'Sydney 1 (syd1)',
	'Toronto 1 (tor1)',
];

const NYC3_SIZES = [
	's-1vcpu-1gb: 1 GB, 1 vCPU, $6/month',
	's-1vcpu-2gb: 2 GB, 1 vCPU, $12/month',
	's-2vcpu-2gb: 2 GB, 2 vCPU, $18/month',
	's-2vcpu-4gb: 4 GB, 2 vCPU, $24/month',
	'c-2: 4 GB, 2 vCPU, $42/month',
	's-4vcpu-8gb: 8 GB, 4 vCPU, $48/month',
	'g-2vcpu-8gb: 8 GB, 2 vCPU, $63/month',
	'm-2vcpu-16gb: 16 GB, 2 vCPU, $84/month',
];

const IMAGES = [
	'Distribution: Debian 12 x64',
	'Distribution: Fedora 41 x64',
	'Distribution: Rocky Linux 9 x64',
	'Distribution: Ubuntu 20.04 (LTS) x64',
	'Distribution: Ubuntu 22.04 (LTS) x64',
	'Distribution: Ubuntu 24.04 (LTS) x64',
	'App: Ubuntu Docker 27.0 on Ubuntu 22.04',
	'App: Ubuntu LAMP on Ubuntu 22.04',
	'App: Ubuntu WordPress 6.6 on Ubuntu 22.04',
	'Snapshot: Ubuntu Nifty New Snapshot',
	'Snapshot: Ubuntu web-1 before upgrade',
];

const SSH_KEYS = ['ci-deploy', 'laptop', 'Other Public Key'];

const NYC3_VPCS = ['default-nyc3 (10.102.0.0/20), default', 'env.prod-vpc (10.10.10.0/24)'];

describe('Create Droplet dropdowns in the n8n editor, loaded from the sandbox', () => {
	let session: EditorSession;

	beforeAll(async () => {
		session = await openEditorSession();
		const { editor } = session;
		await editor.openNewWorkflow();
		await editor.addCommunityNode(await editor.searchNodesPanel('DigitalOcean'));
		await editor.chooseAction('Create Droplet');
	});

	afterAll(async () => {
		await session?.close();
	});

	it('lists only the regions open for new droplets', async () => {
		const { editor } = session;

		const regions = await editor.openDropdown('region', OPEN_REGIONS);
		await editor.pickOption('New York 3 (nyc3)');

		expect(regions).toEqual(OPEN_REGIONS);
		expect(regions).not.toContain('New York 2 (nyc2)');
	});

	it("lists the chosen region's sizes with memory, CPUs and price, cheapest first", async () => {
		const { editor } = session;
		await editor.parameter('name').locator('input').fill('web-01');

		const sizes = await editor.openDropdown('size', NYC3_SIZES);
		await saveScreenshot(editor.page, 'create-droplet-sizes');
		await editor.pickOption('s-1vcpu-1gb: 1 GB, 1 vCPU, $6/month');

		expect(sizes).toEqual(NYC3_SIZES);
		expect(sizes.some((size) => size.startsWith('gpu-h100x1-80gb'))).toBe(false);
	});

	it('lists distributions, apps and snapshots, each name starting with its kind', async () => {
		const { editor } = session;

		const images = await editor.openDropdown('image', IMAGES);
		await saveScreenshot(editor.page, 'create-droplet-images');
		await editor.pickOption('Distribution: Ubuntu 24.04 (LTS) x64');

		expect(images).toEqual(IMAGES);
	});

	it("lists the account's SSH keys, laptop among them", async () => {
		const { editor } = session;
		await editor.addCollectionField('Add field', 'SSH Key Names or IDs');

		const keys = await editor.openDropdown('sshKeys', SSH_KEYS);
		await saveScreenshot(editor.page, 'create-droplet-ssh-keys');
		await editor.closeDropdown();

		expect(keys).toEqual(SSH_KEYS);
	});

	it('lists only the VPCs of the chosen region', async () => {
		const { editor } = session;
		await editor.addCollectionField('Add field', 'VPC Name or ID');

		const vpcs = await editor.openDropdown('vpcUuid', NYC3_VPCS);
		await editor.closeDropdown();

		expect(vpcs).toEqual(NYC3_VPCS);
	});

	it('read every list from the sandbox, the sizes and VPCs again after the region changed', () => {
		const { requests } = session.stack.sandbox;

		expect(requests.count('GET', '/v2/regions')).toBeGreaterThanOrEqual(1);
		expect(requests.count('GET', '/v2/sizes')).toBeGreaterThanOrEqual(2);
		expect(requests.count('GET', '/v2/images')).toBeGreaterThanOrEqual(3);
		expect(requests.count('GET', '/v2/account/keys')).toBeGreaterThanOrEqual(1);
		expect(requests.count('GET', '/v2/vpcs')).toBeGreaterThanOrEqual(1);
		expect(requests.entries.every((request) => request.status === 200)).toBe(true);
	});

	it('sends no request off loopback but the npm look-up, which the browser refuses', () => {
		expect(unexpectedOutsideRequests(session)).toEqual([]);
	});
});
