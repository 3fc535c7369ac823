/**
 * End-to-end tests: a real n8n (installed into .cache/n8n on first run) loads the built package.
 * Kept apart from the unit suite because the first run installs ~2.8 GB and every test spawns n8n.
 */
module.exports = {
	rootDir: '../..',
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', isolatedModules: true }],
	},
	globalSetup: '<rootDir>/test/e2e/global-setup.ts',
	// As in the unit suite: each sandbox's off-spec traffic fails its test; totals print at the end.
	globalTeardown: '<rootDir>/test/support/spec-global-teardown.ts',
	setupFilesAfterEnv: ['<rootDir>/test/support/spec-after-each.ts'],
	maxWorkers: 1,
	testTimeout: 180000,
};
