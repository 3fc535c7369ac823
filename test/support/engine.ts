import type {
	ICredentialDataDecryptedObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { ExecutionLifecycleHooks, LoadOptionsContext, WorkflowExecute } from 'n8n-core';

import { DigitalOceanApi } from '../../credentials/DigitalOceanApi.credentials';
import { DigitalOcean } from '../../nodes/DigitalOcean/DigitalOcean.node';
import { TestCredentialsHelper } from './credentialsHelper';
import { ItemsSource } from './sourceNode';
import { serializeDeep, takeLogs } from './secrets';

export const NODE_TYPE = 'n8n-nodes-digitalocean.digitalOcean';
const SOURCE_TYPE = 'test.itemsSource';
const NODE_NAME = 'DigitalOcean';
let executions = 0;

export interface NodeRun {
	/** The DigitalOcean node's parameters, as the editor would save them. */
	parameters: INodeParameters;
	/** The items the previous node hands over; one empty item by default. */
	items?: IDataObject[];
	/** The credential's fields; n8n adds Allowed HTTP Request Domains to credentials like this one. */
	credentials: { token: string; baseUrl: string; [field: string]: string };
	/** n8n's per-node error setting (Settings > On Error). */
	onError?: 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';
	retryOnFail?: boolean;
	maxTries?: number;
	waitBetweenTries?: number;
	executionId?: string;
}

export interface NodeRunResult {
	/** Items on the main output. */
	items: INodeExecutionData[];
	/** Items on the error output, when On Error is "continue (using error output)". */
	errorItems: INodeExecutionData[];
	/** The error that stopped the workflow, if any. */
	error?: IRun['data']['resultData']['error'];
	run: IRun;
	/** How often the credential was loaded from n8n's store during the run. */
	credentialReads: number;
}

class TestNodeTypes implements INodeTypes {
	private readonly types: Record<string, INodeType> = {
		[NODE_TYPE]: new DigitalOcean(),
		[SOURCE_TYPE]: new ItemsSource(),
	};

	getByName(type: string): INodeType | IVersionedNodeType {
		return this.types[type];
	}

	getByNameAndVersion(type: string): INodeType {
		return this.types[type];
	}

	getKnownTypes() {
		return {};
	}
}

const nodeTypes = new TestNodeTypes();

/**
 * Runs a two-node workflow, an item source feeding the DigitalOcean node, through n8n-core's
 * WorkflowExecute, exactly as n8n runs a saved workflow.
 */
export async function runNode(spec: NodeRun): Promise<NodeRunResult> {
	const executionId = spec.executionId ?? `exec-${++executions}`;
	const nodes: INode[] = [
		{
			id: 'source',
			name: 'Source',
			type: SOURCE_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: { items: JSON.stringify(spec.items ?? [{}]) },
		},
		{
			id: 'digitalocean',
			name: NODE_NAME,
			type: NODE_TYPE,
			typeVersion: 1,
			position: [200, 0],
			parameters: spec.parameters,
			credentials: { digitalOceanApi: { id: 'cred-1', name: 'DigitalOcean account' } },
			onError: spec.onError,
			retryOnFail: spec.retryOnFail,
			maxTries: spec.maxTries,
			waitBetweenTries: spec.waitBetweenTries,
		},
	];
	const workflow = new Workflow({
		id: 'test-workflow',
		nodes,
		connections: {
			Source: { main: [[{ node: NODE_NAME, type: 'main', index: 0 }]] },
		},
		nodeTypes,
		active: false,
		settings: { executionOrder: 'v1' },
	});

	const hooks = new ExecutionLifecycleHooks('manual', executionId, {
		id: 'test-workflow',
		name: 'test',
		active: false,
		isArchived: false,
		nodes,
		connections: workflow.connectionsBySourceNode,
		createdAt: new Date(),
		updatedAt: new Date(),
		activeVersionId: null,
	} as never);
	const finished = new Promise<IRun>((resolve) => {
		hooks.addHandler('workflowExecuteAfter', (run) => resolve(run));
	});

	const credentialsHelper = new TestCredentialsHelper(
		{ digitalOceanApi: new DigitalOceanApi() },
		{ digitalOceanApi: spec.credentials as unknown as ICredentialDataDecryptedObject },
	);
	const additionalData = {
		hooks,
		credentialsHelper,
		executionId,
		currentNodeParameters: undefined,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		variables: {},
		userId: 'user-1',
		executeWorkflow: async () => {
			throw new Error('not used');
		},
		getRunExecutionData: async () => undefined,
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('not used');
		},
	} as unknown as IWorkflowExecuteAdditionalData;

	const runExecutionData: IRunExecutionData = {
		startData: {},
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			nodeExecutionStack: [{ node: nodes[0], data: { main: [[{ json: {} }]] }, source: null }],
			waitingExecution: {},
			waitingExecutionSource: {},
		},
	} as unknown as IRunExecutionData;

	const execute = new WorkflowExecute(additionalData, 'manual', runExecutionData);
	await execute.processRunExecutionData(workflow);
	const run = await finished;

	assertTokenNotLeaked(spec.credentials.token, run);

	const taskData = run.data.resultData.runData[NODE_NAME]?.at(-1);
	const outputs = taskData?.data?.main ?? [];
	return {
		items: outputs[0] ?? [],
		errorItems: outputs[1] ?? [],
		error: run.data.resultData.error,
		run,
		credentialReads: credentialsHelper.reads,
	};
}

/**
 * Every run is searched for the credential's token: outputs, errors with their causes and
 * stacks, and what n8n logged meanwhile. A token anywhere in there fails the test (F17).
 */
function assertTokenNotLeaked(token: string, run: IRun) {
	const secret = token.trim();
	const haystack = `${serializeDeep(run)}\n${takeLogs()}`;
	if (secret.length >= 8 && haystack.includes(secret)) {
		throw new Error('The API token appears in the run data, an error or a log line');
	}
}

/**
 * Asks the node for a dropdown's options or a list search, with a context built the way n8n's
 * editor backend builds it: a one-node workflow holding the parameters entered so far.
 */
export async function askEditor(
	method: { loadOptions: string } | { listSearch: string; filter?: string },
	parameters: INodeParameters,
	credentials: NodeRun['credentials'],
): Promise<INodePropertyOptions[] | INodeListSearchResult> {
	const node: INode = {
		id: 'digitalocean',
		name: NODE_NAME,
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { digitalOceanApi: { id: 'cred-1', name: 'DigitalOcean account' } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper(
			{ digitalOceanApi: new DigitalOceanApi() },
			{ digitalOceanApi: credentials as unknown as ICredentialDataDecryptedObject },
		),
		currentNodeParameters: parameters,
	} as unknown as IWorkflowExecuteAdditionalData;
	const context: ILoadOptionsFunctions = new LoadOptionsContext(
		workflow,
		node,
		additionalData,
		'parameters',
	);

	const { methods } = new DigitalOcean();
	if ('loadOptions' in method) {
		return await methods.loadOptions[method.loadOptions as keyof typeof methods.loadOptions].call(
			context,
		);
	}
	return await methods.listSearch[method.listSearch as keyof typeof methods.listSearch].call(
		context,
		method.filter,
	);
}
