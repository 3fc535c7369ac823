import type { IDataObject } from 'n8n-workflow';

import { fetchPages } from '../shared/paging';
import { invalidInput } from '../transport/problems';
import type { Connection } from '../transport/request';

const MD5_FINGERPRINT = /^([0-9a-f]{2}:){15}[0-9a-f]{2}$/i;
const NUMERIC_ID = /^\d+$/;

/**
 * SSH keys as the API takes them: ids as numbers, fingerprints as strings. Keys given by name
 * are looked up in the account, because the API silently ignores names and would create a
 * droplet nobody can log in to.
 */
export async function resolveSshKeys(
	connection: Connection,
	field: string,
	entries: string[],
): Promise<Array<number | string>> {
	const names = entries.filter((entry) => !NUMERIC_ID.test(entry) && !MD5_FINGERPRINT.test(entry));
	const idsByName = names.length ? await keyIdsByName(connection) : new Map<string, number>();

	return entries.map((entry) => {
		if (NUMERIC_ID.test(entry)) return Number(entry);
		if (MD5_FINGERPRINT.test(entry)) return entry.toLowerCase();

		const id = idsByName.get(entry);
		if (id === undefined) {
			throw invalidInput(
				field,
				entry,
				'no SSH key of the account has this name; give its name as in the control panel, its fingerprint or its id',
			);
		}
		return id;
	});
}

async function keyIdsByName(connection: Connection): Promise<Map<string, number>> {
	const keys = await fetchPages(
		connection,
		{ method: 'GET', url: '/v2/account/keys', safeToRepeat: true },
		'ssh_keys',
	);
	return new Map(keys.map((key: IDataObject) => [String(key.name), Number(key.id)]));
}
