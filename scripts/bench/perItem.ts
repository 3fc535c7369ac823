import type { ConnectionCounter } from './connections';
import type { BenchHarness } from './harness';
import { nodeTimeMs } from './harness';
import { rawKeepAliveLoop } from './rawLoop';
import { round, summarize, type Summary } from './stats';
import {
	DO_NODE,
	FLOOR_NODE,
	HTTP_NODE,
	NO_PACING,
	chain,
	digitalOcean,
	dropletFromItem,
	helperLoop,
	helperLoopWithExpression,
	httpGetDroplet,
	items,
} from './workflows';

export const ITEM_COUNT = 1000;

/**
 * Besides the three compared variants, three diagnostics: the node with a literal droplet id,
 * which n8n does not evaluate as an expression (with `{{ $json.id }}` the routing engine
 * evaluates it twice per item before the node reads it once), the floor reading the id through
 * that same expression once per item, and the node with its default ten requests in flight.
 */
const VARIANTS = [
	{ key: 'node', workflowId: 'benchPerItemNode', nodeName: DO_NODE },
	{ key: 'httpRequest', workflowId: 'benchPerItemHttp', nodeName: HTTP_NODE },
	{ key: 'helperFloor', workflowId: 'benchPerItemFlor', nodeName: FLOOR_NODE },
	{ key: 'nodeLiteralId', workflowId: 'benchPerItemLitr', nodeName: DO_NODE },
	{ key: 'helperFloorExpression', workflowId: 'benchPerItemFlrX', nodeName: FLOOR_NODE },
	{ key: 'nodeTenInFlight', workflowId: 'benchPerItemTen1', nodeName: DO_NODE },
] as const;

type VariantKey = (typeof VARIANTS)[number]['key'] | 'raw';

export interface PerItemResult {
	items: number;
	msPerItem: Record<VariantKey, Summary>;
	/** TCP connections the sandbox accepted per run, which shows whether keep-alive was used. */
	connections: Record<VariantKey, number[]>;
	ratioNodeToHttp: number;
	ratioNodeToFloor: number;
	/** Both without an expression: what the node adds to the floor on its own. */
	ratioLiteralToFloor: number;
	/** Both honouring `{{ $json.id }}`; the floor evaluates it once, n8n's routing engine twice. */
	ratioNodeToFloorWithExpression: number;
}

/** Get Details over 1,000 items, through our node, HTTP Request, the bare helper, and raw. */
export async function benchPerItem(
	harness: BenchHarness,
	counter: ConnectionCounter,
	runs: number,
): Promise<PerItemResult> {
	const sandbox = await harness.freshSandbox();
	const droplets = sandbox.addDroplets(ITEM_COUNT);
	const firstId = droplets[0].id;
	if (droplets[ITEM_COUNT - 1].id !== firstId + ITEM_COUNT - 1)
		throw new Error('ids not consecutive');

	const source = items(firstId, ITEM_COUNT);
	const getDetails = digitalOcean({
		action: 'detail',
		droplet: dropletFromItem,
		simplify: false,
		options: NO_PACING,
	});
	const literalId = digitalOcean({
		action: 'detail',
		droplet: { ...dropletFromItem, value: String(firstId) },
		simplify: false,
		options: NO_PACING,
	});
	const tenInFlight = digitalOcean({
		action: 'detail',
		droplet: dropletFromItem,
		simplify: false,
		options: { maxRequestsPerMinute: 0 },
	});
	await harness.importWorkflows([
		chain('benchPerItemLitr', [source, literalId]),
		chain('benchPerItemTen1', [source, tenInFlight]),
		chain('benchPerItemNode', [source, getDetails]),
		chain('benchPerItemHttp', [source, httpGetDroplet(harness.baseUrl)]),
		chain('benchPerItemFlor', [source, helperLoop]),
		chain('benchPerItemFlrX', [source, helperLoopWithExpression]),
	]);

	const times = emptyRecord();
	const connections = emptyRecord();
	const paths = droplets.map((droplet) => `/v2/droplets/${droplet.id}`);

	// Interleaved, so that a slow spell of the machine spreads over all variants alike.
	for (let run = 1; run <= runs; run++) {
		for (const variant of VARIANTS) {
			counter.take();
			const { run: result } = await harness.execute(variant.workflowId, {
				resetForRetry: () => counter.take(),
			});
			checkOutput(result.data.resultData, variant.nodeName);
			times[variant.key].push(nodeTimeMs(result, variant.nodeName) / ITEM_COUNT);
			connections[variant.key].push(counter.take());
		}
		times.raw.push((await rawKeepAliveLoop(harness.baseUrl, sandbox.token, paths)) / ITEM_COUNT);
		connections.raw.push(counter.take());
		console.log(`  per-item run ${run}/${runs}: ${describeRun(times, run - 1)}`);
	}

	const msPerItem = Object.fromEntries(
		Object.entries(times).map(([key, values]) => [key, summarize(values)]),
	) as Record<VariantKey, Summary>;
	return {
		items: ITEM_COUNT,
		msPerItem,
		connections,
		ratioNodeToHttp: round(msPerItem.node.median / msPerItem.httpRequest.median),
		ratioNodeToFloor: round(msPerItem.node.median / msPerItem.helperFloor.median),
		ratioLiteralToFloor: round(msPerItem.nodeLiteralId.median / msPerItem.helperFloor.median),
		ratioNodeToFloorWithExpression: round(
			msPerItem.node.median / msPerItem.helperFloorExpression.median,
		),
	};
}

function emptyRecord(): Record<VariantKey, number[]> {
	const keys: VariantKey[] = [...VARIANTS.map((variant) => variant.key), 'raw'];
	return Object.fromEntries(keys.map((key) => [key, [] as number[]])) as Record<
		VariantKey,
		number[]
	>;
}

function checkOutput(resultData: { runData: Record<string, unknown[]> }, nodeName: string) {
	const task = resultData.runData[nodeName]?.[0] as
		{ error?: { message: string }; data?: { main: unknown[][] } } | undefined;
	if (task?.error) throw new Error(`${nodeName} failed: ${task.error.message}`);
	const count = task?.data?.main[0]?.length ?? 0;
	if (count !== ITEM_COUNT) throw new Error(`${nodeName} gave ${count} items, not ${ITEM_COUNT}`);
}

function describeRun(times: Record<VariantKey, number[]>, index: number): string {
	return Object.entries(times)
		.map(([key, values]) => `${key} ${values[index].toFixed(3)} ms/item`)
		.join(', ');
}
