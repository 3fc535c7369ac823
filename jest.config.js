/** Unit and engine tests: the node runs inside n8n-core's WorkflowExecute against nock or the sandbox. */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/browser/'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	setupFiles: ['<rootDir>/test/support/setup.ts'],
	// Every sandbox answer is checked against DigitalOcean's OpenAPI spec; totals print at the end.
	globalSetup: '<rootDir>/test/support/spec-global-setup.ts',
	globalTeardown: '<rootDir>/test/support/spec-global-teardown.ts',
	setupFilesAfterEnv: ['<rootDir>/test/support/spec-after-each.ts'],
	testTimeout: 30000,
};
