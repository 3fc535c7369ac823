import { json, serverError } from '../http';
import { paginate } from '../paging';
import type { Route } from '../router';

export const accountRoutes: Route[] = [
	{
		method: 'GET',
		path: '/v2/account',
		operationId: 'account_get',
		handle: ({ store }) => (store.account ? json(200, { account: store.account }) : serverError()),
	},
	{
		method: 'GET',
		path: '/v2/account/keys',
		operationId: 'sshKeys_list',
		handle: ({ store, request, baseUrl }) => {
			const page = paginate(store.sshKeys, request, baseUrl);
			return json(200, { ssh_keys: page.items, links: page.links, meta: page.meta });
		},
	},
];
