import { ACCOUNT, IMAGES, REGIONS, SIZES, SSH_KEYS, VPCS } from './catalog';
import type { ActionRecord, ActionStatus, DropletRecord, DropletStatus } from './models';
import { networksFor, noNetworks } from './networks';
import type { Store } from './store';

/** A droplet to put straight into the store, as if it had existed for a while. */
export interface DropletSeed {
	id?: number;
	name: string;
	/** `new` leaves the droplet booting, its create action in progress, until a test says. */
	status?: DropletStatus;
	region?: string;
	size?: string;
	/** Image id or slug. */
	image?: number | string;
	tags?: string[];
	features?: string[];
	ipv6?: boolean;
	/** False leaves the droplet without addresses, as one still booting (F15). */
	networks?: boolean;
	vpcUuid?: string;
	createdAt?: string | number;
	sshKeyIds?: number[];
	/** Id of the completed `create` action recorded for it. */
	createActionId?: number;
}

export interface SeedOptions {
	/** Whether to add the demo droplets; the catalog (regions, sizes, ...) is always there. */
	droplets?: boolean;
}

/** Fills the store with a realistic account: catalog, SSH keys, VPCs and a few droplets. */
export function seedAccount(store: Store, options: SeedOptions = {}): void {
	store.account = structuredClone(ACCOUNT);
	store.regions = structuredClone(REGIONS);
	store.sizes = structuredClone(SIZES);
	store.images = structuredClone(IMAGES);
	store.sshKeys = structuredClone(SSH_KEYS);
	store.vpcs = structuredClone(VPCS);

	if (options.droplets === false) return;
	for (const droplet of DEMO_DROPLETS) seedDroplet(store, droplet);
}

const DEMO_DROPLETS: DropletSeed[] = [
	{
		id: 3164444,
		name: 'example.com',
		tags: ['web', 'env:prod'],
		features: ['backups', 'private_networking', 'ipv6'],
		ipv6: true,
		image: 'ubuntu-20-04-x64',
		createdAt: '2020-07-21T18:37:44Z',
		createActionId: 982864273,
	},
	{
		id: 3164459,
		name: 'assets.example.com',
		size: 's-1vcpu-2gb',
		tags: ['storage', 'env:prod'],
		vpcUuid: '5a4981aa-9653-4bd1-bef5-d6bff52042e4',
		createdAt: '2020-07-21T18:42:19Z',
		createActionId: 982864281,
	},
	{
		id: 3164412,
		name: 'stage.example.com',
		tags: ['env:staging'],
		image: 'ubuntu-24-04-x64',
		createdAt: '2024-05-02T09:14:55Z',
		createActionId: 2115498112,
	},
	{
		id: 3164494,
		name: 'worker-01.example.com',
		status: 'off',
		region: 'fra1',
		size: 's-2vcpu-4gb',
		tags: ['worker', 'env:staging'],
		image: 'debian-12-x64',
		createdAt: '2025-01-09T16:03:12Z',
		createActionId: 2187700341,
	},
];

export function seedDroplet(store: Store, seed: DropletSeed): DropletRecord {
	const region = seed.region ?? 'nyc3';
	const sizeSlug = seed.size ?? 's-1vcpu-1gb';
	const vpc = seed.vpcUuid ? store.vpc(seed.vpcUuid) : store.defaultVpc(region);
	const image = store.image(seed.image ?? 'ubuntu-24-04-x64');
	if (!vpc || !image || !store.region(region) || !store.size(sizeSlug)) {
		throw new Error(`Droplet seed ${seed.name} names something the catalog does not have`);
	}
	const createdAt =
		typeof seed.createdAt === 'string'
			? Date.parse(seed.createdAt)
			: (seed.createdAt ?? store.clock.now());

	const droplet = store.addDroplet({
		id: seed.id,
		name: seed.name,
		status: seed.status ?? 'active',
		createdAt,
		regionSlug: region,
		sizeSlug,
		imageId: image.image.id,
		vpcUuid: vpc.id,
		tags: seed.tags ?? [],
		features: seed.features ?? ['private_networking'],
		networks: noNetworks(),
		sshKeyIds: seed.sshKeyIds ?? [],
		backupIds: [],
		snapshotIds: [],
		volumeIds: [],
		locked: false,
	});
	if (seed.networks !== false && droplet.status !== 'new') {
		droplet.networks = networksFor(droplet.id, {
			vpc,
			publicNetworking: true,
			ipv6: seed.ipv6 ?? false,
		});
	}

	seedAction(store, {
		id: seed.createActionId,
		dropletId: droplet.id,
		type: 'create',
		status: droplet.status === 'new' ? 'in-progress' : 'completed',
		startedAt: droplet.createdAt,
	});
	return droplet;
}

/** An action record as a test needs it, e.g. F13's action 8001 that reads `errored`. */
export interface ActionSeed {
	id?: number;
	dropletId: number;
	type: string;
	/** An action not `in-progress` completed 45 s after it started. */
	status?: ActionStatus;
	startedAt?: number;
}

/** Adds an action on a droplet, without HTTP; `in-progress` ones stay so until changed. */
export function seedAction(store: Store, seed: ActionSeed): ActionRecord {
	const droplet = store.droplet(seed.dropletId);
	if (!droplet) throw new Error(`Action seed names droplet ${seed.dropletId}, which is not there`);
	const status = seed.status ?? 'completed';
	const startedAt = seed.startedAt ?? store.clock.now();

	return store.addAction({
		id: seed.id,
		type: seed.type,
		status,
		startedAt,
		completedAt: status === 'in-progress' ? null : startedAt + 45_000,
		resourceId: droplet.id,
		resourceType: 'droplet',
		regionSlug: droplet.regionSlug,
	});
}

export interface BulkDropletOptions {
	/** Names are `<prefix>-<n>`, numbered from 1. */
	namePrefix?: string;
	region?: string;
	size?: string;
	/** Tags for every droplet, or a function of its 0-based index. */
	tags?: string[] | ((index: number) => string[]);
}

/** Adds many active droplets without HTTP: 450 for paging tests, 10,000 for benchmarks. */
export function addDroplets(
	store: Store,
	count: number,
	options: BulkDropletOptions = {},
): DropletRecord[] {
	const prefix = options.namePrefix ?? 'bulk';
	const width = String(count).length;
	const tagsFor = options.tags;

	return Array.from({ length: count }, (_, index) =>
		seedDroplet(store, {
			name: `${prefix}-${String(index + 1).padStart(width, '0')}`,
			region: options.region,
			size: options.size,
			tags: typeof tagsFor === 'function' ? tagsFor(index) : [...(tagsFor ?? [])],
		}),
	);
}
