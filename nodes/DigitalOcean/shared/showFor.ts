import type { IDisplayOptions } from 'n8n-workflow';

export type ActionValue =
	| 'list'
	| 'create'
	| 'start'
	| 'stop'
	| 'reboot'
	| 'reset'
	| 'detail'
	| 'delete'
	| 'action-status'
	| 'get-region';

/** The actions that change a droplet and can wait until DigitalOcean has finished. */
export const CHANGING_ACTIONS: ActionValue[] = [
	'create',
	'start',
	'stop',
	'reboot',
	'reset',
	'delete',
];

export const POWER_ACTIONS: ActionValue[] = ['start', 'stop', 'reboot', 'reset'];

/** Display options that show a field only for the given actions. */
export function showFor(
	actions: ActionValue[],
	more: IDisplayOptions['show'] = {},
): IDisplayOptions {
	return { show: { action: actions, ...more } };
}
