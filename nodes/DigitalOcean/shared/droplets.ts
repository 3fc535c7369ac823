import type { IDataObject } from 'n8n-workflow';

interface NetworkAddress {
	ip_address?: string;
	type?: string;
}

/**
 * A droplet with its main addresses as flat fields beside the API object, because the nested
 * `networks.v4[].type` lists are what users most often have to dig through in expressions.
 */
export function withFlatAddresses(droplet: IDataObject): IDataObject {
	return {
		...droplet,
		publicIpv4: addressOf(droplet, 'v4', 'public'),
		privateIpv4: addressOf(droplet, 'v4', 'private'),
		publicIpv6: addressOf(droplet, 'v6', 'public'),
	};
}

export function addressOf(
	droplet: IDataObject,
	family: 'v4' | 'v6',
	type: 'public' | 'private',
): string | null {
	const networks = (droplet.networks ?? {}) as Record<string, NetworkAddress[] | undefined>;
	const match = (networks[family] ?? []).find((address) => address.type === type);
	return match?.ip_address ?? null;
}

/** The fields people use most, for the Simplify switch of List Droplets and Get Details. */
export function simplified(droplet: IDataObject): IDataObject {
	const flat = withFlatAddresses(droplet);
	return {
		id: flat.id,
		name: flat.name,
		status: flat.status,
		region: (flat.region as IDataObject | undefined)?.slug ?? null,
		size: flat.size_slug ?? (flat.size as IDataObject | undefined)?.slug ?? null,
		publicIpv4: flat.publicIpv4,
		privateIpv4: flat.privateIpv4,
		publicIpv6: flat.publicIpv6,
		tags: flat.tags ?? [],
		created_at: flat.created_at,
	};
}

/** The droplet as the user asked for it: simplified, or the API object with flat addresses. */
export function dropletOutput(droplet: IDataObject, simplify: boolean): IDataObject {
	return simplify ? simplified(droplet) : withFlatAddresses(droplet);
}
