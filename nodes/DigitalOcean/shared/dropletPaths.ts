/**
 * Request paths of the actions on one droplet. The ids go in as `{dropletId}` and `{actionId}`
 * only after they have passed their checks, so that no unchecked value ever reaches a URL.
 */
export const DROPLET_PATH = '/v2/droplets/{dropletId}';

export const DROPLET_ACTIONS_PATH = `${DROPLET_PATH}/actions`;

export const DROPLET_ACTION_PATH = `${DROPLET_ACTIONS_PATH}/{actionId}`;

export function fillPath(path: string, ids: { dropletId?: string; actionId?: string }): string {
	return path.replace(
		/\{(dropletId|actionId)\}/g,
		(placeholder, name: 'dropletId' | 'actionId') => {
			return ids[name] ?? placeholder;
		},
	);
}
