import type { Clock } from './clock';
import type {
	Account,
	ActionRecord,
	DropletRecord,
	ImageRecord,
	Region,
	Size,
	SshKey,
	Vpc,
} from './models';
import { Timeline } from './timeline';

export interface IdSequences {
	/** First id given to a droplet created without an explicit id. */
	droplet: number;
	/** First id given to an action created without an explicit id. */
	action: number;
}

export type NewDroplet = Omit<DropletRecord, 'id'> & { id?: number };
export type NewAction = Omit<ActionRecord, 'id'> & { id?: number };

/** All sandbox state: the account's catalog, its droplets and their actions. */
export class Store {
	readonly timeline = new Timeline();

	account: Account | undefined;
	regions: Region[] = [];
	sizes: Size[] = [];
	images: ImageRecord[] = [];
	sshKeys: SshKey[] = [];
	vpcs: Vpc[] = [];

	private readonly droplets = new Map<number, DropletRecord>();
	private readonly actions = new Map<number, ActionRecord>();
	private nextDropletId: number;
	private nextActionId: number;

	constructor(
		readonly clock: Clock,
		ids: IdSequences,
	) {
		this.nextDropletId = ids.droplet;
		this.nextActionId = ids.action;
	}

	/** Brings state up to the clock's present; every read below does this first. */
	settle(): number {
		const now = this.clock.now();
		this.timeline.settle(now);
		return now;
	}

	droplet(id: number): DropletRecord | undefined {
		this.settle();
		return this.droplets.get(id);
	}

	listDroplets(): DropletRecord[] {
		this.settle();
		return [...this.droplets.values()];
	}

	get dropletCount(): number {
		return this.droplets.size;
	}

	addDroplet(fields: NewDroplet): DropletRecord {
		const id = fields.id ?? this.allocate(this.droplets, 'nextDropletId');
		if (this.droplets.has(id)) throw new Error(`Droplet ${id} already exists`);

		const droplet: DropletRecord = { ...fields, id };
		this.droplets.set(id, droplet);
		return droplet;
	}

	removeDroplet(id: number): void {
		this.droplets.delete(id);
	}

	action(id: number): ActionRecord | undefined {
		this.settle();
		return this.actions.get(id);
	}

	/** Newest first, as a droplet's action history reads. */
	actionsOf(dropletId: number): ActionRecord[] {
		this.settle();
		return [...this.actions.values()]
			.filter((action) => action.resourceId === dropletId)
			.sort((a, b) => b.startedAt - a.startedAt || b.id - a.id);
	}

	addAction(fields: NewAction): ActionRecord {
		const id = fields.id ?? this.allocate(this.actions, 'nextActionId');
		if (this.actions.has(id)) throw new Error(`Action ${id} already exists`);

		const action: ActionRecord = { ...fields, id };
		this.actions.set(id, action);
		return action;
	}

	/** The next id of a sequence, skipping ids that seeds or tests took explicitly. */
	private allocate(
		taken: Map<number, unknown>,
		sequence: 'nextDropletId' | 'nextActionId',
	): number {
		while (taken.has(this[sequence])) this[sequence]++;
		return this[sequence]++;
	}

	region(slug: string): Region | undefined {
		return this.regions.find((region) => region.slug === slug);
	}

	size(slug: string): Size | undefined {
		return this.sizes.find((size) => size.slug === slug);
	}

	/** By numeric id, or by slug for public images, as droplet create accepts either. */
	image(idOrSlug: number | string): ImageRecord | undefined {
		return this.images.find(({ image }) =>
			typeof idOrSlug === 'number' ? image.id === idOrSlug : image.slug === idOrSlug,
		);
	}

	imageById(id: number): ImageRecord {
		const record = this.image(id);
		if (!record) throw new Error(`Image ${id} is not in the store`);
		return record;
	}

	/** By numeric id or by fingerprint, as droplet create accepts either. */
	sshKey(idOrFingerprint: number | string): SshKey | undefined {
		return this.sshKeys.find((key) =>
			typeof idOrFingerprint === 'number'
				? key.id === idOrFingerprint
				: key.fingerprint === idOrFingerprint,
		);
	}

	vpc(id: string): Vpc | undefined {
		return this.vpcs.find((vpc) => vpc.id === id);
	}

	defaultVpc(regionSlug: string): Vpc | undefined {
		return this.vpcs.find((vpc) => vpc.region === regionSlug && vpc.default);
	}
}
