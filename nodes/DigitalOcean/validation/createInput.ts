import { invalidInput } from '../transport/problems';

/** The API's hostname rule for droplet names (droplet_single_create.yml). */
const DROPLET_NAME = /^[a-zA-Z0-9]?[a-z0-9A-Z.-]*[a-z0-9A-Z]$/;
const MAX_NAME_LENGTH = 255;

/** The API's rule for tag names (tags.yml). */
const TAG_NAME = /^[a-zA-Z0-9_:-]+$/;
const MAX_TAG_LENGTH = 255;

/** DigitalOcean refuses user data above 64 KiB, counted in bytes of the UTF-8 text. */
export const MAX_USER_DATA_BYTES = 64 * 1024;

export function checkDropletName(field: string, value: unknown): string {
	const name = String(value ?? '').trim();
	if (!name) throw invalidInput(field, value, 'a droplet needs a name');
	if (name.length > MAX_NAME_LENGTH) {
		throw invalidInput(field, value, `at most ${MAX_NAME_LENGTH} characters are allowed`);
	}
	if (!DROPLET_NAME.test(name)) {
		throw invalidInput(
			field,
			value,
			'use only letters, digits, dots and hyphens, starting and ending with a letter or digit',
		);
	}
	return name;
}

export function checkTag(field: string, value: unknown): string {
	const tag = String(value ?? '').trim();
	if (!TAG_NAME.test(tag) || tag.length > MAX_TAG_LENGTH) {
		throw invalidInput(
			field,
			value,
			`tags may contain only letters, digits, colons, dashes and underscores (at most ${MAX_TAG_LENGTH})`,
		);
	}
	return tag;
}

/** Splits a comma-separated list or passes an array through; empty entries are dropped. */
export function listOf(value: unknown): string[] {
	const entries = Array.isArray(value) ? value : String(value ?? '').split(',');
	return entries.map((entry) => String(entry).trim()).filter((entry) => entry !== '');
}

export function checkUserData(field: string, value: string): string {
	const bytes = Buffer.byteLength(value, 'utf8');
	if (bytes > MAX_USER_DATA_BYTES) {
		throw invalidInput(
			field,
			`${value.slice(0, 40)}…`,
			`user data is ${bytes} bytes; DigitalOcean accepts at most 64 KiB (${MAX_USER_DATA_BYTES} bytes)`,
		);
	}
	return value;
}

/** An image given as a numeric id is sent as a number, a slug as a string. */
export function imageValue(field: string, value: unknown): string | number {
	const text = String(value ?? '').trim();
	if (!text)
		throw invalidInput(field, value, 'give an image slug such as ubuntu-24-04-x64 or an id');
	if (/^\d+$/.test(text)) {
		const id = Number(text);
		if (!Number.isSafeInteger(id)) throw invalidInput(field, value, 'the image id is too large');
		return id;
	}
	if (!/^[a-z0-9][a-z0-9.-]*$/i.test(text)) {
		throw invalidInput(field, value, 'an image slug has only letters, digits, dots and hyphens');
	}
	return text;
}
