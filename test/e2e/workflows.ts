import type { WorkflowInput } from '../../scripts/n8n/instance';

export interface WorkflowNode {
	name: string;
	type: string;
	typeVersion: number;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
}

export const manualTrigger: WorkflowNode = {
	name: 'When clicking Execute',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	parameters: {},
};

/** A workflow whose nodes run one after the other, in the order given. */
export function linearWorkflow(id: string, name: string, nodes: WorkflowNode[]): WorkflowInput {
	const connections: Record<string, unknown> = {};
	for (let i = 0; i < nodes.length - 1; i++) {
		connections[nodes[i].name] = {
			main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]],
		};
	}

	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		connections,
		nodes: nodes.map((node, index) => ({
			id: `${id}-node-${index}`,
			position: [index * 220, 0],
			...node,
		})),
	};
}
