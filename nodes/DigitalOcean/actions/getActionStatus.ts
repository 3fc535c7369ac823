import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { ItemRun } from '../shared/itemPipeline';
import { actionRouting } from '../shared/itemPipeline';
import { DROPLET_ACTION_PATH, fillPath } from '../shared/dropletPaths';
import { dropletIdOf } from '../shared/powerAction';
import { showFor } from '../shared/showFor';
import { sendRequest } from '../transport/request';
import { checkedId } from '../validation/ids';
import { waitForActionToComplete } from '../waiting/waitForAction';
import { waitPlanFrom } from '../waiting/waitPlan';

export const getActionStatus: INodePropertyOptions = {
	name: 'Check Action Status',
	value: 'action-status',
	action: 'Check the status of a droplet action',
	description:
		'Read an action started earlier (for example by Start with Wait for Completion off) and see whether it has finished',
	routing: actionRouting({ method: 'GET', url: DROPLET_ACTION_PATH }, checkAction),
};

export const actionStatusFields: INodeProperties[] = [
	{
		displayName: 'Action ID',
		name: 'actionId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 36804745',
		description: 'The ID of the action, as output in the ID field by an action that did not wait',
		displayOptions: showFor(['action-status']),
	},
];

async function checkAction(run: ItemRun): Promise<IDataObject[]> {
	dropletIdOf(run);
	const actionId = checkedId('Action ID', run.ctx.getNodeParameter('actionId', ''));
	run.subject.actionId = actionId;
	run.request = { ...run.request, url: fillPath(run.request.url, { actionId }) };

	const { body } = await sendRequest(run.connection, run.request);
	const action = ((body as IDataObject)?.action ?? {}) as IDataObject;

	const plan = waitPlanFrom(run.ctx);
	if (!plan) return [action];
	return [await waitForActionToComplete(run.connection, action, plan)];
}
