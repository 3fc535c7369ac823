import Module from 'node:module';

/**
 * Preloaded into an n8n process (`--require`) by the profile script: counts the expressions n8n
 * evaluates, by text, and prints the counts when the process exits. Diagnostic only.
 */
interface ExpressionClass {
	prototype: { resolveSimpleParameterValue: (value: unknown, ...rest: unknown[]) => unknown };
}

const counts = new Map<string, number>();
const moduleWithLoad = Module as unknown as {
	_load: (request: string, parent: unknown, isMain: boolean) => unknown;
};
const originalLoad = moduleWithLoad._load;
let patched = false;

moduleWithLoad._load = function (request, parent, isMain) {
	const exported = originalLoad.call(this, request, parent, isMain) as Record<string, unknown>;
	if (!patched && request === 'n8n-workflow' && exported?.Expression) {
		patched = true;
		patch(exported.Expression as ExpressionClass);
	}
	return exported;
};

function patch(expression: ExpressionClass): void {
	const original = expression.prototype.resolveSimpleParameterValue;
	expression.prototype.resolveSimpleParameterValue = function (value, ...rest) {
		if (typeof value === 'string' && value.startsWith('=')) {
			const key = process.env.BENCH_EXPRESSION_STACKS ? `${value} <- ${caller()}` : value;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		return original.call(this, value, ...rest);
	};
}

/** The nearest frames outside n8n-workflow, which say who asked for the value. */
function caller(): string {
	const frames = (new Error().stack ?? '').split('\n').slice(2);
	const outside = frames.filter((frame) => !frame.includes('n8n-workflow/'));
	return outside
		.slice(0, 4)
		.map((frame) =>
			frame
				.trim()
				.replace(/^at /, '')
				.replace(/\(.*node_modules\//, '('),
		)
		.join(' < ');
}

process.on('exit', () => {
	const sorted = [...counts].sort((a, b) => b[1] - a[1]);
	process.stderr.write(`EXPRESSION-COUNTS ${JSON.stringify(sorted)}\n`);
});
