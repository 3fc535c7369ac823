/**
 * Browser tests: Chromium drives a real n8n editor with the built package, against the sandbox.
 * Kept apart from the other suites because they need Debian's Chromium and spawn n8n per file.
 */
module.exports = {
	rootDir: '../..',
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test/browser'],
	testMatch: ['**/*.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', isolatedModules: true }],
	},
	globalSetup: '<rootDir>/test/e2e/global-setup.ts',
	maxWorkers: 1,
	testTimeout: 120000,
};
