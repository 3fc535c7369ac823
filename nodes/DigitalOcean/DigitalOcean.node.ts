import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { ACTION_LABELS, actionFields, actionSelector } from './actions';
import { listSearch, loadOptions } from './methods';

export class DigitalOcean implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'DigitalOcean',
		name: 'digitalOcean',
		icon: { light: 'file:digitalOcean.svg', dark: 'file:digitalOcean.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: `={{ ${JSON.stringify(ACTION_LABELS)}[$parameter["action"]] }}`,
		description: 'Create, power and delete DigitalOcean droplets, and read their state',
		defaults: { name: 'DigitalOcean' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'digitalOceanApi', required: true }],
		// Only the address is shared here: the transport sets JSON, auth, timeouts and retries alike
		// for every request, including the follow-up requests that waiting and paging make.
		requestDefaults: {
			baseURL:
				'={{ String($credentials.baseUrl || "https://api.digitalocean.com").replace(/\\/+$/, "") }}',
		},
		properties: [actionSelector, ...actionFields],
	};

	methods = { listSearch, loadOptions };
}
