import tsParser from '@typescript-eslint/parser';
import communityNodes from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';

const { community, credentials, nodes } = n8nNodesBase.configs;
const typescript = { parser: tsParser, sourceType: 'module' };

// Only the package's shipped code is linted: tests, the sandbox and scripts use Node's globals
// (timers, process) that n8n's community rules rightly ban in node code. package.json goes
// through the TypeScript parser too, as in n8n's own scanner: its rules read it as an object
// literal, and with a JSON parser they would silently check nothing.
export default [
	{
		files: ['package.json'],
		languageOptions: typescript,
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: { ...community.rules },
	},
	{
		files: ['credentials/**/*.ts'],
		languageOptions: typescript,
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...credentials.rules,
			// This rule is for credentials of n8n's own repository, whose docs live under a slug;
			// a community credential links to a full URL.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		languageOptions: typescript,
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...nodes.rules,
			// These two predate NodeConnectionTypes and ask for the string 'main'; n8n's current
			// community rule (node-connection-type-literal) asks for NodeConnectionTypes.Main.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts', 'package.json'],
		languageOptions: typescript,
		...communityNodes.configs.recommended,
	},
];
