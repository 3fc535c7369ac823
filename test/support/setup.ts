import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { captureLogs } from './secrets';

// n8n-core writes an encryption key into its user folder on first use: never into the home folder.
process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'n8n-do-test-'));

captureLogs();
