// Runs the checks of n8n's community package scanner (@n8n/scan-community-package) on this
// package. The scanner's command line needs the package published on the npm registry with
// provenance and fetches its source from GitHub, which cannot happen offline or before a
// release; its analysis step can, so this script feeds that step exactly what the scanner would:
// the source (package.json, nodes/, credentials/) and the packed tarball (compiled .js and the
// published package.json).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
	SOURCE_FILE_PATTERNS,
	analyzePackage,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function packTarball() {
	const workDir = mkdtempSync(path.join(tmpdir(), 'n8n-do-scan-'));
	const output = execFileSync('npm', ['pack', '--silent', '--pack-destination', workDir], {
		cwd: repoRoot,
		encoding: 'utf8',
	});
	const tarball = path.join(workDir, output.trim().split('\n').at(-1));
	const unpacked = path.join(workDir, 'package');
	mkdirSync(unpacked);
	execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
	return { workDir, unpacked };
}

function report(label, result) {
	console.log(`${result.passed ? 'passed' : 'FAILED'}: ${label}${result.message ? ` (${result.message})` : ''}`);
	if (result.details) console.log(result.details);
	return result.passed;
}

const { workDir, unpacked } = packTarball();
try {
	const source = await analyzePackage(repoRoot, SOURCE_FILE_PATTERNS);
	const tarball = await analyzePackage(unpacked, ['**/*.js', 'package.json']);
	const passed = [
		report('source: package.json, nodes/, credentials/', source),
		report('packed tarball: compiled .js and package.json', tarball),
	].every(Boolean);
	console.log('not run offline: the registry provenance check and the source download from GitHub');
	process.exitCode = passed ? 0 : 1;
} finally {
	rmSync(workDir, { recursive: true, force: true });
}
