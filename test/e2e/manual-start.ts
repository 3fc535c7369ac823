import type { WorkflowInput } from '../../scripts/n8n/instance';

const SCHEDULE_TRIGGER = 'n8n-nodes-base.scheduleTrigger';

/**
 * `n8n execute` in 2.x starts only at a Manual or Execute Workflow Trigger and refuses a
 * workflow whose sole trigger is a schedule ("Missing node to start execution"). The copy run by
 * the tests swaps the schedule for a manual trigger of the same name; every other node is the
 * shipped one.
 */
export function withManualStart(workflow: WorkflowInput): WorkflowInput {
	const nodes = (workflow.nodes as Array<Record<string, unknown>>).map((node) =>
		node.type === SCHEDULE_TRIGGER
			? { ...node, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} }
			: node,
	);
	return { ...workflow, nodes };
}
