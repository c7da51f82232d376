import { TABLES } from './tables.js';

/**
 * Cloud prices per GPU-hour, USD, Linux list prices. per-GPU = instance price / GPUs in it (host included).
 * From `shared/reference/cloud-prices.json`, which gives each figure's source and, where known, its date.
 * Prices move: every estimate prints the price it used with its source and date, and `pricing.gpu_hour_usd`
 * overrides them all.
 */
export interface GpuPrice {
  provider: string;
  gpu: string;
  on_demand: number;
  /** Per-GPU spot price; where the source gives a range, its midpoint. null: no spot price known. */
  spot: number | null;
  region: string | null;
  instance: string | null;
  source: string;
  /**
   * When the price was observed, an ISO date (YYYY-MM-DD). Where the source shows no date, the bound it allows,
   * said in `as_of_note`; the estimate calls a price older than 180 days stale.
   */
  as_of: string;
  as_of_note?: string;
  /** When and where the spot price was observed, where that differs from the on-demand price (absent: `as_of`, `source`). */
  spot_as_of?: string;
  spot_source?: string;
  note?: string;
}

/** The rows are in prices-data.ts; the action's bundle reads them as JSON (tables.ts). */
export const GPU_PRICES: readonly GpuPrice[] = TABLES.gpuPrices;

/**
 * Data-centre GPUs the sources list no price for, priced like their nearest listed sibling: the H800 is an
 * export variant of the H100 SXM (same chip, NVLink cut); the MI250X sits in the A100-80GB's class; a V100
 * 32GB rents like the 16GB card.
 */
export const PRICE_PROXY: Readonly<Record<string, string>> = { h800: 'h100-80gb', mi250x: 'a100-80gb', 'v100-32gb': 'v100-16gb' };

export const PROVIDERS: readonly string[] = [...new Set(GPU_PRICES.map((p) => p.provider))];

/** Default region of each provider's prices above: the region whose grid intensity applies when none is set. */
export const PROVIDER_DEFAULT_REGION: Readonly<Record<string, string>> = { aws: 'us-east-1', gcp: 'us-central1', azure: 'eastus' };

export function pricesFor(gpu: string): GpuPrice[] {
  return GPU_PRICES.filter((p) => p.gpu === gpu);
}

/**
 * The catalog's prices of one GPU, cheapest on-demand first, ties by provider (code-unit order): the rows the
 * catalog median is taken over. Indexed on first use, then shared: callers must not change the list.
 */
export function listedPrices(gpu: string): readonly GpuPrice[] {
  if (!byGpu) {
    byGpu = new Map();
    for (const p of GPU_PRICES) {
      const rows = byGpu.get(p.gpu);
      if (rows) rows.push(p);
      else byGpu.set(p.gpu, [p]);
    }
    for (const rows of byGpu.values()) rows.sort((a, b) => a.on_demand - b.on_demand || (a.provider < b.provider ? -1 : a.provider > b.provider ? 1 : 0));
  }
  return byGpu.get(gpu) ?? NO_PRICES;
}
let byGpu: Map<string, GpuPrice[]> | undefined;
const NO_PRICES: readonly GpuPrice[] = [];

/** The provider's price of a GPU (the catalog lists each provider at most once per GPU). */
export function priceOf(provider: string, gpu: string): GpuPrice | undefined {
  return listedPrices(gpu).find((p) => p.provider === provider);
}

/**
 * For GPUs no cloud lists (consumer and workstation cards people own), cost is the electricity the job draws:
 * US average residential retail price 2023, 16.0 cents/kWh (US EIA, Electric Power Monthly, Table 5.3).
 */
export const ELECTRICITY_USD_PER_KWH = { value: 0.16, source: 'US EIA Electric Power Monthly Table 5.3, 2023 average US residential price (16.0 cents/kWh)', as_of: '2024-01-01', as_of_note: 'the 2023 annual average, published in 2024: dated at the start of 2024' };
