import type { INodePropertyOptions } from 'n8n-workflow';

import { DROPLET_ACTIONS_PATH } from '../shared/dropletPaths';
import { actionRouting } from '../shared/itemPipeline';
import { RUNNING, powerActionHandler } from '../shared/powerAction';

export const resetDroplet: INodePropertyOptions = {
	name: 'Reset (Power Cycle)',
	value: 'reset',
	action: 'Power cycle a droplet',
	description: 'Turn a droplet off and on again, like pressing its reset button',
	routing: actionRouting(
		{ method: 'POST', url: DROPLET_ACTIONS_PATH, body: { type: 'power_cycle' } },
		powerActionHandler(RUNNING),
	),
};
