import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../shared/showFor';

const forCreate = showFor(['create']);

export const createFields: INodeProperties[] = [
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
		displayName: 'Region',
		name: 'region',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. nyc3',
		description: 'The slug of the region to create the droplet in (see List Regions)',
		displayOptions: forCreate,
		routing: { send: { type: 'body', property: 'region' } },
	},
	{
		displayName: 'Size',
		name: 'size',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. s-1vcpu-1gb',
		description: 'The slug of the size (plan): CPUs, memory, disk and monthly price',
		displayOptions: forCreate,
		routing: { send: { type: 'body', property: 'size' } },
	},
	{
		displayName: 'Image',
		name: 'image',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. ubuntu-24-04-x64',
		description:
			'The slug of a public image, or the numeric ID of an image or snapshot of your account',
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
				displayName: 'SSH Keys',
				name: 'sshKeys',
				type: 'string',
				default: '',
				placeholder: 'e.g. laptop, 512190',
				description:
					'Comma-separated SSH keys of your account, by name, fingerprint or ID, to let in as root. An unknown name fails the item before anything is created.',
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
				displayName: 'VPC UUID',
				name: 'vpcUuid',
				type: 'string',
				default: '',
				placeholder: 'e.g. 760e09ef-dc84-11e8-981e-3cfdfeaae000',
				description: "The VPC to place the droplet in; empty: the region's default VPC",
				routing: { send: { type: 'body', property: 'vpc_uuid' } },
			},
		],
	},
];
