import { nodeOutput, parseRunOutput } from '../../scripts/n8n/run-output';

const run = {
	data: {
		resultData: {
			runData: {
				List: [{ executionStatus: 'success', data: { main: [[{ json: { slug: 'nyc3' } }]] } }],
			},
		},
	},
	status: 'success',
};

describe('reading the run data n8n prints', () => {
	it('finds pretty-printed run data between log lines, braces in the logs included', () => {
		const stdout = [
			'n8n Task Broker ready on 127.0.0.1, port 5679',
			'{ "not": "run data" }',
			'[license SDK] Skipping renewal on init: {renewOnInit: false}',
			JSON.stringify(run, null, 2),
			'Error executing workflow. See log messages for details.',
		].join('\n');

		expect(parseRunOutput(stdout)).toEqual(run);
	});

	it('finds run data printed on one line', () => {
		expect(parseRunOutput(`Execution error:\n${JSON.stringify(run)}\n`)).toEqual(run);
	});

	it('fails with the output when there is no run data', () => {
		expect(() => parseRunOutput('The workflow with the id "x" does not exist.')).toThrow(
			/no run data in n8n output:\nThe workflow/,
		);
	});

	it("gives a node's first-output items, and its error when it failed", () => {
		const failed = {
			data: { resultData: { runData: { List: [{ error: { message: 'Unauthorized' } }] } } },
		};

		expect(nodeOutput(parseRunOutput(JSON.stringify(run)), 'List')).toEqual([{ slug: 'nyc3' }]);
		expect(() => nodeOutput(parseRunOutput(JSON.stringify(failed)), 'List')).toThrow(
			"node 'List' failed: Unauthorized",
		);
		expect(() => nodeOutput(parseRunOutput(JSON.stringify(run)), 'Other')).toThrow('did not run');
	});
});
