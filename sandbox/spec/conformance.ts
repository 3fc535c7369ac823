import type { Document } from 'openapi-backend';
import type { RequestToCheck, ResponseToCheck } from './validator';
import { SpecValidator } from './validator';

export interface SpecMismatch {
	direction: 'request' | 'response';
	/** The spec operation checked against; null when no served operation matched. */
	operationId: string | null;
	method: string;
	path: string;
	status?: number;
	errors: string[];
}

/** Checkers whose mismatches nobody has looked at yet, in this module registry (test file). */
const unreviewed = new Set<SpecConformance>();

/** What one sandbox checked against the spec, and what did not match. */
export class SpecConformance {
	requestsChecked = 0;
	responsesChecked = 0;
	/** Deliberately off-spec answers (plain-text 5xx, dropped connections): counted, not checked. */
	responsesExempt = 0;
	/** Mismatches handed out as failures by `reportMismatches`. */
	mismatchesReported = 0;
	/** Called as each mismatch is found, e.g. to print it while the CLI runs. */
	onMismatch?: (mismatch: SpecMismatch) => void;
	private found: SpecMismatch[] = [];
	private closed = false;

	private constructor(
		private readonly validator: SpecValidator | undefined,
		/** Why nothing is checked, when the spec could not be found. */
		readonly skipReason?: string,
	) {
		if (validator) unreviewed.add(this);
	}

	static async checking(document: Document): Promise<SpecConformance> {
		return new SpecConformance(await SpecValidator.for(document));
	}

	/** Checking wanted but impossible: the spec is not there. */
	static skipped(reason: string): SpecConformance {
		return new SpecConformance(undefined, reason);
	}

	/** Checking turned off on purpose (`spec: false`). */
	static off(): SpecConformance {
		return new SpecConformance(undefined);
	}

	get enabled(): boolean {
		return this.validator !== undefined;
	}

	get mismatches(): readonly SpecMismatch[] {
		return this.found;
	}

	/** Returns the mismatches found so far and forgets them, for tests that provoke some. */
	takeMismatches(): SpecMismatch[] {
		const taken = this.found;
		this.found = [];
		return taken;
	}

	/** Returns the mismatches found so far as failures: the run's totals count them. */
	reportMismatches(): SpecMismatch[] {
		const reported = this.takeMismatches();
		this.mismatchesReported += reported.length;
		if (this.closed) unreviewed.delete(this);
		return reported;
	}

	/** Failures so far: those reported and those nobody has looked at. */
	get failures(): number {
		return this.mismatchesReported + this.found.length;
	}

	/** No more checks come; the mismatches stay until someone reviews them. */
	close(): void {
		this.closed = true;
	}

	checkRequest(request: RequestToCheck, operationId: string | undefined): void {
		if (!this.validator) return;
		this.requestsChecked++;

		if (!operationId) {
			// Also a mistyped path in the node, or an operation the sandbox does not implement.
			this.record('request', null, request, undefined, [
				'no operation the sandbox serves matches this method and path',
			]);
			return;
		}
		const errors = this.validator.checkRequest(request, operationId);
		this.record('request', operationId, request, undefined, errors);
	}

	checkResponse(
		request: RequestToCheck,
		operationId: string | undefined,
		response: ResponseToCheck,
	): void {
		if (!this.validator || !operationId) return;
		this.responsesChecked++;
		const errors = this.validator.checkResponse(response, operationId);
		this.record('response', operationId, request, response.status, errors);
	}

	exemptResponse(): void {
		if (this.validator) this.responsesExempt++;
	}

	private record(
		direction: SpecMismatch['direction'],
		operationId: string | null,
		request: RequestToCheck,
		status: number | undefined,
		errors: string[],
	): void {
		if (errors.length === 0) return;
		const mismatch: SpecMismatch = {
			direction,
			operationId,
			method: request.method,
			path: request.path,
			...(status === undefined ? {} : { status }),
			errors,
		};
		this.found.push(mismatch);
		this.onMismatch?.(mismatch);
	}
}

export function describeMismatch(mismatch: SpecMismatch): string {
	const where = `${mismatch.method} ${mismatch.path}`;
	const against = mismatch.operationId ?? 'no operation';
	const status = mismatch.status === undefined ? '' : ` ${mismatch.status}`;
	const errors = mismatch.errors.map((error) => `\n    - ${error}`).join('');
	return `${mismatch.direction}${status} for ${where} (${against}):${errors}`;
}

/** Mismatches of every sandbox in this test file not yet reviewed, taken as failures. */
export function reportUnreviewedMismatches(): SpecMismatch[] {
	return [...unreviewed].flatMap((conformance) => conformance.reportMismatches());
}
