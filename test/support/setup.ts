import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { captureLogs } from './secrets';

// n8n-core writes an encryption key into its user folder on first use: never into the home folder.
process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'n8n-do-test-'));

// n8n-core's logger writes to a file instead of the console: expected failures would clutter the
// test output, and the file is searched for the token after every run (F17).
process.env.N8N_LOG_OUTPUT = 'file';
process.env.N8N_LOG_FILE_LOCATION = join(process.env.N8N_USER_FOLDER, 'n8n.log');

captureLogs();
