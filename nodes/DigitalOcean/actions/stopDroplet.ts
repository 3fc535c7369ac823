import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { withFlatAddresses } from '../shared/droplets';
import type { ItemRun } from '../shared/itemPipeline';
import { DROPLET_ACTIONS_PATH } from '../shared/dropletPaths';
import { actionRouting } from '../shared/itemPipeline';
import { POWERED_OFF, dropletIdOf, startPowerAction } from '../shared/powerAction';
import { showFor } from '../shared/showFor';
import { attempt } from '../transport/attempt';
import type { DigitalOceanProblem } from '../transport/problems';
import { EXIT_CODES } from '../transport/problems';
import {
	actionErrored,
	waitForActionToComplete,
	waitForActionToFinish,
} from '../waiting/waitForAction';
import { waitForDropletState } from '../waiting/waitForDroplet';
import type { WaitPlan } from '../waiting/waitPlan';
import { renewed, waitPlanFrom } from '../waiting/waitPlan';

export const stopDroplet: INodePropertyOptions = {
	name: 'Stop',
	value: 'stop',
	action: 'Stop a droplet',
	description:
		'Shut a droplet down gracefully or power it off. A droplet that is off is still billed.',
	routing: actionRouting({ method: 'POST', url: DROPLET_ACTIONS_PATH }, stop),
};

export const stopFields: INodeProperties[] = [
	{
		displayName: 'Method',
		name: 'stopMethod',
		type: 'options',
		default: 'shutdown',
		description: 'How to stop the droplet',
		displayOptions: showFor(['stop']),
		options: [
			{
				name: 'Graceful Shutdown',
				value: 'shutdown',
				description: 'Ask the operating system to shut down, like running shutdown on it',
			},
			{
				name: 'Power Off',
				value: 'power_off',
				description: 'Cut the power at once, like pulling the plug; unsaved data may be lost',
			},
		],
		routing: { send: { type: 'body', property: 'type' } },
	},
];

async function stop(run: ItemRun): Promise<IDataObject[]> {
	const dropletId = dropletIdOf(run);
	const plan = waitPlanFrom(run.ctx);

	const first = await startPowerAction(run, run.request, dropletId, POWERED_OFF, 'off');
	if ('alreadyInState' in first || !plan) return [first];

	const graceful = await attempt(async () => await settle(run, dropletId, first, plan));
	if (graceful.ok) return [graceful.value];
	if (!mayFallBack(run, graceful.problem)) throw graceful.problem;

	// The graceful shutdown did not turn the droplet off in time: cut the power, with a fresh wait.
	const powerOffRequest = { ...run.request, body: { type: 'power_off' } };
	const second = await startPowerAction(run, powerOffRequest, dropletId, POWERED_OFF, 'off');
	const actionIds = [first.id, second.id].filter((id) => id !== undefined);
	if ('alreadyInState' in second) return [{ ...second, fallbackUsed: true, actionIds }];

	const result = await settle(run, dropletId, second, renewed(plan), true);
	return [{ ...result, fallbackUsed: true, actionIds }];
}

async function settle(
	run: ItemRun,
	dropletId: string,
	started: IDataObject,
	plan: WaitPlan,
	mustComplete = false,
): Promise<IDataObject> {
	const finished = mustComplete
		? await waitForActionToComplete(run.connection, started, plan)
		: await waitForActionToFinish(run.connection, started, plan);
	if (finished.status === 'errored') throw actionErrored(finished);

	const droplet = await waitForDropletState(
		run.connection,
		dropletId,
		POWERED_OFF,
		plan,
		String(finished.id),
	);
	return { ...withFlatAddresses(droplet), action: finished };
}

function mayFallBack(run: ItemRun, problem: DigitalOceanProblem): boolean {
	if (run.request.body?.type !== 'shutdown') return false;
	if (run.options.powerOffFallback === false) return false;

	const { exitcode } = problem.details;
	return exitcode === EXIT_CODES.waitTimeout || exitcode === EXIT_CODES.actionErrored;
}
