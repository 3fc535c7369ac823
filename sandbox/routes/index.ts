import type { Route } from '../router';
import { accountRoutes } from './account';
import { catalogRoutes } from './catalog';
import { dropletActionRoutes } from './droplet-actions';
import { dropletRoutes } from './droplets';

/** Every operation the sandbox serves; anything else answers 404. */
export const ROUTES: readonly Route[] = [
	...accountRoutes,
	...dropletRoutes,
	...dropletActionRoutes,
	...catalogRoutes,
];
