import { getImages, getRegions, getSizes, getSshKeys, getVpcs } from './loadOptions';
import { searchDroplets } from './searchDroplets';

export const listSearch = { searchDroplets };

export const loadOptions = { getImages, getRegions, getSizes, getSshKeys, getVpcs };
