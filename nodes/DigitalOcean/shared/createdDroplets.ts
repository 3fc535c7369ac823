/**
 * Droplets this n8n process created, by the item that asked for them. When n8n's Retry On Fail
 * runs the node again in the same execution (after a wait timed out, say), the item finds the
 * droplet it already made instead of creating a second, billed one.
 */
const MAX_REMEMBERED = 10_000;

export interface CreatedDroplet {
	dropletId: string;
	actionId?: string;
}

const createdByItem = new Map<string, CreatedDroplet>();

export function itemKey(executionId: string, nodeName: string, itemIndex: number, body: unknown) {
	return `${executionId}|${nodeName}|${itemIndex}|${JSON.stringify(body)}`;
}

export function rememberCreated(key: string, created: CreatedDroplet) {
	if (createdByItem.size >= MAX_REMEMBERED) {
		const oldest = createdByItem.keys().next().value;
		if (oldest !== undefined) createdByItem.delete(oldest);
	}
	createdByItem.set(key, created);
}

export function recallCreated(key: string): CreatedDroplet | undefined {
	return createdByItem.get(key);
}
