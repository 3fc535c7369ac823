import type {
	Account,
	Image,
	ImageCategory,
	ImageRecord,
	Region,
	Size,
	SshKey,
	Vpc,
} from './models';

/**
 * The seeded account's catalog. Names, slugs and prices follow the spec's examples and
 * DigitalOcean's public offer; ids that the field reports name (F9's key 512189) are kept.
 */

export const ACCOUNT: Account = {
	droplet_limit: 25,
	floating_ip_limit: 5,
	email: 'sammy@digitalocean.com',
	name: 'Sammy the Shark',
	uuid: 'b6fr89dbf6d9156cace5f3c78dc9851d957381ef',
	email_verified: true,
	status: 'active',
	status_message: '',
	team: { uuid: '5df3e3004a17e242b7c20ca6c9fc25b701a47ece', name: 'My Team' },
};

const FEATURES = ['backups', 'ipv6', 'metadata', 'install_agent', 'storage', 'image_transfer'];

const REGION_NAMES: Array<[slug: string, name: string, available: boolean]> = [
	['nyc1', 'New York 1', true],
	// Closed to new droplets, as nyc2 is in F10.
	['nyc2', 'New York 2', false],
	['nyc3', 'New York 3', true],
	['sfo2', 'San Francisco 2', true],
	['sfo3', 'San Francisco 3', true],
	['ams3', 'Amsterdam 3', true],
	['sgp1', 'Singapore 1', true],
	['lon1', 'London 1', true],
	['fra1', 'Frankfurt 1', true],
	['tor1', 'Toronto 1', true],
	['blr1', 'Bangalore 1', true],
	['syd1', 'Sydney 1', true],
];

const OPEN_REGIONS = REGION_NAMES.filter(([, , available]) => available).map(([slug]) => slug);

const HOURS_PER_MONTH = 672;

function size(
	slug: string,
	shape: { memory: number; vcpus: number; disk: number; transfer: number },
	priceMonthly: number,
	description: string,
	regions: string[],
	extra: Pick<Size, 'gpu_info'> & { scratchDisk?: number } = {},
): Size {
	const diskInfo: Size['disk_info'] = [
		{ type: 'local', size: { amount: shape.disk, unit: 'gib' } },
	];
	if (extra.scratchDisk) {
		diskInfo.push({ type: 'scratch', size: { amount: extra.scratchDisk, unit: 'gib' } });
	}
	return {
		slug,
		...shape,
		price_monthly: priceMonthly,
		price_hourly: Math.round((priceMonthly / HOURS_PER_MONTH) * 100000) / 100000,
		regions,
		available: true,
		description,
		disk_info: diskInfo,
		...(extra.gpu_info ? { gpu_info: extra.gpu_info } : {}),
	};
}

const LARGE_REGIONS = ['nyc1', 'nyc3', 'sfo3', 'ams3', 'fra1', 'lon1', 'tor1', 'sgp1'];

/** Sizes differ per region, so a size list filtered by region really filters (F10). */
export const SIZES: Size[] = [
	size('s-1vcpu-512mb-10gb', { memory: 512, vcpus: 1, disk: 10, transfer: 0.5 }, 4, 'Basic', [
		'nyc1',
		'sfo3',
		'ams3',
		'fra1',
		'sgp1',
	]),
	size('s-1vcpu-1gb', { memory: 1024, vcpus: 1, disk: 25, transfer: 1 }, 6, 'Basic', OPEN_REGIONS),
	size('s-1vcpu-2gb', { memory: 2048, vcpus: 1, disk: 50, transfer: 2 }, 12, 'Basic', OPEN_REGIONS),
	size('s-2vcpu-2gb', { memory: 2048, vcpus: 2, disk: 60, transfer: 3 }, 18, 'Basic', OPEN_REGIONS),
	size('s-2vcpu-4gb', { memory: 4096, vcpus: 2, disk: 80, transfer: 4 }, 24, 'Basic', OPEN_REGIONS),
	size(
		's-4vcpu-8gb',
		{ memory: 8192, vcpus: 4, disk: 160, transfer: 5 },
		48,
		'Basic',
		OPEN_REGIONS,
	),
	size(
		'c-2',
		{ memory: 4096, vcpus: 2, disk: 25, transfer: 4 },
		42,
		'CPU-Optimized',
		LARGE_REGIONS,
	),
	size(
		'g-2vcpu-8gb',
		{ memory: 8192, vcpus: 2, disk: 25, transfer: 4 },
		63,
		'General Purpose',
		LARGE_REGIONS.slice(0, 7),
	),
	size('m-2vcpu-16gb', { memory: 16384, vcpus: 2, disk: 50, transfer: 4 }, 84, 'Memory-Optimized', [
		'nyc1',
		'nyc3',
		'sfo3',
		'fra1',
		'lon1',
	]),
	size(
		'gpu-h100x1-80gb',
		{ memory: 245760, vcpus: 20, disk: 720, transfer: 15 },
		2277.12,
		'H100 GPU - 1X',
		['tor1'],
		{
			gpu_info: { count: 1, model: 'nvidia_h100', vram: { amount: 80, unit: 'gib' } },
			scratchDisk: 5120,
		},
	),
];

export const REGIONS: Region[] = REGION_NAMES.map(([slug, name, available]) => ({
	name,
	slug,
	features: available ? ['private_networking', ...FEATURES] : ['backups', 'ipv6', 'metadata'],
	available,
	sizes: available ? SIZES.filter((s) => s.regions.includes(slug)).map((s) => s.slug) : [],
}));

function image(
	category: ImageCategory,
	fields: Pick<Image, 'id' | 'name' | 'distribution' | 'slug' | 'created_at'> & Partial<Image>,
): ImageRecord {
	return {
		category,
		image: {
			id: fields.id,
			name: fields.name,
			distribution: fields.distribution,
			slug: fields.slug,
			public: category !== 'user',
			regions: fields.regions ?? OPEN_REGIONS,
			created_at: fields.created_at,
			type: 'snapshot',
			min_disk_size: fields.min_disk_size ?? 10,
			size_gigabytes: fields.size_gigabytes ?? 2.36,
			description: '',
			tags: fields.tags ?? [],
			status: 'available',
			error_message: '',
		},
	};
}

/**
 * DigitalOcean's own images carry `type: snapshot`, as the spec's list examples note; the
 * `type` query parameter filters on the category instead.
 */
export const IMAGES: ImageRecord[] = [
	image('distribution', {
		id: 160232537,
		name: '24.04 (LTS) x64',
		distribution: 'Ubuntu',
		slug: 'ubuntu-24-04-x64',
		created_at: '2024-04-25T15:54:26Z',
	}),
	image('distribution', {
		id: 129211873,
		name: '22.04 (LTS) x64',
		distribution: 'Ubuntu',
		slug: 'ubuntu-22-04-x64',
		created_at: '2023-03-15T16:24:01Z',
	}),
	image('distribution', {
		id: 63663980,
		name: '20.04 (LTS) x64',
		distribution: 'Ubuntu',
		slug: 'ubuntu-20-04-x64',
		created_at: '2020-05-15T05:47:50Z',
	}),
	image('distribution', {
		id: 143962046,
		name: '12 x64',
		distribution: 'Debian',
		slug: 'debian-12-x64',
		created_at: '2023-10-06T18:22:41Z',
	}),
	image('distribution', {
		id: 170120583,
		name: '41 x64',
		distribution: 'Fedora',
		slug: 'fedora-41-x64',
		created_at: '2024-11-01T14:07:12Z',
	}),
	image('distribution', {
		id: 158540632,
		name: '9 x64',
		distribution: 'Rocky Linux',
		slug: 'rockylinux-9-x64',
		created_at: '2024-06-03T09:11:50Z',
	}),
	image('application', {
		id: 164180117,
		name: 'Docker 27.0 on Ubuntu 22.04',
		distribution: 'Ubuntu',
		slug: 'docker-20-04',
		created_at: '2024-08-12T12:00:03Z',
		min_disk_size: 25,
	}),
	image('application', {
		id: 164180245,
		name: 'WordPress 6.6 on Ubuntu 22.04',
		distribution: 'Ubuntu',
		slug: 'wordpress-20-04',
		created_at: '2024-08-12T12:04:41Z',
		min_disk_size: 25,
	}),
	image('application', {
		id: 164180388,
		name: 'LAMP on Ubuntu 22.04',
		distribution: 'Ubuntu',
		slug: 'lamp-20-04',
		created_at: '2024-08-12T12:09:17Z',
		min_disk_size: 25,
	}),
	image('user', {
		id: 7555620,
		name: 'Nifty New Snapshot',
		distribution: 'Ubuntu',
		slug: null,
		regions: ['nyc3'],
		created_at: '2024-11-04T22:23:02Z',
		min_disk_size: 25,
		size_gigabytes: 2.34,
	}),
	image('user', {
		id: 7555621,
		name: 'web-1 before upgrade',
		distribution: 'Ubuntu',
		slug: null,
		regions: ['nyc3', 'fra1'],
		created_at: '2025-02-11T09:41:37Z',
		min_disk_size: 25,
		size_gigabytes: 3.1,
		tags: ['env:prod'],
	}),
];

export const SSH_KEYS: SshKey[] = [
	{
		id: 289794,
		fingerprint: '3b:16:e4:bf:8b:00:8b:b8:59:8c:a9:d3:f0:19:fa:45',
		public_key:
			'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAQQDDHr9jh2Jy4yALcK4JyWbVkPRaWmhck3IgCoeOO sandbox',
		name: 'Other Public Key',
	},
	{
		id: 512189,
		fingerprint: '3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa',
		public_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHv2oVb0yWqjB1kR9e3sLcGm0pQz sammy@laptop',
		name: 'laptop',
	},
	{
		id: 512190,
		fingerprint: 'b2:7e:01:5c:93:aa:4d:10:6f:e2:38:c1:0d:77:9b:64',
		public_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK4cRq8Nf2Lw0TbX1yUe7hJdA9sVm ci@deploy',
		name: 'ci-deploy',
	},
];

/** A default VPC per open region; two ids are the ones the spec's droplet examples use. */
export const VPCS: Vpc[] = [
	...OPEN_REGIONS.map((slug, index) => {
		const id = slug === 'nyc3' ? '760e09ef-dc84-11e8-981e-3cfdfeaae000' : vpcId(index);
		return {
			id,
			urn: `do:vpc:${id}`,
			name: `default-${slug}`,
			description: '',
			region: slug,
			ip_range: `10.${100 + index * 2}.0.0/20`,
			default: true,
			created_at: '2019-11-19T22:19:35Z',
		};
	}),
	{
		id: '5a4981aa-9653-4bd1-bef5-d6bff52042e4',
		urn: 'do:vpc:5a4981aa-9653-4bd1-bef5-d6bff52042e4',
		name: 'env.prod-vpc',
		description: 'VPC for production environment',
		region: 'nyc3',
		ip_range: '10.10.10.0/24',
		default: false,
		created_at: '2020-03-13T19:20:47Z',
	},
];

function vpcId(index: number): string {
	return `e0fe0f4d-596a-465e-a902-${(0x571ce57b7900 + index).toString(16).padStart(12, '0')}`;
}
