import type { WorkflowInput } from '../n8n/instance';
import { CREDENTIAL } from './harness';

export interface BenchNode {
	name: string;
	type: string;
	typeVersion: number;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
}

export const DO_NODE = 'DigitalOcean';
export const HTTP_NODE = 'HTTP Request';
export const FLOOR_NODE = 'Helper Loop';
export const ITEMS_NODE = 'Items';

const withCredential = { digitalOceanApi: CREDENTIAL };

/** Pacing off, so that a measurement sees the node's own cost and not its gate. */
export const NO_PACING = { maxRequestsPerMinute: 0, maxConcurrentRequests: 0 };

export function items(firstId: number, count: number): BenchNode {
	return {
		name: ITEMS_NODE,
		type: 'n8n-nodes-digitalocean-bench.benchItems',
		typeVersion: 1,
		parameters: { firstId, count },
	};
}

export function digitalOcean(parameters: Record<string, unknown>): BenchNode {
	return {
		name: DO_NODE,
		type: 'n8n-nodes-digitalocean.digitalOcean',
		typeVersion: 1,
		parameters,
		credentials: withCredential,
	};
}

export const dropletFromItem = { __rl: true, mode: 'id', value: '={{ $json.id }}' };

/** n8n's HTTP Request node at its current version, using the node's credential type. */
export function httpGetDroplet(baseUrl: string): BenchNode {
	return {
		name: HTTP_NODE,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.5,
		parameters: {
			method: 'GET',
			url: `=${baseUrl}/v2/droplets/{{ $json.id }}`,
			authentication: 'predefinedCredentialType',
			nodeCredentialType: 'digitalOceanApi',
			options: {},
		},
		credentials: withCredential,
	};
}

export const helperLoop: BenchNode = {
	name: FLOOR_NODE,
	type: 'n8n-nodes-digitalocean-bench.benchHelperLoop',
	typeVersion: 1,
	parameters: {},
	credentials: withCredential,
};

/** The floor plus the one evaluation of the user's `{{ $json.id }}` that honouring it takes. */
export const helperLoopWithExpression: BenchNode = {
	...helperLoop,
	parameters: { dropletId: '={{ $json.id }}' },
};

const trigger: BenchNode = {
	name: 'Start',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	parameters: {},
};

/** A manual trigger followed by the given nodes, one after the other. */
export function chain(id: string, nodes: BenchNode[]): WorkflowInput {
	const all = [trigger, ...nodes];
	const connections: Record<string, unknown> = {};
	for (let i = 0; i < all.length - 1; i++) {
		connections[all[i].name] = { main: [[{ node: all[i + 1].name, type: 'main', index: 0 }]] };
	}
	return {
		id,
		name: `Bench ${id}`,
		active: false,
		settings: { executionOrder: 'v1' },
		connections,
		nodes: all.map((node, index) => ({
			id: `${id}-${index}`,
			position: [index * 220, 0],
			...node,
		})),
	};
}
