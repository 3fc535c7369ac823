import { N8nInstance } from '../../scripts/n8n/instance';
import { nodeOutput } from '../../scripts/n8n/run-output';
import { e2eRuntime, e2eVersion } from './settings';
import { linearWorkflow, manualTrigger } from './workflows';

describe(`n8n ${e2eVersion()} run from the CLI`, () => {
	let n8n: N8nInstance;

	beforeAll(async () => {
		n8n = await N8nInstance.create({ version: e2eVersion(), runtime: e2eRuntime() });
	});

	afterAll(() => n8n?.dispose());

	it('runs an imported workflow and prints its items, expressions evaluated', async () => {
		const setFields = {
			name: 'Set fields',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			parameters: {
				assignments: {
					assignments: [
						{ id: 'greeting', name: 'greeting', value: 'hello', type: 'string' },
						{ id: 'sum', name: 'sum', value: '={{ 1 + 2 }}', type: 'number' },
					],
				},
				options: {},
			},
		};
		await n8n.importWorkflows([
			linearWorkflow('e2eSetFields01', 'Set fields', [manualTrigger, setFields]),
		]);

		const run = await n8n.execute('e2eSetFields01');

		expect(run.status).toBe('success');
		expect(nodeOutput(run, 'Set fields')).toEqual([{ greeting: 'hello', sum: 3 }]);
	});

	it('returns the run data of a failed run with the error of the failing node', async () => {
		const stop = {
			name: 'Stop',
			type: 'n8n-nodes-base.stopAndError',
			typeVersion: 1,
			parameters: { errorMessage: 'stopped on purpose' },
		};
		await n8n.importWorkflows([linearWorkflow('e2eStopError01', 'Stop', [manualTrigger, stop])]);

		const run = await n8n.execute('e2eStopError01');

		expect(run.status).toBe('error');
		expect(run.data.resultData.error?.message).toBe('stopped on purpose');
		expect(() => nodeOutput(run, 'Stop')).toThrow('stopped on purpose');
	});
});
