import type { ApiRequest } from './http';

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 200;

export interface Page<T> {
	items: T[];
	links: { pages?: Partial<Record<'first' | 'prev' | 'next' | 'last', string>> };
	meta: { total: number };
}

/**
 * One page of a list, with `links.pages` as absolute URLs on the sandbox's own base URL.
 * Out-of-range `per_page` is clamped as the API does; the spec check still reports it.
 */
export function paginate<T>(items: T[], request: ApiRequest, baseUrl: string): Page<T> {
	const perPage = Math.min(
		positiveInteger(request.query.get('per_page')) ?? DEFAULT_PER_PAGE,
		MAX_PER_PAGE,
	);
	const page = positiveInteger(request.query.get('page')) ?? 1;
	const lastPage = Math.max(1, Math.ceil(items.length / perPage));

	const pages: Page<T>['links']['pages'] = {};
	const link = (target: number) => pageUrl(baseUrl, request, target, perPage);
	if (page > 1) {
		pages.first = link(1);
		pages.prev = link(Math.min(page - 1, lastPage));
	}
	if (page < lastPage) {
		pages.next = link(page + 1);
		pages.last = link(lastPage);
	}

	const start = (page - 1) * perPage;
	return {
		items: items.slice(start, start + perPage),
		// Without page links the API answers `links: {}` (the spec's VPC and action examples).
		links: Object.keys(pages).length > 0 ? { pages } : {},
		meta: { total: items.length },
	};
}

function pageUrl(baseUrl: string, request: ApiRequest, page: number, perPage: number): string {
	const query = new URLSearchParams({ page: String(page), per_page: String(perPage) });
	for (const [name, value] of request.query) {
		if (name !== 'page' && name !== 'per_page') query.append(name, value);
	}
	return `${baseUrl}${request.path}?${query}`;
}

function positiveInteger(value: string | null): number | undefined {
	if (value === null || !/^\d+$/.test(value)) return undefined;
	const number = Number(value);
	return number >= 1 ? number : undefined;
}
