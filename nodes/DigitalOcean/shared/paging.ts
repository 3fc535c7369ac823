import type { IDataObject } from 'n8n-workflow';

import type { ApiRequest, Connection } from '../transport/request';
import { sendRequest } from '../transport/request';

/** The most the API returns in one page. */
export const MAX_PAGE_SIZE = 200;

/**
 * Reads a listing page by page. With a limit, asks for no more than needed (`per_page` is the
 * API's only size control); without one, follows `links.pages.next` to the end. Objects that
 * appear twice because the listing shifted between pages are kept once.
 */
export async function fetchPages(
	connection: Connection,
	request: ApiRequest,
	key: string,
	limit?: number,
): Promise<IDataObject[]> {
	const collected: IDataObject[] = [];
	const seenIds = new Set<unknown>();
	const pageSize = limit === undefined ? MAX_PAGE_SIZE : Math.min(limit, MAX_PAGE_SIZE);

	for (let page = 1; ; page++) {
		const qs: IDataObject = { ...request.qs, per_page: pageSize };
		if (page > 1) qs.page = page;
		const { body } = await sendRequest(connection, { ...request, qs });

		const listing = (body ?? {}) as IDataObject;
		const entries = Array.isArray(listing[key]) ? (listing[key] as IDataObject[]) : [];
		for (const entry of entries) {
			const id = entry.id ?? entry.slug;
			if (id !== undefined && seenIds.has(id)) continue;
			if (id !== undefined) seenIds.add(id);
			collected.push(entry);
		}

		if (limit !== undefined && collected.length >= limit) return collected.slice(0, limit);
		if (!hasNextPage(listing) || entries.length === 0) return collected;
	}
}

function hasNextPage(listing: IDataObject): boolean {
	const pages = (listing.links as IDataObject | undefined)?.pages as IDataObject | undefined;
	return typeof pages?.next === 'string' && pages.next !== '';
}
