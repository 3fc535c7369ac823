import { badRequest, isObject, json, notFound, parseId, unprocessable } from '../http';
import { refusePowerAction, startPowerAction } from '../lifecycle';
import { POWER_ACTION_TYPES, type PowerActionType } from '../models';
import { paginate } from '../paging';
import { renderAction } from '../render';
import type { Route, RouteContext } from '../router';
import { findDroplet } from './droplets';

export const dropletActionRoutes: Route[] = [
	{
		method: 'POST',
		path: '/v2/droplets/{droplet_id}/actions',
		operationId: 'dropletActions_post',
		handle: postDropletAction,
	},
	{
		method: 'GET',
		path: '/v2/droplets/{droplet_id}/actions',
		operationId: 'dropletActions_list',
		handle: ({ store, params, request, baseUrl }) => {
			const droplet = findDroplet(store, params.droplet_id, { includeDeleted: true });
			if (!droplet) return notFound();
			const page = paginate(store.actionsOf(droplet.id), request, baseUrl);
			return json(200, {
				actions: page.items.map((action) => renderAction(store, action)),
				links: page.links,
				meta: page.meta,
			});
		},
	},
	{
		method: 'GET',
		path: '/v2/droplets/{droplet_id}/actions/{action_id}',
		operationId: 'dropletActions_get',
		handle: ({ store, params }) => {
			const droplet = findDroplet(store, params.droplet_id, { includeDeleted: true });
			const actionId = parseId(params.action_id);
			const action = actionId === undefined ? undefined : store.action(actionId);
			if (!droplet || !action || action.resourceId !== droplet.id) return notFound();
			return json(200, { action: renderAction(store, action) });
		},
	},
	{
		method: 'GET',
		path: '/v2/actions/{action_id}',
		operationId: 'actions_get',
		handle: ({ store, params }) => {
			const actionId = parseId(params.action_id);
			const action = actionId === undefined ? undefined : store.action(actionId);
			return action ? json(200, { action: renderAction(store, action) }) : notFound();
		},
	},
];

function postDropletAction({ store, params, request, timing, actionOutcome }: RouteContext) {
	const droplet = findDroplet(store, params.droplet_id, { includeDeleted: false });
	if (!droplet) return notFound();
	if (!isObject(request.body)) return badRequest('error parsing request body');

	const type = request.body.type;
	if (!isPowerAction(type)) {
		// Other action types exist in the API; the node does not use them, so neither do we.
		return unprocessable(`The sandbox does not support the action type ${JSON.stringify(type)}.`);
	}

	const refusal = refusePowerAction(store, droplet, type);
	if (refusal) return unprocessable(refusal);

	const action = startPowerAction(store, timing, droplet, type, actionOutcome);
	return json(201, { action: renderAction(store, action) });
}

function isPowerAction(type: unknown): type is PowerActionType {
	return POWER_ACTION_TYPES.includes(type as PowerActionType);
}
