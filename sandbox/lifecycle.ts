import type { ActionRecord, DropletRecord, PowerActionType } from './models';
import { networksFor, noNetworks, type NetworkPlan } from './networks';
import type { Store } from './store';

/** How long things take; a test shortens them or moves a manual clock past them. */
export interface Timing {
	/** From create to `active`. */
	createMs: number;
	/** From `active` to having networks: the "active but not reachable" stage (F15). */
	networksMs: number;
	/** How long a power action stays `in-progress`. */
	actionMs: number;
	/** How long a deleted droplet still answers 200 before 404 (F14). */
	deleteLingerMs: number;
}

/**
 * How an action ends. Normally it completes and takes effect; a fault can make it end
 * `errored`, complete without effect (a shutdown the OS ignored, F12) or never end.
 */
export type ActionOutcome = 'completed' | 'errored' | 'no-effect' | 'stuck';

export interface Provisioning {
	name: string;
	regionSlug: string;
	sizeSlug: string;
	imageId: number;
	tags: string[];
	features: string[];
	sshKeyIds: number[];
	userData?: string;
	network: NetworkPlan;
}

const STATUS_AFTER: Record<PowerActionType, DropletRecord['status']> = {
	power_on: 'active',
	reboot: 'active',
	power_cycle: 'active',
	shutdown: 'off',
	power_off: 'off',
};

export function provisionDroplet(
	store: Store,
	timing: Timing,
	plan: Provisioning,
	outcome: ActionOutcome,
): { droplet: DropletRecord; action: ActionRecord } {
	const now = store.settle();
	const droplet = store.addDroplet({
		name: plan.name,
		status: 'new',
		createdAt: now,
		regionSlug: plan.regionSlug,
		sizeSlug: plan.sizeSlug,
		imageId: plan.imageId,
		vpcUuid: plan.network.vpc.id,
		tags: plan.tags,
		features: plan.features,
		networks: noNetworks(),
		sshKeyIds: plan.sshKeyIds,
		userData: plan.userData,
		backupIds: [],
		snapshotIds: [],
		volumeIds: [],
		locked: false,
	});
	const action = beginAction(store, droplet, 'create');

	finishAction(store, droplet, action, now + timing.createMs, outcome, () => {
		droplet.status = 'active';
		store.timeline.schedule(now + timing.createMs + timing.networksMs, () => {
			if (droplet.deletedAt === undefined) {
				droplet.networks = networksFor(droplet.id, plan.network);
			}
		});
	});
	return { droplet, action };
}

/** The API's refusal for an action the droplet's state does not allow, if any. */
export function refusePowerAction(
	store: Store,
	droplet: DropletRecord,
	type: PowerActionType,
): string | undefined {
	if (store.actionsOf(droplet.id).some((action) => action.status === 'in-progress')) {
		return 'Droplet already has a pending event.';
	}
	if ((type === 'power_off' || type === 'shutdown') && droplet.status === 'off') {
		return 'Droplet is already powered off.';
	}
	if (type === 'power_on' && droplet.status === 'active') {
		return 'Droplet is already powered on.';
	}
	return undefined;
}

export function startPowerAction(
	store: Store,
	timing: Timing,
	droplet: DropletRecord,
	type: PowerActionType,
	outcome: ActionOutcome,
): ActionRecord {
	const action = beginAction(store, droplet, type);
	finishAction(store, droplet, action, action.startedAt + timing.actionMs, outcome, () => {
		droplet.status = STATUS_AFTER[type];
	});
	return action;
}

export function deleteDroplet(store: Store, timing: Timing, droplet: DropletRecord): void {
	const now = store.settle();
	droplet.deletedAt = now;
	droplet.goneAt = now + timing.deleteLingerMs;

	if (timing.deleteLingerMs <= 0) {
		store.removeDroplet(droplet.id);
		return;
	}
	store.timeline.schedule(droplet.goneAt, () => store.removeDroplet(droplet.id));
}

function beginAction(store: Store, droplet: DropletRecord, type: string): ActionRecord {
	return store.addAction({
		type,
		status: 'in-progress',
		startedAt: store.clock.now(),
		completedAt: null,
		resourceId: droplet.id,
		resourceType: 'droplet',
		regionSlug: droplet.regionSlug,
	});
}

function finishAction(
	store: Store,
	droplet: DropletRecord,
	action: ActionRecord,
	at: number,
	outcome: ActionOutcome,
	takeEffect: () => void,
): void {
	if (outcome === 'stuck') return;

	store.timeline.schedule(at, () => {
		action.status = outcome === 'errored' ? 'errored' : 'completed';
		action.completedAt = at;
		if (outcome === 'completed' && droplet.deletedAt === undefined) takeEffect();
	});
}
