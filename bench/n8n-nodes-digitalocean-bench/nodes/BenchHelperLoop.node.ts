import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

/**
 * The floor for a node inside n8n: one GET per item through n8n's authenticated request helper
 * and nothing else. All items are in flight at once, as n8n's routing engine sends them.
 */
export class BenchHelperLoop implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bench Helper Loop',
		name: 'benchHelperLoop',
		group: ['transform'],
		version: 1,
		description: 'Reads each droplet through httpRequestWithAuthentication only',
		defaults: { name: 'Bench Helper Loop' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'digitalOceanApi', required: true }],
		properties: [
			{
				displayName: 'Droplet ID',
				name: 'dropletId',
				type: 'string',
				default: '',
				description:
					'Empty: the id is read from the item directly. Set (usually to an expression): read through n8n, which evaluates it per item as any node honouring expressions must',
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const credentials = await this.getCredentials('digitalOceanApi');
		const baseURL = String(credentials.baseUrl).replace(/\/+$/, '');
		const items = this.getInputData();
		// Only a set Droplet ID is read through n8n, so that the plain floor does nothing per item
		// but the request.
		const readsDropletId = Boolean(this.getNode().parameters.dropletId);

		const bodies = await Promise.all(
			items.map(async (item, index) => {
				const id = readsDropletId
					? String(this.getNodeParameter('dropletId', index))
					: String(item.json.id);
				const body = (await this.helpers.httpRequestWithAuthentication.call(
					this,
					'digitalOceanApi',
					{ method: 'GET', baseURL, url: `/v2/droplets/${id}`, json: true },
				)) as IDataObject;
				return body;
			}),
		);
		return [bodies.map((body, index) => ({ json: body, pairedItem: { item: index } }))];
	}
}
