import type { IDataObject } from 'n8n-workflow';

/**
 * Exit codes for failures that have no HTTP status of their own. When DigitalOcean answered,
 * the exit code is the HTTP status it answered with (401, 404, 422, 429, 500, ...), so a user can
 * branch on the same numbers the API documents.
 */
export const EXIT_CODES = {
	invalidInput: 2,
	networkFailure: 3,
	waitTimeout: 4,
	actionErrored: 5,
	unexpectedResponse: 6,
	alreadyInState: 7,
	cancelled: 8,
} as const;

/** What a user needs to act on a failure; every failure in the node is described by one. */
export interface ProblemDetails {
	exitcode: number;
	message: string;
	description?: string;
	httpCode?: number;
	errorId?: string;
	requestId?: string;
	dropletId?: string;
	actionId?: string;
	actionType?: string;
	field?: string;
	retryAfter?: string;
	attempts?: number;
}

/**
 * A failure while handling one item. Plain data only: it never holds the request options,
 * the response object or a lower-level error, because those can carry the Authorization header.
 */
export class DigitalOceanProblem extends Error {
	readonly details: ProblemDetails;

	constructor(details: ProblemDetails) {
		super(details.message);
		this.name = 'DigitalOceanProblem';
		this.details = details;
	}

	/** The same failure, with the droplet and action it concerns filled in where still missing. */
	about(context: Pick<ProblemDetails, 'dropletId' | 'actionId' | 'actionType'>) {
		const details: ProblemDetails = { ...this.details };
		for (const key of ['dropletId', 'actionId', 'actionType'] as const) {
			details[key] ??= context[key];
		}
		return new DigitalOceanProblem(details);
	}
}

export function invalidInput(field: string, value: unknown, rule: string): DigitalOceanProblem {
	return new DigitalOceanProblem({
		exitcode: EXIT_CODES.invalidInput,
		field,
		message: `Invalid ${field} ${JSON.stringify(value)}: ${rule}`,
		description: 'Nothing was sent to DigitalOcean. Correct the value and run the node again.',
	});
}

/** The fields of a problem as they appear in an output item (no undefined keys). */
export function problemFields(details: ProblemDetails): IDataObject {
	const fields: IDataObject = {};
	for (const [key, value] of Object.entries(details)) {
		if (value !== undefined) fields[key] = value;
	}
	return fields;
}
