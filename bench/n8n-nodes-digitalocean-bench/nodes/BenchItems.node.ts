import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

/** Emits `count` items `{ id }` with consecutive ids, without a Code node and its task runner. */
export class BenchItems implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bench Items',
		name: 'benchItems',
		group: ['input'],
		version: 1,
		description: 'Emits numbered items for benchmarks',
		defaults: { name: 'Bench Items' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [
			{ displayName: 'First ID', name: 'firstId', type: 'number', default: 1 },
			{ displayName: 'Count', name: 'count', type: 'number', default: 1000 },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const firstId = this.getNodeParameter('firstId', 0) as number;
		const count = this.getNodeParameter('count', 0) as number;
		const items = Array.from({ length: count }, (_, index) => ({ json: { id: firstId + index } }));
		return [items];
	}
}
