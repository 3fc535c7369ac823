import { invalidInput } from '../transport/problems';

const DIGITS_ONLY = /^\d+$/;

/**
 * A droplet or action id as it goes into a URL path: digits only, so nothing can smuggle
 * `../` or a query into the path, and at most 2^53-1, so it survives JSON numbers unchanged.
 */
export function checkedId(field: string, value: unknown): string {
	const text = typeof value === 'number' ? numberText(value) : String(value ?? '').trim();

	if (!DIGITS_ONLY.test(text) || /^0+$/.test(text)) {
		throw invalidInput(field, value, 'use the numeric id, for example 3164444');
	}
	if (BigInt(text) > BigInt(Number.MAX_SAFE_INTEGER)) {
		throw invalidInput(
			field,
			value,
			`ids above ${Number.MAX_SAFE_INTEGER} cannot be handled exactly`,
		);
	}
	return text;
}

function numberText(value: number) {
	// A number above 2^53-1 has already lost digits; report it rather than act on a neighbour.
	return Number.isSafeInteger(value) ? String(value) : `unsafe:${value}`;
}
