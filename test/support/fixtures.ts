import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** DigitalOcean's own example payloads, taken from its OpenAPI spec (see shared/fixtures). */
export const FIXTURES_DIR = resolve(__dirname, '..', '..', '..', 'shared', 'fixtures', 'do-api');

/** A fresh copy of a fixture, so that a test can change it without touching the others. */
export function fixture<T = Record<string, any>>(name: string): T {
	return JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.json`), 'utf8')) as T;
}

/** The example droplet with another id, name and status, for building larger accounts. */
export function dropletLike(id: number, changes: Record<string, unknown> = {}) {
	const { droplet } = fixture('droplet-get');
	return { ...droplet, id, name: `droplet-${id}`, ...changes };
}

/** An action as the API returns it, built on the spec's example action. */
export function actionLike(changes: Record<string, unknown>) {
	const { action } = fixture('action-in-progress');
	return { ...action, ...changes };
}
