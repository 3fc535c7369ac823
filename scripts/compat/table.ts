/** Left-aligned plain-text columns, wide enough for the longest cell of each. */
export function formatTable(header: string[], rows: string[][]): string {
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
	);
	const line = (cells: string[]) =>
		cells
			.map((cell, column) => cell.padEnd(widths[column]))
			.join('  ')
			.trimEnd();
	const rule = widths.map((width) => '-'.repeat(width));
	return [line(header), line(rule), ...rows.map(line)].join('\n');
}
