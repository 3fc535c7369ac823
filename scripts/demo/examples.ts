import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { CredentialInput, WorkflowInput } from '../n8n/instance';
import { assertLoopbackUrl } from '../n8n/loopback';
import { repoRoot } from '../n8n/paths';

/** The credential every shipped example refers to, by this id and name. */
export const EXAMPLE_CREDENTIAL = {
	id: 'doExampleAccount',
	name: 'DigitalOcean account',
	type: 'digitalOceanApi',
} as const;

export const EXAMPLE_IDS = {
	powerOffAtNight: 'doPowerOffAtNight',
	powerOnInTheMorning: 'doPowerOnMorning',
	provisionAndReport: 'doProvisionReport',
	inventory: 'doInventory',
	failureAsData: 'doFailureAsData',
} as const;

export function examplesDir(): string {
	return path.join(repoRoot(), 'examples');
}

/** The example credential aimed at a local API; anything but loopback is refused. */
export function exampleCredential(baseUrl: string, token: string): CredentialInput {
	assertLoopbackUrl(baseUrl);
	return { ...EXAMPLE_CREDENTIAL, data: { token, baseUrl } };
}

export function readExamples(): WorkflowInput[] {
	return readdirSync(examplesDir())
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => readWorkflow(path.join(examplesDir(), file)));
}

export function readExample(id: string): WorkflowInput {
	const workflow = readExamples().find((candidate) => candidate.id === id);
	if (!workflow) throw new Error(`no example workflow with id ${id} in ${examplesDir()}`);
	return workflow;
}

function readWorkflow(file: string): WorkflowInput {
	return JSON.parse(readFileSync(file, 'utf8')) as WorkflowInput;
}
