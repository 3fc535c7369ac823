import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { ACTION_LABELS, actionFields, actionSelector } from './actions';
import { listSearch, loadOptions } from './methods';
import { DIGITALOCEAN_API_URL } from './shared/connection';

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
		// for every request, including the follow-up requests that waiting and paging make. It is a
		// literal on purpose: n8n evaluates requestDefaults twice per item, and an expression costs a
		// sandboxed evaluation each time. The item pipeline sends to the credential's Base URL.
		requestDefaults: { baseURL: DIGITALOCEAN_API_URL },
		properties: [actionSelector, ...actionFields],
	};

	methods = { listSearch, loadOptions };
}
