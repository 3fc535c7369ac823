import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from 'openapi-backend';
import { dereference, parse } from 'openapi-backend/refparser';
import { specCacheDirectory } from './locate';

export interface ServedOperation {
	method: string;
	path: string;
}

interface CachedSpec {
	format: number;
	/** Every spec file the document was built from, with what it looked like then. */
	files: Record<string, string>;
	document: Document;
}

interface SpecRoot {
	openapi: string;
	info: unknown;
	paths?: Record<string, Record<string, unknown> | undefined>;
	components?: { securitySchemes?: unknown };
	security?: unknown;
}

const CACHE_FORMAT = 1;
const loaded = new Map<string, Promise<Document>>();

/**
 * The spec reduced to the operations the sandbox serves, with every `$ref` resolved.
 * Dereferencing the whole spec (about 2,900 files) is slow, so paths are pruned first, the
 * result is kept for the process, and on disk for the next processes (jest workers, CLI).
 */
export function loadServedSpec(specFile: string, operations: ServedOperation[]): Promise<Document> {
	const key = JSON.stringify({ specFile, operations });
	let document = loaded.get(key);
	if (!document) {
		document = readCache(key) ?? buildAndCache(specFile, operations, key);
		loaded.set(key, document);
		document.catch(() => loaded.delete(key));
	}
	return document;
}

async function buildAndCache(
	specFile: string,
	operations: ServedOperation[],
	key: string,
): Promise<Document> {
	const files = new Set<string>([specFile]);
	const root = (await parse(specFile)) as unknown as SpecRoot;

	const paths: Record<string, Record<string, unknown>> = {};
	for (const { method, path } of operations) {
		const operation = root.paths?.[path]?.[method.toLowerCase()];
		if (!operation) throw new Error(`The spec has no ${method} ${path}`);
		paths[path] = { ...paths[path], [method.toLowerCase()]: operation };
	}
	const pruned = {
		openapi: root.openapi,
		info: root.info,
		paths,
		components: { securitySchemes: root.components?.securitySchemes },
		security: root.security,
	};

	const document = (await dereference(specFile, pruned, {
		resolve: {
			file: {
				read: (file: { url: string }) => {
					const path = file.url.startsWith('file:') ? fileURLToPath(file.url) : file.url;
					files.add(path);
					return readFile(path);
				},
			},
		},
	})) as unknown as Document;

	writeCache(key, { format: CACHE_FORMAT, files: fingerprints([...files]), document });
	return document;
}

function readCache(key: string): Promise<Document> | undefined {
	try {
		const cached = JSON.parse(readFileSync(cacheFile(key), 'utf8')) as CachedSpec;
		const current = fingerprints(Object.keys(cached.files));
		const unchanged =
			cached.format === CACHE_FORMAT &&
			Object.entries(cached.files).every(([file, print]) => current[file] === print);
		return unchanged ? Promise.resolve(cached.document) : undefined;
	} catch {
		return undefined;
	}
}

function writeCache(key: string, cached: CachedSpec): void {
	try {
		mkdirSync(specCacheDirectory(), { recursive: true });
		// Write then rename, so a jest worker never reads a half-written file.
		const temporary = `${cacheFile(key)}.${process.pid}.tmp`;
		writeFileSync(temporary, JSON.stringify(cached));
		renameSync(temporary, cacheFile(key));
	} catch {
		// Without a writable cache every process dereferences again: slower, still correct.
	}
}

function cacheFile(key: string): string {
	const hash = createHash('sha256').update(key).digest('hex').slice(0, 16);
	return join(specCacheDirectory(), `served-spec-${hash}.json`);
}

function fingerprints(files: string[]): Record<string, string> {
	const prints: Record<string, string> = {};
	for (const file of files) {
		try {
			const stat = statSync(file);
			prints[file] = `${stat.size}:${stat.mtimeMs}`;
		} catch {
			prints[file] = 'missing';
		}
	}
	return prints;
}
