import type { IDataObject } from 'n8n-workflow';

import { DigitalOceanProblem, EXIT_CODES } from '../transport/problems';
import type { Connection } from '../transport/request';
import { sendRequest } from '../transport/request';
import { pollUntil } from './poll';
import type { WaitPlan } from './waitPlan';

/** DigitalOcean actions end in exactly one of these; anything else is still going. */
const FINISHED_STATUSES = ['completed', 'errored'];

/**
 * Polls an action until it has finished. Answers with the final action, which may have
 * `errored`; callers decide whether that is a failure. A timeout is always a failure.
 */
export async function waitForActionToFinish(
	connection: Connection,
	action: IDataObject,
	plan: WaitPlan,
): Promise<IDataObject> {
	if (FINISHED_STATUSES.includes(String(action.status))) return action;

	// The action was read as unfinished a moment ago, so the first check waits one interval.
	const result = await pollUntil(
		plan,
		async () => {
			const { body } = await sendRequest(connection, {
				method: 'GET',
				url: actionPath(action),
				safeToRepeat: true,
			});
			const current = ((body as IDataObject)?.action ?? {}) as IDataObject;
			const status = String(current.status);
			return FINISHED_STATUSES.includes(status)
				? { done: true, value: current }
				: { done: false, lastSeen: status };
		},
		{ firstCheckAfterInterval: true },
	);

	if (result.done) return result.value;
	throw actionTimeout(action, plan, result.lastSeen);
}

/**
 * A droplet's action is read through the droplet, which needs only the droplet:read scope;
 * the account-wide /v2/actions would also need actions:read.
 */
function actionPath(action: IDataObject): string {
	const onDroplet = action.resource_id !== undefined && action.resource_type !== 'image';
	return onDroplet
		? `/v2/droplets/${String(action.resource_id)}/actions/${String(action.id)}`
		: `/v2/actions/${String(action.id)}`;
}

/** Like waitForActionToFinish, but an `errored` action is a failure naming it. */
export async function waitForActionToComplete(
	connection: Connection,
	action: IDataObject,
	plan: WaitPlan,
): Promise<IDataObject> {
	const finished = await waitForActionToFinish(connection, action, plan);
	if (finished.status === 'errored') throw actionErrored(finished);
	return finished;
}

export function actionErrored(action: IDataObject): DigitalOceanProblem {
	const dropletId = action.resource_id !== undefined ? String(action.resource_id) : undefined;
	return new DigitalOceanProblem({
		exitcode: EXIT_CODES.actionErrored,
		message: `DigitalOcean action ${String(action.id)} (${String(action.type)}) on droplet ${dropletId ?? '?'} ended with status "errored"`,
		description:
			'DigitalOcean could not carry out the action. Look at the droplet in the control panel, then try again',
		actionId: String(action.id),
		actionType: String(action.type),
		dropletId,
	});
}

function actionTimeout(action: IDataObject, plan: WaitPlan, lastSeen: string) {
	const dropletId = action.resource_id !== undefined ? String(action.resource_id) : undefined;
	return new DigitalOceanProblem({
		exitcode: EXIT_CODES.waitTimeout,
		message: `Timed out after ${plan.timeoutSeconds} s waiting for action ${String(action.id)} (${String(action.type)}) on droplet ${dropletId ?? '?'} to finish; its last status was "${lastSeen}"`,
		description: `The action may still finish. Check it later with "Check Action Status" (droplet ${dropletId ?? '?'}, action ${String(action.id)}), or raise "Wait Timeout"`,
		actionId: String(action.id),
		actionType: String(action.type),
		dropletId,
	});
}
