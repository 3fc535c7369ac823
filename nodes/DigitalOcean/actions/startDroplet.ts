import type { INodePropertyOptions } from 'n8n-workflow';

import { DROPLET_ACTIONS_PATH } from '../shared/dropletPaths';
import { actionRouting } from '../shared/itemPipeline';
import { RUNNING, powerActionHandler } from '../shared/powerAction';

export const startDroplet: INodePropertyOptions = {
	name: 'Start',
	value: 'start',
	action: 'Start a droplet',
	description: 'Power on a droplet that is off',
	routing: actionRouting(
		{ method: 'POST', url: DROPLET_ACTIONS_PATH, body: { type: 'power_on' } },
		powerActionHandler(RUNNING, 'active'),
	),
};
