import { json, type ApiRequest } from '../http';
import { paginate } from '../paging';
import type { Route } from '../router';
import type { Store } from '../store';

/** Regions, sizes, images and VPCs: read-only lists of the account's catalog. */
export const catalogRoutes: Route[] = [
	{
		method: 'GET',
		path: '/v2/regions',
		operationId: 'regions_list',
		handle: ({ store, request, baseUrl }) => listOf('regions', store.regions, request, baseUrl),
	},
	{
		method: 'GET',
		path: '/v2/sizes',
		operationId: 'sizes_list',
		handle: ({ store, request, baseUrl }) => listOf('sizes', store.sizes, request, baseUrl),
	},
	{
		method: 'GET',
		path: '/v2/images',
		operationId: 'images_list',
		handle: ({ store, request, baseUrl }) =>
			listOf('images', filterImages(store, request), request, baseUrl),
	},
	{
		method: 'GET',
		path: '/v2/vpcs',
		operationId: 'vpcs_list',
		handle: ({ store, request, baseUrl }) => listOf('vpcs', store.vpcs, request, baseUrl),
	},
];

function listOf(key: string, items: unknown[], request: ApiRequest, baseUrl: string) {
	const page = paginate(items, request, baseUrl);
	return json(200, { [key]: page.items, links: page.links, meta: page.meta });
}

/** `type` picks distributions or 1-click apps, `private=true` the account's own images. */
function filterImages(store: Store, request: ApiRequest) {
	const type = request.query.get('type');
	const onlyPrivate = request.query.get('private') === 'true';
	const tag = request.query.get('tag_name');

	return store.images
		.filter(({ category }) => !type || category === type)
		.filter(({ category }) => !onlyPrivate || category === 'user')
		.filter(({ image }) => !tag || image.tags.includes(tag))
		.map(({ image }) => image);
}
