import { badRequest, json, noContent, notFound, parseId, type ApiRequest } from '../http';
import { deleteDroplet } from '../lifecycle';
import type { DropletRecord } from '../models';
import { paginate } from '../paging';
import { renderDroplet } from '../render';
import type { Route, RouteContext } from '../router';
import type { Store } from '../store';
import { createDroplets } from './droplet-create';

export const dropletRoutes: Route[] = [
	{
		method: 'GET',
		path: '/v2/droplets',
		operationId: 'droplets_list',
		handle: listDroplets,
	},
	{
		method: 'POST',
		path: '/v2/droplets',
		operationId: 'droplets_create',
		handle: createDroplets,
	},
	{
		method: 'GET',
		path: '/v2/droplets/{droplet_id}',
		operationId: 'droplets_get',
		handle: ({ store, params }) => {
			const droplet = findDroplet(store, params.droplet_id, { includeDeleted: true });
			return droplet ? json(200, { droplet: renderDroplet(store, droplet) }) : notFound();
		},
	},
	{
		method: 'DELETE',
		path: '/v2/droplets/{droplet_id}',
		operationId: 'droplets_destroy',
		handle: ({ store, params, timing }) => {
			const droplet = findDroplet(store, params.droplet_id, { includeDeleted: true });
			if (!droplet) return notFound();
			if (droplet.deletedAt === undefined) deleteDroplet(store, timing, droplet);
			return noContent();
		},
	},
];

/**
 * A droplet by its path id. One deleted but still lingering (F14) is found only when asked
 * for: reads see it, actions do not.
 */
export function findDroplet(
	store: Store,
	rawId: string,
	options: { includeDeleted: boolean },
): DropletRecord | undefined {
	const id = parseId(rawId);
	const droplet = id === undefined ? undefined : store.droplet(id);
	if (!droplet || (droplet.deletedAt !== undefined && !options.includeDeleted)) return undefined;
	return droplet;
}

function listDroplets({ store, request, baseUrl }: RouteContext) {
	const query = request.query;
	// The spec: tag_name "can not be combined with `name` or `type`".
	if (query.has('tag_name') && (query.has('name') || query.has('type'))) {
		return badRequest('The tag_name parameter can not be combined with name or type.');
	}

	const page = paginate(filterDroplets(store, request), request, baseUrl);
	return json(200, {
		droplets: page.items.map((droplet) => renderDroplet(store, droplet)),
		links: page.links,
		meta: page.meta,
	});
}

function filterDroplets(store: Store, request: ApiRequest): DropletRecord[] {
	const tag = request.query.get('tag_name');
	const name = request.query.get('name')?.toLowerCase();
	const gpus = request.query.get('type') === 'gpus';

	return store
		.listDroplets()
		.filter((droplet) => !tag || droplet.tags.includes(tag))
		.filter((droplet) => !name || droplet.name.toLowerCase() === name)
		.filter((droplet) => Boolean(store.size(droplet.sizeSlug)?.gpu_info) === gpus);
}
