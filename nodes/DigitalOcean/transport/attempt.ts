import { asProblem } from './nodeErrors';
import type { DigitalOceanProblem } from './problems';

export type Attempt<T> = { ok: true; value: T } | { ok: false; problem: DigitalOceanProblem };

/**
 * Runs a step whose failure the caller wants to look at (a 404 that may mean "already
 * deleted", a 422 that may mean "already off") as a value, instead of catching and rethrowing.
 */
export async function attempt<T>(step: () => Promise<T>): Promise<Attempt<T>> {
	try {
		return { ok: true, value: await step() };
	} catch (error) {
		return { ok: false, problem: asProblem(error) };
	}
}
