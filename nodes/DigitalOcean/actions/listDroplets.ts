import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { dropletOutput } from '../shared/droplets';
import type { ItemRun } from '../shared/itemPipeline';
import { actionRouting } from '../shared/itemPipeline';
import { fetchPages } from '../shared/paging';
import { showFor } from '../shared/showFor';
import { invalidInput } from '../transport/problems';
import { checkTag } from '../validation/createInput';

export const listDroplets: INodePropertyOptions = {
	name: 'List Droplets',
	value: 'list',
	action: 'List droplets',
	description: 'List the droplets of the account, optionally only those with a tag or a name',
	routing: actionRouting({ method: 'GET', url: '/v2/droplets' }, list),
};

export const listFields: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
		displayOptions: showFor(['list']),
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		default: 50,
		typeOptions: { minValue: 1 },
		description: 'Max number of results to return',
		displayOptions: showFor(['list'], { returnAll: [false] }),
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add filter',
		default: {},
		displayOptions: showFor(['list']),
		options: [
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				placeholder: 'e.g. web-01',
				description:
					'Only droplets with exactly this name (not case-sensitive). Cannot be combined with Tag.',
				routing: { send: { type: 'query', property: 'name' } },
			},
			{
				displayName: 'Tag',
				name: 'tagName',
				type: 'string',
				default: '',
				placeholder: 'e.g. env:prod',
				description: 'Only droplets carrying this tag. Cannot be combined with Name.',
				routing: { send: { type: 'query', property: 'tag_name' } },
			},
		],
	},
];

async function list(run: ItemRun): Promise<IDataObject[]> {
	const qs = dropEmpty(run.request.qs ?? {});
	if (qs.name !== undefined && qs.tag_name !== undefined) {
		throw invalidInput(
			'Filters',
			{ name: qs.name, tag: qs.tag_name },
			'DigitalOcean cannot filter by name and tag at once; keep one of them',
		);
	}
	if (qs.tag_name !== undefined) qs.tag_name = checkTag('Tag', qs.tag_name);

	const returnAll = run.ctx.getNodeParameter('returnAll', false) as boolean;
	const limit = returnAll ? undefined : Number(run.ctx.getNodeParameter('limit', 50));
	const droplets = await fetchPages(run.connection, { ...run.request, qs }, 'droplets', limit);
	const simplify = run.ctx.getNodeParameter('simplify', true) as boolean;
	return droplets.map((droplet) => dropletOutput(droplet, simplify));
}

function dropEmpty(qs: IDataObject): IDataObject {
	return Object.fromEntries(
		Object.entries(qs).filter(([, value]) => value !== undefined && String(value).trim() !== ''),
	);
}
