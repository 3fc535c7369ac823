import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../shared/showFor';

const forCreate = showFor(['create']);

export const createFields: INodeProperties[] = [
	{
		displayName:
			'A droplet is billed from the moment it exists, whether it is running or not, until it is deleted',
		name: 'createNotice',
		type: 'notice',
		default: '',
		displayOptions: forCreate,
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. web-01',
		description:
			'The droplet name, also its hostname: letters, digits, dots and hyphens. DigitalOcean does not require names to be unique.',
		displayOptions: forCreate,
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Region Name or ID',
		name: 'region',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getRegions' },
		default: '',
		required: true,
		description:
			'Where to create the droplet; only regions open for new droplets are listed. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: forCreate,
		routing: { send: { type: 'body', property: 'region' } },
	},
	{
		displayName: 'Size Name or ID',
		name: 'size',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSizes', loadOptionsDependsOn: ['region'] },
		default: '',
		required: true,
		description:
			'The plan: memory, CPUs and monthly price; only sizes offered in the chosen region are listed. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: forCreate,
		routing: { send: { type: 'body', property: 'size' } },
	},
	{
		displayName: 'Image Name or ID',
		name: 'image',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getImages' },
		default: '',
		required: true,
		description:
			'A distribution, a one-click app, or one of your snapshots (slug or numeric ID). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: forCreate,
		routing: { send: { type: 'body', property: 'image' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add field',
		default: {},
		displayOptions: forCreate,
		options: [
			{
				displayName: 'Backups',
				name: 'backups',
				type: 'boolean',
				default: false,
				description: 'Whether to enable automated weekly backups (billed extra)',
				routing: { send: { type: 'body', property: 'backups' } },
			},
			{
				displayName: 'Droplet Agent',
				name: 'withDropletAgent',
				type: 'boolean',
				default: true,
				description:
					'Whether to install the agent behind the web console of the control panel; on: fail if it cannot be installed',
				routing: { send: { type: 'body', property: 'with_droplet_agent' } },
			},
			{
				displayName: 'IPv6',
				name: 'ipv6',
				type: 'boolean',
				default: false,
				description: 'Whether to give the droplet a public IPv6 address',
				routing: { send: { type: 'body', property: 'ipv6' } },
			},
			{
				displayName: 'Monitoring',
				name: 'monitoring',
				type: 'boolean',
				default: false,
				description: 'Whether to install the agent that collects metrics for graphs and alerts',
				routing: { send: { type: 'body', property: 'monitoring' } },
			},
			{
				displayName: 'Private Networking (Deprecated)',
				name: 'privateNetworking',
				type: 'boolean',
				default: false,
				description:
					'Whether to enable private networking. Deprecated by DigitalOcean: every droplet now joins a VPC; use VPC instead.',
				routing: { send: { type: 'body', property: 'private_networking' } },
			},
			{
				displayName: 'Public Networking',
				name: 'publicNetworking',
				type: 'boolean',
				default: true,
				description:
					'Whether the droplet gets a public IPv4 address. Off: reachable only inside its VPC (IPv6 must be off too).',
				routing: { send: { type: 'body', property: 'public_networking' } },
			},
			{
				displayName: 'SSH Key Names or IDs',
				name: 'sshKeys',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getSshKeys' },
				default: [],
				description:
					'Keys of your account to let in as root. In an expression, give names, fingerprints or IDs (a list or comma-separated); an unknown name fails the item before anything is created. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				routing: { send: { type: 'body', property: 'ssh_keys' } },
			},
			{
				displayName: 'Tags',
				name: 'tags',
				type: 'string',
				default: '',
				placeholder: 'e.g. env:prod, web',
				description:
					'Comma-separated tags; each may hold letters, digits, colons, dashes and underscores',
				routing: { send: { type: 'body', property: 'tags' } },
			},
			{
				displayName: 'User Data',
				name: 'userData',
				type: 'string',
				default: '',
				typeOptions: { rows: 5 },
				placeholder: '#cloud-config',
				description:
					'A cloud-config file or a script run on first boot, sent exactly as written (at most 64 KiB)',
				routing: { send: { type: 'body', property: 'user_data' } },
			},
			{
				displayName: 'Volumes',
				name: 'volumes',
				type: 'string',
				default: '',
				description: 'Comma-separated IDs of block storage volumes to attach',
				routing: { send: { type: 'body', property: 'volumes' } },
			},
			{
				displayName: 'VPC Name or ID',
				name: 'vpcUuid',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getVpcs', loadOptionsDependsOn: ['region'] },
				default: '',
				description:
					'A VPC of the chosen region to place the droplet in; none: the region\'s default VPC. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				routing: { send: { type: 'body', property: 'vpc_uuid' } },
			},
		],
	},
];
