import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import { dropletOutput } from '../shared/droplets';
import type { ItemRun } from '../shared/itemPipeline';
import { DROPLET_PATH } from '../shared/dropletPaths';
import { actionRouting } from '../shared/itemPipeline';
import { dropletIdOf } from '../shared/powerAction';
import { sendRequest } from '../transport/request';

export const getDroplet: INodePropertyOptions = {
	name: 'Get Details',
	value: 'detail',
	action: 'Get details of a droplet',
	description: 'Read a droplet: status, size, region, image, addresses and more',
	routing: actionRouting({ method: 'GET', url: DROPLET_PATH }, getDetails),
};

async function getDetails(run: ItemRun): Promise<IDataObject[]> {
	dropletIdOf(run);
	const { body } = await sendRequest(run.connection, run.request);
	const simplify = run.ctx.getNodeParameter('simplify', true) as boolean;
	return [dropletOutput(((body as IDataObject)?.droplet ?? {}) as IDataObject, simplify)];
}
