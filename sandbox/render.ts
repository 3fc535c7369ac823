import { isoSeconds } from './clock';
import type { ActionRecord, DropletRecord, Region } from './models';
import type { Store } from './store';

/** A droplet in the API's shape (resources/droplets/models/droplet.yml). */
export function renderDroplet(store: Store, droplet: DropletRecord) {
	const size = requireSize(store, droplet.sizeSlug);
	const { image } = store.imageById(droplet.imageId);
	const backups = droplet.features.includes('backups');

	return {
		id: droplet.id,
		name: droplet.name,
		memory: size.memory,
		vcpus: size.vcpus,
		disk: size.disk,
		disk_info: size.disk_info,
		locked: droplet.locked,
		status: droplet.status,
		kernel: null,
		created_at: isoSeconds(droplet.createdAt),
		features: droplet.features,
		backup_ids: droplet.backupIds,
		next_backup_window: backups ? nextBackupWindow(store.clock.now()) : null,
		snapshot_ids: droplet.snapshotIds,
		image,
		volume_ids: droplet.volumeIds,
		size,
		size_slug: size.slug,
		networks: droplet.networks,
		region: requireRegion(store, droplet.regionSlug),
		tags: droplet.tags,
		vpc_uuid: droplet.vpcUuid,
		...(size.gpu_info ? { gpu_info: size.gpu_info } : {}),
	};
}

/** An action in the API's shape (resources/actions/models/action.yml). */
export function renderAction(store: Store, action: ActionRecord) {
	return {
		id: action.id,
		status: action.status,
		type: action.type,
		started_at: isoSeconds(action.startedAt),
		completed_at: action.completedAt === null ? null : isoSeconds(action.completedAt),
		resource_id: action.resourceId,
		resource_type: action.resourceType,
		region: requireRegion(store, action.regionSlug),
		region_slug: action.regionSlug,
	};
}

/** The link a create answer gives for each create action. */
export function actionLink(baseUrl: string, action: ActionRecord) {
	return { id: action.id, rel: action.type, href: `${baseUrl}/v2/actions/${action.id}` };
}

function nextBackupWindow(now: number) {
	const day = 24 * 60 * 60 * 1000;
	const start = Math.ceil(now / day) * day;
	return { start: isoSeconds(start), end: isoSeconds(start + 23 * 60 * 60 * 1000) };
}

function requireRegion(store: Store, slug: string): Region {
	const region = store.region(slug);
	if (!region) throw new Error(`Region ${slug} is not in the store`);
	return region;
}

function requireSize(store: Store, slug: string) {
	const size = store.size(slug);
	if (!size) throw new Error(`Size ${slug} is not in the store`);
	return size;
}
