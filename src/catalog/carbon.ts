import { TABLES } from './tables.js';

/**
 * Energy and carbon constants, from `shared/reference/carbon.json` with its sources.
 * Emissions = GPU-hours x board power x PUE x grid carbon intensity (the method of the Llama model cards and of
 * the ML CO2 Impact calculator, Lacoste et al. 2019).
 */

/** World average grid intensity, gCO2e/kWh: codecarbon's `world_average` (IEA Global Energy & CO2 Status Report 2019). */
export const WORLD_AVERAGE_G_PER_KWH = { value: 475, source: 'codecarbon carbon_intensity_per_source.json world_average (IEA Global Energy & CO2 Status Report 2019)' };

/**
 * Data-centre power usage effectiveness when the provider's own is not known: 1.1, the figure Touvron et al.
 * (2023, LLaMA, Table 15) use for their training cluster. A GPU in a workstation has no data centre: PUE 1.0.
 */
export const DEFAULT_PUE = 1.1;

/** Cloud-region grid intensity, gCO2e/kWh, and PUE where the source gives one. */
export interface RegionCarbon {
  g_per_kwh: number;
  pue?: number;
  source: string;
}

/** The rows are in carbon-data.ts; the action's bundle reads them as JSON (tables.ts). */
export const REGION_CARBON: Readonly<Record<string, Readonly<Record<string, RegionCarbon>>>> = TABLES.regionCarbon;

export function regionCarbon(provider: string | null, region: string | null): (RegionCarbon & { region: string }) | null {
  if (!provider || !region) return null;
  const table = REGION_CARBON[provider];
  if (!table) return null;
  const key = Object.keys(table).find((k) => k.toLowerCase() === region.toLowerCase());
  return key ? { ...table[key]!, region: key } : null;
}
