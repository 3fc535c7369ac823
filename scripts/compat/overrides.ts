/**
 * npm `overrides` for every n8n install. n8n-nodes-base up to at least 2.10 (and 1.123.x) takes
 * SheetJS 0.20.2 as a tarball from cdn.sheetjs.com, a host this project must not reach. The
 * `@e965/xlsx` scope republishes SheetJS releases on the npm registry (n8n later moved to it);
 * its `0.20.2-released.0` is the 0.20.2 release itself (`XLSX.version` reads 0.20.2), while its
 * plain `0.20.2` is a 0.20.1 build. Trees without `xlsx` (n8n 2.41.1) are unchanged.
 */
export const REGISTRY_OVERRIDES: Readonly<Record<string, string>> = {
	xlsx: 'npm:@e965/xlsx@0.20.2-released.0',
};
