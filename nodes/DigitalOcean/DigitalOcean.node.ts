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
		requestDefaults: {
			baseURL:
				'={{ String($credentials.baseUrl || "https://api.digitalocean.com").replace(/\\/+$/, "") }}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		properties: [actionSelector, ...actionFields],
	};

	methods = { listSearch, loadOptions };
}
