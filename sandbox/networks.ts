import type { Networks, Vpc } from './models';

export interface NetworkPlan {
	vpc: Vpc;
	publicNetworking: boolean;
	ipv6: boolean;
}

/** Addresses derived from the droplet id, so the same droplet always gets the same ones. */
export function networksFor(dropletId: number, plan: NetworkPlan): Networks {
	const networks: Networks = {
		v4: [
			{
				ip_address: privateAddress(dropletId, plan.vpc.ip_range),
				netmask: netmaskOf(plan.vpc.ip_range),
				// The API writes this for private interfaces, where there is no gateway.
				gateway: 'nil',
				type: 'private',
			},
		],
		v6: [],
	};

	if (plan.publicNetworking) {
		const [b, c, d] = octets(dropletId);
		networks.v4.push({
			ip_address: `164.${b}.${c}.${Math.max(d, 2)}`,
			netmask: '255.255.255.0',
			gateway: `164.${b}.${c}.1`,
			type: 'public',
		});
	}

	if (plan.publicNetworking && plan.ipv6) {
		const high = Math.floor(dropletId / 0x10000) % 0x10000;
		const low = dropletId % 0x10000;
		networks.v6.push({
			ip_address: `2604:a880:800:10::${high.toString(16)}:${low.toString(16)}`,
			netmask: 64,
			gateway: '2604:a880:800:10::1',
			type: 'public',
		});
	}

	return networks;
}

export function noNetworks(): Networks {
	return { v4: [], v6: [] };
}

/** The low three bytes of the id; ids run past 32 bits (F6), so no bitwise operators. */
function octets(id: number): [number, number, number] {
	return [Math.floor(id / 65536) % 256, Math.floor(id / 256) % 256, id % 256];
}

function privateAddress(dropletId: number, ipRange: string): string {
	const [base, prefix] = ipRange.split('/');
	const hosts = 2 ** (32 - Number(prefix)) - 3;
	const start = base.split('.').reduce((value, part) => value * 256 + Number(part), 0);
	const address = start + 2 + (dropletId % hosts);
	return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join('.');
}

function netmaskOf(ipRange: string): string {
	const prefix = Number(ipRange.split('/')[1]);
	const mask = 2 ** 32 - 2 ** (32 - prefix);
	return [24, 16, 8, 0].map((shift) => Math.floor(mask / 2 ** shift) % 256).join('.');
}
