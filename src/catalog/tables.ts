import type { Accelerator } from './accelerators.js';
import { ACCELERATOR_ROWS } from './accelerators-data.js';
import type { RegionCarbon } from './carbon.js';
import { REGION_CARBON_ROWS } from './carbon-data.js';
import type { HostRam } from './host-ram.js';
import { HOST_RAM_ROWS } from './host-ram-data.js';
import { READ_AT } from './model-provenance.js';
import type { CatalogModel } from './models.js';
import { CLASSIC_MODELS } from './models-data.js';
import { RECENT_MODELS } from './models-recent.js';
import type { GpuPrice } from './prices.js';
import { GPU_PRICE_ROWS } from './prices-data.js';

/**
 * The catalog's data, which accelerators.ts, models.ts, prices.ts, host-ram.ts and carbon.ts read: the rows of the
 * *-data.ts modules as they are built.
 *
 * The action's bundle does not compile this module. scripts/bundle.mjs evaluates it when it builds dist/ and
 * writes its value to dist/catalog-tables.json, which dist/index.js require()s: JSON.parse of those ~90 KB costs
 * ~4 M instructions (valgrind), where compiling and running the object literals and helpers (arch(), HF(),
 * groupDigits) that build the same rows cost ~17 M; a push run (npm run bench) went from 480 to 467 M. The CLI and
 * the tests use this module as it is. So every value here must come through JSON unchanged: plain objects and arrays, strings, finite
 * numbers, booleans and null, no key set to undefined, no object in two places (bundle.mjs refuses anything else).
 */
export interface Tables {
  accelerators: readonly Accelerator[];
  models: readonly CatalogModel[];
  gpuPrices: readonly GpuPrice[];
  hostRam: Readonly<Record<string, HostRam>>;
  regionCarbon: Readonly<Record<string, Readonly<Record<string, RegionCarbon>>>>;
}

export const TABLES: Tables = {
  accelerators: ACCELERATOR_ROWS,
  // Each entry's source, followed by where its figures were re-read (model-provenance.ts).
  models: [...CLASSIC_MODELS, ...RECENT_MODELS].map((m) => ({ ...m, source: `${m.source}; read: ${READ_AT[m.id] ?? 'not re-read'}` })),
  gpuPrices: GPU_PRICE_ROWS,
  hostRam: HOST_RAM_ROWS,
  regionCarbon: REGION_CARBON_ROWS,
};
