import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import type { ItemRun } from '../shared/itemPipeline';
import { DROPLET_PATH } from '../shared/dropletPaths';
import { actionRouting } from '../shared/itemPipeline';
import { dropletIdOf } from '../shared/powerAction';
import { attempt } from '../transport/attempt';
import { sendRequest } from '../transport/request';
import { waitForDropletGone } from '../waiting/waitForDroplet';
import { waitPlanFrom } from '../waiting/waitPlan';

export const deleteDroplet: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a droplet',
	description: 'Destroy a droplet and its disk for good. This cannot be undone.',
	routing: actionRouting({ method: 'DELETE', url: DROPLET_PATH }, destroy),
};

async function destroy(run: ItemRun): Promise<IDataObject[]> {
	const dropletId = dropletIdOf(run);
	const id = Number(dropletId);

	const sent = await attempt(async () => await sendRequest(run.connection, run.request));
	if (!sent.ok) {
		const { httpCode, attempts } = sent.problem.details;
		if (httpCode !== 404) throw sent.problem;

		// After a retried DELETE, a 404 means the first attempt already removed the droplet.
		const deletedByUs = (attempts ?? 1) > 1;
		if (!deletedByUs && run.options.notFoundIsSuccess !== true) throw sent.problem;
		if (!deletedByUs) return [{ id, deleted: true, alreadyDeleted: true }];
	}

	const plan = waitPlanFrom(run.ctx);
	if (plan) await waitForDropletGone(run.connection, dropletId, plan);
	return [{ id, deleted: true }];
}
