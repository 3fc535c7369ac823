import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { connect } from '../shared/connection';
import { MAX_PAGE_SIZE, fetchPages } from '../shared/paging';
import { sendRequest } from '../transport/request';

/**
 * The droplet picker's list: name, status and region of each droplet, newest pages on demand.
 * A search term narrows by name; the API only filters by exact name, so matching happens here.
 */
export async function searchDroplets(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const connection = await connect(this);
	const request = { method: 'GET' as const, url: '/v2/droplets', safeToRepeat: true };

	if (filter) {
		const term = filter.toLowerCase();
		const droplets = await fetchPages(connection, request, 'droplets');
		const matches = droplets.filter((droplet) => String(droplet.name).toLowerCase().includes(term));
		return { results: matches.map(toResult) };
	}

	const page = Number(paginationToken ?? 1);
	const { body } = await sendRequest(connection, {
		...request,
		qs: { per_page: MAX_PAGE_SIZE, page },
	});
	const listing = (body ?? {}) as IDataObject;
	const droplets = (listing.droplets ?? []) as IDataObject[];
	const next = ((listing.links as IDataObject)?.pages as IDataObject)?.next;
	return {
		results: droplets.map(toResult),
		paginationToken: next ? String(page + 1) : undefined,
	};
}

function toResult(droplet: IDataObject) {
	const region = (droplet.region as IDataObject)?.slug ?? '?';
	return {
		name: `${String(droplet.name)} (${String(droplet.status)}, ${String(region)})`,
		value: String(droplet.id),
		url: `https://cloud.digitalocean.com/droplets/${String(droplet.id)}`,
	};
}
