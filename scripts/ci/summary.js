// Adds up jest's JSON reports into one closing line, "Tests: N passed, N failed", which CI
// reads; jest's own summary line is not one that it recognises.
const { readFileSync, existsSync } = require('node:fs');

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
	if (!existsSync(file)) {
		console.error(`missing test report: ${file}`);
		failed++;
		continue;
	}
	const report = JSON.parse(readFileSync(file, 'utf8'));
	passed += report.numPassedTests;
	failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
}
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
