import type { INodeProperties } from 'n8n-workflow';

import { showFor } from './showFor';

/** Notes shown in the editor where an action costs money or cannot be taken back. */
export const notices: INodeProperties[] = [
	{
		displayName:
			'A stopped droplet is still billed: its disk and IP address stay reserved. Only deleting it ends the charges.',
		name: 'stopNotice',
		type: 'notice',
		default: '',
		displayOptions: showFor(['stop']),
	},
	{
		displayName: 'Deleting destroys the droplet and its disk for good. This cannot be undone.',
		name: 'deleteNotice',
		type: 'notice',
		default: '',
		displayOptions: showFor(['delete']),
	},
];

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return a simplified version of the response instead of the raw data: ID, name, status, region, size, addresses, tags and creation time',
	displayOptions: showFor(['list', 'detail']),
};
