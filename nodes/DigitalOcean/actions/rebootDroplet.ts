import type { INodePropertyOptions } from 'n8n-workflow';

import { DROPLET_ACTIONS_PATH } from '../shared/dropletPaths';
import { actionRouting } from '../shared/itemPipeline';
import { RUNNING, powerActionHandler } from '../shared/powerAction';

export const rebootDroplet: INodePropertyOptions = {
	name: 'Reboot',
	value: 'reboot',
	action: 'Reboot a droplet',
	description: 'Restart a droplet gracefully, like running reboot on it',
	routing: actionRouting(
		{ method: 'POST', url: DROPLET_ACTIONS_PATH, body: { type: 'reboot' } },
		powerActionHandler(RUNNING),
	),
};
