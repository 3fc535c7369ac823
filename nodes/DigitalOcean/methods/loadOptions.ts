import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { connect } from '../shared/connection';
import { fetchPages } from '../shared/paging';

type Listing = { url: string; key: string; qs?: IDataObject };

async function readAll(ctx: ILoadOptionsFunctions, { url, key, qs }: Listing) {
	const connection = await connect(ctx);
	return await fetchPages(connection, { method: 'GET', url, qs, safeToRepeat: true }, key);
}

function chosenRegion(ctx: ILoadOptionsFunctions): string {
	const region = ctx.getCurrentNodeParameter('region');
	return typeof region === 'string' ? region.trim() : '';
}

function byName(a: INodePropertyOptions, b: INodePropertyOptions) {
	return a.name.localeCompare(b.name);
}

/** Regions a droplet can be created in now; closed ones would only earn a 422 (F10). */
export async function getRegions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const regions = await readAll(this, { url: '/v2/regions', key: 'regions' });
	return regions
		.filter((region) => region.available === true)
		.map((region) => ({
			name: `${String(region.name)} (${String(region.slug)})`,
			value: String(region.slug),
		}))
		.sort(byName);
}

/** Sizes offered in the chosen region, with what they cost, cheapest first. */
export async function getSizes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const region = chosenRegion(this);
	const sizes = await readAll(this, { url: '/v2/sizes', key: 'sizes' });
	return sizes
		.filter((size) => size.available !== false)
		.filter((size) => !region || ((size.regions as string[]) ?? []).includes(region))
		.sort((a, b) => Number(a.price_monthly) - Number(b.price_monthly))
		.map((size) => {
			const memoryGb = Number(size.memory) / 1024;
			return {
				name: `${String(size.slug)}: ${memoryGb} GB, ${String(size.vcpus)} vCPU, $${String(size.price_monthly)}/month`,
				value: String(size.slug),
				description: typeof size.description === 'string' ? size.description : undefined,
			};
		});
}

/**
 * Public distributions and one-click apps by slug, then the account's own snapshots by id.
 * n8n's dropdowns have no groups, so each name starts with its kind.
 */
export async function getImages(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const [distributions, applications, snapshots] = await Promise.all([
		readAll(this, { url: '/v2/images', key: 'images', qs: { type: 'distribution' } }),
		readAll(this, { url: '/v2/images', key: 'images', qs: { type: 'application' } }),
		readAll(this, { url: '/v2/images', key: 'images', qs: { private: 'true' } }),
	]);
	const labelled = (kind: string, images: IDataObject[], useId: boolean) =>
		images
			.map((image) => ({
				name: `${kind}: ${[image.distribution, image.name].filter(Boolean).join(' ')}`,
				value: useId || !image.slug ? String(image.id) : String(image.slug),
			}))
			.sort(byName);

	return [
		...labelled('Distribution', distributions, false),
		...labelled('App', applications, false),
		...labelled('Snapshot', snapshots, true),
	];
}

export async function getSshKeys(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const keys = await readAll(this, { url: '/v2/account/keys', key: 'ssh_keys' });
	return keys
		.map((key) => ({
			name: String(key.name),
			value: String(key.id),
			description: String(key.fingerprint),
		}))
		.sort(byName);
}

/** VPCs of the chosen region: a droplet can only join a VPC in its own region. */
export async function getVpcs(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const region = chosenRegion(this);
	const vpcs = await readAll(this, { url: '/v2/vpcs', key: 'vpcs' });
	return vpcs
		.filter((vpc) => !region || vpc.region === region)
		.map((vpc) => ({
			name: `${String(vpc.name)} (${String(vpc.ip_range)})${vpc.default ? ', default' : ''}`,
			value: String(vpc.id),
		}))
		.sort(byName);
}
