import type { INodeProperties } from 'n8n-workflow';

import {
	dropletField,
	optionsField,
	waitFields,
	waitForChanges,
	waitForStatus,
} from '../shared/fields';
import { notices, simplifyField } from '../shared/notices';
import { CHANGING_ACTIONS, POWER_ACTIONS } from '../shared/showFor';
import { createDroplet, createFields } from './createDroplet';
import { deleteDroplet } from './deleteDroplet';
import { actionStatusFields, getActionStatus } from './getActionStatus';
import { getDroplet } from './getDroplet';
import { listDroplets, listFields } from './listDroplets';
import { listRegions } from './listRegions';
import { rebootDroplet } from './rebootDroplet';
import { resetDroplet } from './resetDroplet';
import { startDroplet } from './startDroplet';
import { stopDroplet, stopFields } from './stopDroplet';

export const actionSelector: INodeProperties = {
	displayName: 'Action',
	name: 'action',
	type: 'options',
	noDataExpression: true,
	default: 'list',
	options: [
		getActionStatus,
		createDroplet,
		deleteDroplet,
		getDroplet,
		listDroplets,
		listRegions,
		rebootDroplet,
		resetDroplet,
		startDroplet,
		stopDroplet,
	],
};

/** Shown under the node's name on the canvas. */
export const ACTION_LABELS = Object.fromEntries(
	(actionSelector.options as Array<{ name: string; value: string }>).map(({ name, value }) => [
		value,
		name,
	]),
);

export const actionFields: INodeProperties[] = [
	dropletField([...POWER_ACTIONS, 'detail', 'delete', 'action-status']),
	...actionStatusFields,
	...listFields,
	...createFields,
	...stopFields,
	...notices,
	simplifyField,
	waitForChanges,
	waitForStatus,
	...waitFields([...CHANGING_ACTIONS, 'action-status']),
	optionsField,
];
