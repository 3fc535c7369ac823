import type { IDataObject } from 'n8n-workflow';

import { DigitalOceanProblem, EXIT_CODES } from '../transport/problems';
import type { ApiRequest } from '../transport/request';
import { sendRequest } from '../transport/request';
import { attempt } from '../transport/attempt';
import { checkedId } from '../validation/ids';
import { waitForActionToComplete } from '../waiting/waitForAction';
import type { DropletTarget } from '../waiting/waitForDroplet';
import { getDroplet, waitForDropletState } from '../waiting/waitForDroplet';
import { waitPlanFrom } from '../waiting/waitPlan';
import { fillPath } from './dropletPaths';
import { withFlatAddresses } from './droplets';
import type { ActionHandler, ItemRun } from './itemPipeline';

export const RUNNING: DropletTarget = {
	description: 'active',
	isReached: (droplet) => droplet.status === 'active',
};

export const POWERED_OFF: DropletTarget = {
	description: 'off',
	isReached: (droplet) => droplet.status === 'off',
};

/**
 * The droplet id of the item, checked before anything is sent, and written into the request's
 * path and into the labels of any failure.
 */
export function dropletIdOf(run: ItemRun): string {
	const value = run.ctx.getNodeParameter('droplet', undefined, { extractValue: true });
	const dropletId = checkedId('Droplet', value);
	run.subject.dropletId = dropletId;
	run.request = { ...run.request, url: fillPath(run.request.url, { dropletId }) };
	return dropletId;
}

/**
 * Start, reboot and reset: post the action, then, when waiting, follow it until it has
 * completed and the droplet reads the target state.
 */
export function powerActionHandler(target: DropletTarget, settledStatus?: string): ActionHandler {
	return async (run) => {
		const dropletId = dropletIdOf(run);
		const plan = waitPlanFrom(run.ctx);

		const started = await startPowerAction(run, run.request, dropletId, target, settledStatus);
		if ('alreadyInState' in started) return [started];
		if (!plan) return [started];

		const finished = await waitForActionToComplete(run.connection, started, plan);
		const droplet = await waitForDropletState(
			run.connection,
			dropletId,
			target,
			plan,
			String(finished.id),
		);
		return [{ ...withFlatAddresses(droplet), action: finished }];
	};
}

/**
 * Posts a droplet action and answers with the action. When DigitalOcean refuses it because the
 * droplet is already where the action would take it, answers with the droplet marked
 * `alreadyInState` instead (or fails, when the user asked for that).
 */
export async function startPowerAction(
	run: ItemRun,
	request: ApiRequest,
	dropletId: string,
	target: DropletTarget,
	settledStatus?: string,
): Promise<IDataObject> {
	const sent = await attempt(async () => await sendRequest(run.connection, request));
	if (sent.ok) return ((sent.value.body as IDataObject)?.action ?? {}) as IDataObject;

	if (settledStatus && sent.problem.details.httpCode === 422) {
		const droplet = await getDroplet(run.connection, dropletId);
		if (droplet.status === settledStatus) return alreadyInState(run, droplet, sent.problem, target);
	}
	throw sent.problem;
}

function alreadyInState(
	run: ItemRun,
	droplet: IDataObject,
	refusal: DigitalOceanProblem,
	target: DropletTarget,
): IDataObject {
	if (run.options.alreadyInStateIsError === true) {
		throw new DigitalOceanProblem({
			...refusal.details,
			exitcode: EXIT_CODES.alreadyInState,
			message: `Droplet ${String(droplet.id)} is already ${target.description}: ${refusal.details.message}`,
			dropletId: String(droplet.id),
		});
	}
	return {
		...withFlatAddresses(droplet),
		alreadyInState: true,
		apiMessage: refusal.details.message,
	};
}
