import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import { itemKey, recallCreated, rememberCreated } from '../shared/createdDroplets';
import { addressOf, withFlatAddresses } from '../shared/droplets';
import type { ItemRun } from '../shared/itemPipeline';
import { actionRouting } from '../shared/itemPipeline';
import { attempt } from '../transport/attempt';
import { DigitalOceanProblem, EXIT_CODES } from '../transport/problems';
import type { Connection } from '../transport/request';
import { sendRequest } from '../transport/request';
import {
	checkDropletName,
	checkTag,
	checkUserData,
	imageValue,
	listOf,
} from '../validation/createInput';
import { resolveSshKeys } from '../validation/sshKeys';
import { waitForActionToComplete } from '../waiting/waitForAction';
import type { DropletTarget } from '../waiting/waitForDroplet';
import { getDroplet, waitForDropletState } from '../waiting/waitForDroplet';
import { waitPlanFrom } from '../waiting/waitPlan';
import { createFields } from './createFields';

export { createFields };

export const createDroplet: INodePropertyOptions = {
	name: 'Create Droplet',
	value: 'create',
	action: 'Create a droplet',
	description: 'Create a new droplet (billed from the moment it exists)',
	routing: actionRouting({ method: 'POST', url: '/v2/droplets' }, create),
};

/** How far a droplet's created_at may lie before our request and still be ours (clock skew). */
const CREATED_AT_TOLERANCE_MS = 5 * 60_000;

async function create(run: ItemRun): Promise<IDataObject[]> {
	const body = await checkedBody(run);
	const key = itemKey(
		run.ctx.getExecutionId() ?? 'manual',
		run.ctx.getNode().name,
		run.itemIndex,
		body,
	);

	let droplet: IDataObject | undefined;
	let actionId: string | undefined;
	const marks: IDataObject = {};

	const createdBefore = recallCreated(key);
	if (createdBefore) {
		droplet = await getDroplet(run.connection, createdBefore.dropletId);
		actionId = createdBefore.actionId;
		marks.createdEarlierInThisExecution = true;
	} else if (run.options.skipIfNameExists === true) {
		droplet = await findDropletNamed(run.connection, String(body.name));
		if (droplet) marks.alreadyExisted = true;
	}

	if (!droplet) {
		const created = await postCreate(run, body);
		droplet = created.droplet;
		actionId = created.actionId;
		rememberCreated(key, { dropletId: String(droplet.id), actionId });
	}

	const dropletId = String(droplet.id);
	run.subject.dropletId = dropletId;

	const plan = waitPlanFrom(run.ctx);
	if (!plan) return [{ ...withFlatAddresses(droplet), ...marks, actionId }];

	if (actionId) {
		run.subject.actionId = actionId;
		const createAction = { id: actionId, type: 'create', resource_id: droplet.id };
		await waitForActionToComplete(run.connection, createAction, plan);
	}
	const ready = await waitForDropletState(
		run.connection,
		dropletId,
		readyTarget(body),
		plan,
		actionId,
	);
	return [{ ...withFlatAddresses(ready), ...marks }];
}

/** The routed body, with every value checked and put in the form the API expects. */
async function checkedBody(run: ItemRun): Promise<IDataObject> {
	const body: IDataObject = { ...run.request.body };

	body.name = checkDropletName('Name', body.name);
	body.image = imageValue('Image', body.image);
	for (const field of ['region', 'size'] as const) {
		body[field] = String(body[field] ?? '').trim();
		if (!body[field]) delete body[field];
	}
	if (!body.size) {
		throw new DigitalOceanProblem({
			exitcode: EXIT_CODES.invalidInput,
			field: 'Size',
			message: 'Invalid Size "": choose the size (plan) of the droplet, such as s-1vcpu-1gb',
		});
	}

	if (body.tags !== undefined) body.tags = listOf(body.tags).map((tag) => checkTag('Tags', tag));
	if (body.volumes !== undefined) body.volumes = listOf(body.volumes);
	if (body.user_data !== undefined)
		body.user_data = checkUserData('User Data', String(body.user_data));
	if (body.user_data === '') delete body.user_data;
	if (body.vpc_uuid !== undefined && !String(body.vpc_uuid).trim()) delete body.vpc_uuid;
	if (body.ssh_keys !== undefined) {
		body.ssh_keys = await resolveSshKeys(run.connection, 'SSH Keys', listOf(body.ssh_keys));
	}
	return body;
}

/**
 * Sends the create once. When the answer is lost (a 5xx or a dropped connection), the droplet
 * may exist anyway: look for one with this name made since the request, and carry on with it
 * rather than report a failure that invites a second, duplicate create.
 */
async function postCreate(run: ItemRun, body: IDataObject) {
	const sentAt = Date.now();
	const sent = await attempt(
		async () => await sendRequest(run.connection, { ...run.request, body }),
	);

	if (!sent.ok) {
		if (!outcomeUnknown(sent.problem)) throw sent.problem;
		const found = await findDropletNamed(run.connection, String(body.name), sentAt);
		if (!found) throw sent.problem;
		return { droplet: found, actionId: undefined };
	}

	const { droplet, links } = (sent.value.body ?? {}) as {
		droplet?: IDataObject;
		links?: IDataObject;
	};
	if (!droplet?.id) throw unexpectedCreateAnswer();
	const actions = (links?.actions ?? []) as IDataObject[];
	const actionId = actions[0]?.id !== undefined ? String(actions[0].id) : undefined;
	return { droplet, actionId };
}

async function findDropletNamed(
	connection: Connection,
	name: string,
	createdSince?: number,
): Promise<IDataObject | undefined> {
	const { body } = await sendRequest(connection, {
		method: 'GET',
		url: '/v2/droplets',
		qs: { name },
		safeToRepeat: true,
	});
	const droplets = (((body as IDataObject)?.droplets ?? []) as IDataObject[]).filter(
		(droplet) =>
			createdSince === undefined ||
			Date.parse(String(droplet.created_at)) >= createdSince - CREATED_AT_TOLERANCE_MS,
	);
	return droplets.length === 1 || createdSince === undefined ? droplets[0] : undefined;
}

function outcomeUnknown(problem: DigitalOceanProblem): boolean {
	const { exitcode, httpCode } = problem.details;
	return exitcode === EXIT_CODES.networkFailure || (httpCode !== undefined && httpCode >= 500);
}

function unexpectedCreateAnswer() {
	return new DigitalOceanProblem({
		exitcode: EXIT_CODES.unexpectedResponse,
		message: 'DigitalOcean accepted the create but did not answer with the droplet',
	});
}

/** Created means usable: active, and reachable on a public IPv4 unless public networking is off. */
function readyTarget(body: IDataObject): DropletTarget {
	if (body.public_networking === false) {
		return { description: 'active', isReached: (droplet) => droplet.status === 'active' };
	}
	return {
		description: 'active with a public IPv4 address',
		isReached: (droplet) =>
			droplet.status === 'active' && addressOf(droplet, 'v4', 'public') !== null,
	};
}
