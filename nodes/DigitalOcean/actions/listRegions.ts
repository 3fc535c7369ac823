import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import type { ItemRun } from '../shared/itemPipeline';
import { actionRouting } from '../shared/itemPipeline';
import { fetchPages } from '../shared/paging';

export const listRegions: INodePropertyOptions = {
	name: 'List Regions',
	value: 'get-region',
	action: 'List regions',
	description: 'List every DigitalOcean region with its sizes, features and availability',
	routing: actionRouting({ method: 'GET', url: '/v2/regions' }, allRegions),
};

async function allRegions(run: ItemRun): Promise<IDataObject[]> {
	return await fetchPages(run.connection, run.request, 'regions');
}
