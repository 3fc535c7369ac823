/** Shapes as the API spells them (the spec's resources/.../models), plus the sandbox's records. */

export interface Account {
	droplet_limit: number;
	floating_ip_limit: number;
	email: string;
	name: string;
	uuid: string;
	email_verified: boolean;
	status: 'active' | 'warning' | 'locked';
	status_message: string;
	team: { uuid: string; name: string };
}

export interface Region {
	name: string;
	slug: string;
	features: string[];
	available: boolean;
	sizes: string[];
}

export interface DiskInfo {
	type: 'local' | 'boot' | 'scratch';
	size: { amount: number; unit: string };
}

export interface GpuInfo {
	count: number;
	model: string;
	vram: { amount: number; unit: string };
}

export interface Size {
	slug: string;
	memory: number;
	vcpus: number;
	disk: number;
	transfer: number;
	price_monthly: number;
	price_hourly: number;
	regions: string[];
	available: boolean;
	description: string;
	disk_info: DiskInfo[];
	gpu_info?: GpuInfo;
}

export interface Image {
	id: number;
	name: string;
	type: 'base' | 'snapshot' | 'backup' | 'custom' | 'admin';
	distribution: string;
	slug: string | null;
	public: boolean;
	regions: string[];
	created_at: string;
	min_disk_size: number;
	size_gigabytes: number;
	description: string;
	tags: string[];
	status: 'available';
	error_message: string;
}

/** What `GET /v2/images?type=` filters on; the API keeps it apart from the `type` field. */
export type ImageCategory = 'distribution' | 'application' | 'user';

export interface ImageRecord {
	image: Image;
	category: ImageCategory;
}

export interface SshKey {
	id: number;
	fingerprint: string;
	public_key: string;
	name: string;
}

export interface Vpc {
	id: string;
	urn: string;
	name: string;
	description: string;
	region: string;
	ip_range: string;
	default: boolean;
	created_at: string;
}

export interface NetworkV4 {
	ip_address: string;
	netmask: string;
	gateway: string;
	type: 'public' | 'private';
}

export interface NetworkV6 {
	ip_address: string;
	netmask: number;
	gateway: string;
	type: 'public';
}

export interface Networks {
	v4: NetworkV4[];
	v6: NetworkV6[];
}

export type DropletStatus = 'new' | 'active' | 'off' | 'archive';

/** A droplet as the sandbox keeps it; `renderDroplet` turns it into the API's shape. */
export interface DropletRecord {
	id: number;
	name: string;
	status: DropletStatus;
	createdAt: number;
	regionSlug: string;
	sizeSlug: string;
	imageId: number;
	vpcUuid: string;
	tags: string[];
	features: string[];
	/** Assigned when the droplet becomes reachable; empty before (F15). */
	networks: Networks;
	sshKeyIds: number[];
	/** Exactly as received, so tests can check it arrived byte for byte (F7). */
	userData?: string;
	backupIds: number[];
	snapshotIds: number[];
	volumeIds: string[];
	locked: boolean;
	/** Set by DELETE; the droplet stays visible until `goneAt` (F14). */
	deletedAt?: number;
	goneAt?: number;
}

export type ActionStatus = 'in-progress' | 'completed' | 'errored';

export interface ActionRecord {
	id: number;
	type: string;
	status: ActionStatus;
	startedAt: number;
	completedAt: number | null;
	resourceId: number;
	resourceType: 'droplet';
	regionSlug: string;
}

export const POWER_ACTION_TYPES = [
	'power_on',
	'shutdown',
	'power_off',
	'reboot',
	'power_cycle',
] as const;

export type PowerActionType = (typeof POWER_ACTION_TYPES)[number];
