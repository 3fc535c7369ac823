import { searchDroplets } from './searchDroplets';

export const listSearch = { searchDroplets };
