import type { Accelerator } from '../catalog/accelerators.js';
import { ELECTRICITY_USD_PER_KWH, PRICE_PROXY, priceOf, pricesFor } from '../catalog/prices.js';
import type { Job } from '../manifest/types.js';

export interface PriceChoice {
  gpu_hour_usd: number;
  source: string;
  as_of: string;
  provider: string | null;
  market: 'on_demand' | 'spot';
  /** The price's region, when it is a cloud list price: the grid whose carbon intensity applies by default. */
  region: string | null;
  /** No cloud lists this GPU: the price is the electricity it draws. */
  owned: boolean;
  notes: string[];
}

const money = (x: number) => `$${x.toFixed(x < 1 ? 4 : 2)}`;

/**
 * The price per GPU-hour: the manifest's own, else the chosen provider's list price for the market, else the
 * median of the catalog's on-demand prices for the GPU, else (consumer and workstation cards no cloud lists)
 * the electricity the board draws.
 */
export function choosePrice(job: Job, gpu: Accelerator): PriceChoice {
  const notes: string[] = [];
  const { provider, market } = job.pricing;
  if (job.pricing.gpu_hour_usd !== null) {
    return { gpu_hour_usd: job.pricing.gpu_hour_usd, source: 'manifest (pricing.gpu_hour_usd)', as_of: 'as set in the manifest', provider, market, region: job.pricing.region, owned: false, notes };
  }
  if (provider) {
    const p = priceOf(provider, gpu.id);
    if (p) {
      if (market === 'spot' && p.spot === null) notes.push(`${provider} lists no spot price for ${gpu.id} in the catalog: the on-demand price is used`);
      const useSpot = market === 'spot' && p.spot !== null;
      if (p.note) notes.push(p.note);
      return {
        gpu_hour_usd: useSpot ? p.spot! : p.on_demand,
        source: `${provider}${p.instance ? ` ${p.instance}` : ''}${p.region ? ` ${p.region}` : ''} ${useSpot ? 'spot' : 'on-demand'}${p.instance && !useSpot ? ' (instance price / GPUs)' : ''}; ${p.source}`,
        as_of: p.as_of, provider, market: useSpot ? 'spot' : 'on_demand', region: job.pricing.region ?? p.region, owned: false, notes,
      };
    }
    notes.push(`${provider} has no ${gpu.id} price in the catalog: the catalog median is used instead`);
  }
  const proxy = pricesFor(gpu.id).length === 0 ? PRICE_PROXY[gpu.id] : undefined;
  if (proxy) notes.push(`no cloud price for ${gpu.id} in the catalog: priced like ${proxy}, its nearest listed sibling`);
  const all = pricesFor(proxy ?? gpu.id).sort((a, b) => a.on_demand - b.on_demand || a.provider.localeCompare(b.provider));
  if (all.length) {
    const m = all[Math.floor((all.length - 1) / 2)]!;
    if (market === 'spot') notes.push('spot prices need a provider: the on-demand catalog median is used');
    return {
      gpu_hour_usd: m.on_demand,
      source: `catalog median of ${all.length} on-demand price${all.length === 1 ? '' : 's'} for ${proxy ?? gpu.id} (${all.map((p) => `${p.provider} ${money(p.on_demand)}`).join(', ')}): ${m.provider}; ${m.source}`,
      as_of: m.as_of, provider: m.provider, market: 'on_demand', region: null, owned: false, notes,
    };
  }
  const kw = gpu.tdp_w / 1000;
  notes.push(`no cloud lists ${gpu.id}: cost is the electricity its ${gpu.tdp_w} W board draws at ${money(ELECTRICITY_USD_PER_KWH.value)}/kWh (hardware you own; its purchase is not counted)`);
  return {
    gpu_hour_usd: kw * ELECTRICITY_USD_PER_KWH.value, source: ELECTRICITY_USD_PER_KWH.source, as_of: ELECTRICITY_USD_PER_KWH.as_of,
    provider: null, market: 'on_demand', region: null, owned: true, notes,
  };
}
