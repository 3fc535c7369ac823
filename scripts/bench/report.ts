import type { FootprintResult } from './footprint';
import type { ListingResult } from './listing';
import type { PacingResult } from './pacing';
import type { PerItemResult } from './perItem';
import type { Summary } from './stats';
import type { WaitingResult } from './waiting';

export interface Results {
	machine: Record<string, unknown>;
	perItem?: PerItemResult;
	listing?: Record<string, ListingResult>;
	waiting?: WaitingResult;
	pacing?: PacingResult;
	footprint?: FootprintResult;
}

type Row = [string, string, string];

/** One table: what was measured, its median with the spread over runs, and the goal. */
export function printReport(results: Results): void {
	const rows: Row[] = [];
	const { perItem, listing, waiting, pacing, footprint } = results;

	if (perItem) {
		const { msPerItem: ms } = perItem;
		rows.push(['(a) node, ms/item', spread(ms.node, 3), '']);
		rows.push(['(b) HTTP Request node, ms/item', spread(ms.httpRequest, 3), '']);
		rows.push(['(c) helper floor in n8n, ms/item', spread(ms.helperFloor, 3), '']);
		rows.push(['(d) raw keep-alive loop, ms/item', spread(ms.raw, 3), '']);
		rows.push(['diag: node, literal droplet id, ms/item', spread(ms.nodeLiteralId, 3), '']);
		rows.push([
			'diag: floor reading {{ $json.id }}, ms/item',
			spread(ms.helperFloorExpression, 3),
			'',
		]);
		rows.push(['diag: node, 10 in flight, ms/item', spread(ms.nodeTenInFlight, 3), '']);
		rows.push([
			'a/b',
			perItem.ratioNodeToHttp.toFixed(2),
			goal(perItem.ratioNodeToHttp <= 1, '<= 1.0'),
		]);
		rows.push([
			'a/c',
			perItem.ratioNodeToFloor.toFixed(2),
			goal(perItem.ratioNodeToFloor <= 1.5, '<= 1.5'),
		]);
		rows.push(['diag: a/c with a literal id', perItem.ratioLiteralToFloor.toFixed(2), '']);
		rows.push([
			'diag: a / floor reading {{ $json.id }}',
			perItem.ratioNodeToFloorWithExpression.toFixed(2),
			'',
		]);
		const conns = perItem.connections;
		rows.push([
			'TCP connections a/b/c/d (run 1)',
			`${conns.node[0]}/${conns.httpRequest[0]}/${conns.helperFloor[0]}/${conns.raw[0]}`,
			'',
		]);
	}
	for (const [name, listed] of Object.entries(listing ?? {})) {
		const requests = listed.requests.median;
		rows.push([
			`list ${name} (${listed.objects}): requests`,
			spread(listed.requests, 0),
			goal(requests <= listed.floorRequests, `${listed.floorRequests}`),
		]);
		rows.push([`list ${name}: node ms`, spread(listed.nodeMs, 0), '']);
		rows.push([`list ${name}: n8n process wall ms`, spread(listed.wallMs, 0), '']);
		if (listed.peakRssMb && listed.baselinePeakRssMb) {
			rows.push([
				`list ${name}: peak RSS MB (baseline)`,
				`${spread(listed.peakRssMb, 0)} (${listed.baselinePeakRssMb.median.toFixed(0)})`,
				'',
			]);
		}
	}
	if (waiting) {
		rows.push([`wait ${waiting.droplets}: requests`, spread(waiting.requests, 0), '']);
		rows.push(['wait: requests per droplet', spread(waiting.requestsPerDroplet, 2), '']);
		const max = waiting.lateByMsMax.median;
		rows.push(['wait: ended after finish, median ms', spread(waiting.lateByMsMedian, 0), '']);
		rows.push([
			'wait: ended after finish, max ms',
			spread(waiting.lateByMsMax, 0),
			goal(max <= waiting.pollIntervalMs, `<= ${waiting.pollIntervalMs}`),
		]);
	}
	if (pacing) {
		const limit = pacing.limitPerMinute;
		rows.push([
			`pacing ${pacing.items} @ ${limit}/min: items failed`,
			spread(pacing.itemsFailed, 0),
			goal(pacing.itemsFailed.max === 0, '0'),
		]);
		rows.push(['pacing: 429s received', spread(pacing.responses429, 0), '']);
		rows.push([
			'pacing: peak accepted per 60 s',
			spread(pacing.peakAcceptedPerWindow, 0),
			goal(pacing.peakAcceptedPerWindow.max <= limit, `<= ${limit}`),
		]);
		rows.push(['pacing: peak sent per 60 s', spread(pacing.peakSentPerWindow, 0), '']);
		rows.push([
			'pacing: efficiency (ideal / actual time)',
			spread(pacing.efficiency, 3),
			goal(pacing.efficiency.median >= 0.9, '>= 0.90'),
		]);
	}
	if (footprint) {
		rows.push([
			'dist KB (files) / loaded KB',
			`${footprint.distKb} (${footprint.distFiles}) / ${footprint.loadedKb}`,
			'',
		]);
		rows.push([
			'runtime dependencies',
			String(footprint.runtimeDependencies.length),
			goal(footprint.runtimeDependencies.length === 0, '0'),
		]);
		for (const [runtime, ms] of Object.entries(footprint.loadMs)) {
			rows.push([`load node + credential, ${runtime}, ms`, spread(ms, 1), '']);
		}
	}

	const { machine } = results;
	const load = (machine.loadAverageBefore as number[]).map((value) => value.toFixed(1)).join(' ');
	console.log(`\n${machine.cores} cores (${machine.cpu}), bench on ${machine.benchNode}`);
	console.log(`n8n ${machine.n8n} on ${machine.n8nNode}, load average at start ${load}`);
	const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
	for (const row of rows) {
		console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
	}
}

function spread(summary: Summary, digits: number): string {
	const fixed = (value: number) => value.toFixed(digits);
	return `${fixed(summary.median)} [${fixed(summary.min)}-${fixed(summary.max)}]`;
}

function goal(met: boolean, target: string): string {
	return `${met ? 'met' : 'MISSED'} (goal ${target})`;
}
