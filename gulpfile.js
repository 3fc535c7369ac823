const path = require('path');
const { task, src, dest } = require('gulp');

// tsc emits only JavaScript; n8n loads icons and the codex file (*.node.json) from beside the
// built node and credential files.
task('build:icons', copyIcons);

function copyIcons() {
	const nodeIcons = src(path.resolve('nodes', '**', '*.{png,svg,node.json}'), { encoding: false });
	nodeIcons.pipe(dest(path.resolve('dist', 'nodes')));

	const credentialIcons = src(path.resolve('credentials', '**', '*.{png,svg}'), { encoding: false });
	return credentialIcons.pipe(dest(path.resolve('dist', 'credentials')));
}
