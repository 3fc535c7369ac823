import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_POLL_INTERVAL_SECONDS, DEFAULT_WAIT_TIMEOUT_SECONDS } from '../waiting/waitPlan';
import type { ActionValue } from './showFor';
import { CHANGING_ACTIONS, showFor } from './showFor';
import {
	DEFAULT_MAX_CONCURRENT_REQUESTS,
	DEFAULT_REQUEST_TIMEOUT_SECONDS,
	DEFAULT_REQUESTS_PER_MINUTE,
} from './connection';

/**
 * The droplet an action works on: picked from a searchable list, typed as an id, or pasted as a
 * control-panel URL. It carries no routing: the actions' paths name it as `{dropletId}`, which
 * the item pipeline fills in once the id has passed its check (n8n evaluates every routed field
 * of every item again and again, and this one is usually an expression).
 */
export function dropletField(actions: ActionValue[]): INodeProperties {
	return {
		displayName: 'Droplet',
		name: 'droplet',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The droplet to act on',
		displayOptions: showFor(actions),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchDroplets', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 3164444',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'A droplet ID has only digits' },
					},
				],
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: 'e.g. https://cloud.digitalocean.com/droplets/3164444/graphs',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '.*/droplets/\\d+.*',
							errorMessage: 'Paste the address of a droplet page from the control panel',
						},
					},
				],
				// Matches any text, so that a wrong URL reaches the node's own check, which names the
				// value, instead of failing inside n8n before the item is handled.
				extractValue: { type: 'regex', regex: '^(?:.*?/droplets/)?([^/?#]*)' },
			},
		],
	};
}

/**
 * Actions that change a droplet wait by default: the next node should see the droplet as the
 * user asked for it (started, stopped, created with an IP). Checking a status answers at once.
 */
export const waitForChanges: INodeProperties = {
	displayName: 'Wait for Completion',
	name: 'waitForCompletion',
	type: 'boolean',
	default: true,
	description:
		'Whether to wait until DigitalOcean has finished and the droplet is really in its new state before the node outputs it. Off: output the started action at once; check it later with Check Action Status.',
	displayOptions: showFor(CHANGING_ACTIONS),
};

export const waitForStatus: INodeProperties = {
	displayName: 'Wait for Completion',
	name: 'waitForCompletion',
	type: 'boolean',
	default: false,
	description:
		'Whether to keep checking until the action has finished (completed or errored). Off: output its current status at once.',
	displayOptions: showFor(['action-status']),
};

/** How long and how often to wait, shown once the user has chosen to wait. */
export function waitFields(actions: ActionValue[]): INodeProperties[] {
	return [
		{
			displayName: 'Wait Timeout (Seconds)',
			name: 'waitTimeout',
			type: 'number',
			default: DEFAULT_WAIT_TIMEOUT_SECONDS,
			typeOptions: { minValue: 1 },
			description:
				'How long to wait in total before the item fails with a timeout that names the droplet and action',
			displayOptions: showFor(actions, { waitForCompletion: [true] }),
		},
		{
			displayName: 'Poll Interval (Seconds)',
			name: 'pollInterval',
			type: 'number',
			default: DEFAULT_POLL_INTERVAL_SECONDS,
			typeOptions: { minValue: 0.1, numberPrecision: 1 },
			description:
				'How often to ask DigitalOcean while waiting; each check is one API request out of your rate limit',
			displayOptions: showFor(actions, { waitForCompletion: [true] }),
		},
	];
}

export const optionsField: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Error If Already in That State',
			name: 'alreadyInStateIsError',
			type: 'boolean',
			default: false,
			description:
				'Whether starting a running droplet or stopping a stopped one fails the item. Off: the item succeeds and is marked alreadyInState.',
			displayOptions: { show: { '/action': ['start', 'stop'] } },
		},
		{
			displayName: 'Max Concurrent Requests',
			name: 'maxConcurrentRequests',
			type: 'number',
			default: DEFAULT_MAX_CONCURRENT_REQUESTS,
			typeOptions: { minValue: 0 },
			description:
				'How many requests this account may have open at once across all items; 0 for no limit',
		},
		{
			displayName: 'Max Requests per Minute',
			name: 'maxRequestsPerMinute',
			type: 'number',
			default: DEFAULT_REQUESTS_PER_MINUTE,
			typeOptions: { minValue: 0 },
			description:
				"How many requests to start per minute with this account; DigitalOcean's limit is 250. Use 0 for no pacing.",
		},
		{
			displayName: 'Power Off If Shutdown Does Not Finish',
			name: 'powerOffFallback',
			type: 'boolean',
			default: true,
			description:
				'Whether to send a hard power off when a graceful shutdown has not turned the droplet off within the wait timeout (as DigitalOcean recommends)',
			displayOptions: { show: { '/action': ['stop'], '/stopMethod': ['shutdown'] } },
		},
		{
			displayName: 'Request Timeout (Seconds)',
			name: 'requestTimeout',
			type: 'number',
			default: DEFAULT_REQUEST_TIMEOUT_SECONDS,
			typeOptions: { minValue: 1 },
			description: 'How long a single API request may take before it counts as failed',
		},
		{
			displayName: 'Return Existing Droplet With the Same Name',
			name: 'skipIfNameExists',
			type: 'boolean',
			default: false,
			description:
				'Whether to look for a droplet with this name first and output it instead of creating a second one (DigitalOcean allows duplicate names)',
			displayOptions: { show: { '/action': ['create'] } },
		},
		{
			displayName: 'Treat Missing Droplet as Deleted',
			name: 'notFoundIsSuccess',
			type: 'boolean',
			default: false,
			description: 'Whether deleting a droplet that does not exist succeeds instead of failing',
			displayOptions: { show: { '/action': ['delete'] } },
		},
	],
};
