import type { IDataObject } from 'n8n-workflow';

import { attempt } from '../transport/attempt';
import { DigitalOceanProblem, EXIT_CODES } from '../transport/problems';
import type { Connection } from '../transport/request';
import { sendRequest } from '../transport/request';
import { pollUntil } from './poll';
import type { WaitPlan } from './waitPlan';

/** A state a droplet is waited into, with the words used when it does not arrive. */
export interface DropletTarget {
	description: string;
	isReached: (droplet: IDataObject) => boolean;
}

export async function getDroplet(connection: Connection, dropletId: string): Promise<IDataObject> {
	const { body } = await sendRequest(connection, {
		method: 'GET',
		url: `/v2/droplets/${dropletId}`,
		safeToRepeat: true,
	});
	return ((body as IDataObject)?.droplet ?? {}) as IDataObject;
}

/** Polls the droplet until it reads the target state; a timeout names what was missing. */
export async function waitForDropletState(
	connection: Connection,
	dropletId: string,
	target: DropletTarget,
	plan: WaitPlan,
	actionId?: string,
): Promise<IDataObject> {
	const result = await pollUntil(plan, async () => {
		const droplet = await getDroplet(connection, dropletId);
		return target.isReached(droplet)
			? { done: true, value: droplet }
			: { done: false, lastSeen: String(droplet.status) };
	});

	if (result.done) return result.value;
	throw new DigitalOceanProblem({
		exitcode: EXIT_CODES.waitTimeout,
		message: `Timed out after ${plan.timeoutSeconds} s waiting for droplet ${dropletId} to be ${target.description}; its status was "${result.lastSeen}"`,
		description: `Check the droplet later with "Get Details" (droplet ${dropletId}), or raise "Wait Timeout"`,
		dropletId,
		actionId,
	});
}

/** Polls until the droplet answers 404, which is when DigitalOcean has really removed it. */
export async function waitForDropletGone(
	connection: Connection,
	dropletId: string,
	plan: WaitPlan,
): Promise<void> {
	const result = await pollUntil(plan, async () => {
		const read = await attempt(async () => await getDroplet(connection, dropletId));
		if (read.ok) return { done: false, lastSeen: String(read.value.status) };
		if (read.problem.details.httpCode === 404) return { done: true, value: undefined };
		throw read.problem;
	});

	if (result.done) return;
	throw new DigitalOceanProblem({
		exitcode: EXIT_CODES.waitTimeout,
		message: `Timed out after ${plan.timeoutSeconds} s waiting for droplet ${dropletId} to be deleted; it still answered with status "${result.lastSeen}"`,
		description: 'DigitalOcean accepted the delete; the droplet may still disappear shortly',
		dropletId,
	});
}
