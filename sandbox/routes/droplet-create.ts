import { badRequest, isObject, json, unprocessable, type ApiResponse } from '../http';
import { provisionDroplet, type Provisioning } from '../lifecycle';
import type { Store } from '../store';
import { actionLink, renderDroplet } from '../render';
import type { RouteContext } from '../router';

const MAX_DROPLETS_PER_REQUEST = 10;
const MAX_USER_DATA_BYTES = 64 * 1024;
const HOSTNAME = /^[a-zA-Z0-9]?[a-zA-Z0-9.-]*[a-zA-Z0-9]$/;
const TAG = /^[a-zA-Z0-9:_-]{1,255}$/;

type Plan = Omit<Provisioning, 'name'>;

/** POST /v2/droplets: one droplet for `name`, several for `names`. */
export function createDroplets(context: RouteContext): ApiResponse {
	const { request, store, timing, baseUrl, actionOutcome } = context;
	if (!isObject(request.body)) return badRequest('error parsing request body');

	const names = namesOf(request.body);
	if (typeof names === 'string') return unprocessable(names);
	const plan = planOf(store, request.body);
	if (typeof plan === 'string') return unprocessable(plan);

	const created = names.map((name) =>
		provisionDroplet(store, timing, { ...plan, name }, actionOutcome),
	);
	const links = { actions: created.map(({ action }) => actionLink(baseUrl, action)) };
	const droplets = created.map(({ droplet }) => renderDroplet(store, droplet));

	return 'names' in request.body
		? json(202, { droplets, links })
		: json(202, { droplet: droplets[0], links });
}

/** The names to create, or why the request is refused. */
function namesOf(body: Record<string, unknown>): string[] | string {
	const { name, names } = body;
	if ((name === undefined) === (names === undefined)) {
		return 'Specify either name or names, not both.';
	}

	const list = names === undefined ? [name] : names;
	if (!Array.isArray(list) || list.length === 0) return 'names must be a list of droplet names.';
	if (list.length > MAX_DROPLETS_PER_REQUEST) {
		return `You can only create up to ${MAX_DROPLETS_PER_REQUEST} Droplets at a time.`;
	}
	if (
		!list.every((item) => typeof item === 'string' && item.length <= 255 && HOSTNAME.test(item))
	) {
		return 'Only valid hostname characters are allowed. (a-z, A-Z, 0-9, . and -)';
	}
	return list as string[];
}

/** Everything but the name, checked against the catalog, or why the request is refused. */
function planOf(store: Store, body: Record<string, unknown>): Plan | string {
	const size = typeof body.size === 'string' ? store.size(body.size) : undefined;
	if (!size) return 'You specified an invalid size for Droplet creation.';

	const image =
		typeof body.image === 'string' || typeof body.image === 'number'
			? store.image(body.image)
			: undefined;
	if (!image) return 'You specified an invalid image for Droplet creation.';

	const regionSlug =
		typeof body.region === 'string'
			? body.region
			: store.regions.find((region) => region.available && region.sizes.includes(size.slug))?.slug;
	const region = regionSlug === undefined ? undefined : store.region(regionSlug);
	if (!region) return 'You specified an invalid region for Droplet creation.';
	if (!region.available) return 'Region is not available';
	if (!region.sizes.includes(size.slug)) return 'Size is not available in this region.';
	if (!image.image.regions.includes(region.slug)) return 'Image is not available in this region.';

	const userData = body.user_data;
	if (userData !== undefined && typeof userData !== 'string') return 'user_data must be text.';
	if (userData !== undefined && Buffer.byteLength(userData, 'utf8') > MAX_USER_DATA_BYTES) {
		return 'user_data must not exceed 64 KiB.';
	}

	const vpc =
		typeof body.vpc_uuid === 'string' ? store.vpc(body.vpc_uuid) : store.defaultVpc(region.slug);
	if (!vpc) return 'You specified an invalid VPC for Droplet creation.';
	if (vpc.region !== region.slug) return "The VPC is not in the Droplet's region.";

	const publicNetworking = body.public_networking !== false;
	const ipv6 = body.ipv6 === true;
	if (ipv6 && !publicNetworking) return 'IPv6 requires public networking.';

	return {
		regionSlug: region.slug,
		sizeSlug: size.slug,
		imageId: image.image.id,
		tags: tagsOf(body.tags),
		features: featuresOf(body, ipv6),
		sshKeyIds: sshKeyIdsOf(store, body.ssh_keys),
		userData,
		network: { vpc, publicNetworking, ipv6 },
	};
}

/** As the API does (F8): one invalid tag name and the droplet gets no tags at all. */
function tagsOf(tags: unknown): string[] {
	if (!Array.isArray(tags)) return [];
	return tags.every((tag) => typeof tag === 'string' && TAG.test(tag)) ? [...tags] : [];
}

/** As the API does (F9): identifiers that name no key are dropped without a word. */
function sshKeyIdsOf(store: Store, keys: unknown): number[] {
	if (!Array.isArray(keys)) return [];
	const ids = keys.map((key) => {
		const identifier = typeof key === 'string' && /^\d+$/.test(key) ? Number(key) : key;
		return typeof identifier === 'number' || typeof identifier === 'string'
			? store.sshKey(identifier)?.id
			: undefined;
	});
	return ids.filter((id): id is number => id !== undefined);
}

function featuresOf(body: Record<string, unknown>, ipv6: boolean): string[] {
	const features = ['private_networking'];
	if (body.backups === true) features.unshift('backups');
	if (ipv6) features.push('ipv6');
	if (body.monitoring === true) features.push('monitoring');
	return features;
}
