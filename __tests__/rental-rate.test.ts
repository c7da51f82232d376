import { ACCELERATORS } from '../src/catalog/accelerators.js';
import { GPU_PRICES, listedPrices, priceOf, PROVIDERS, pricesFor } from '../src/catalog/prices.js';
import type { OwnedCluster, PriceBook, PriceRule } from '../src/estimate/price-book.js';
import { choosePrice, rentalRate, rentalRates } from '../src/estimate/pricing.js';
import type { Job } from '../src/manifest/types.js';
import { job } from './helpers/job.js';

/**
 * rentalRate is the figure (and basis) choosePrice gives an alternative GPU kind, read without the words: the job
 * moved onto the kind, off any owned cluster, without the manifest's own price. Here it is held to choosePrice
 * itself on every catalog GPU under many pricing keys and price books (rules absolute and discounting, for one
 * GPU, one provider, one market; an owned cluster; a today that makes prices stale).
 */
const rule = (r: Partial<PriceRule>): PriceRule => ({ label: 'train-budget.yml prices[0]', gpu: null, provider: null, market: null, gpu_hour_usd: null, discount_percent: null, source: null, ...r });
const cluster: OwnedCluster = { name: 'lab', gpu: 'a100-80gb', count: 64, purchase_usd: 1_200_000, amortize_years: 4, power_kw_per_gpu: 0.7, pue: 1.3, usd_per_kwh: 0.12, operations_usd_per_year: 90_000, utilization: 0.6 };
const BOOKS: (PriceBook | undefined)[] = [
  undefined,
  { rules: [], clusters: [], today: '2026-11-30' },
  { rules: [rule({ gpu: 'h100-80gb', gpu_hour_usd: 2.1 })], clusters: [cluster], today: null },
  { rules: [rule({ discount_percent: 30 })], clusters: [], today: '2026-11-30' },
  { rules: [rule({ provider: 'aws', discount_percent: 25 }), rule({ gpu: 'rtx-3090', gpu_hour_usd: 0.3 })], clusters: [], today: null },
  { rules: [rule({ market: 'spot', discount_percent: 10 }), rule({ market: 'on_demand', gpu: 'a10g', gpu_hour_usd: 0.9 })], clusters: [], today: null },
];
const PRICINGS = [
  '',
  'pricing: { market: spot }',
  'pricing: { region: eu-west-1 }',
  'pricing: { gpu_hour_usd: 1.5 }',
  ...PROVIDERS.flatMap((p) => [`pricing: { provider: ${p} }`, `pricing: { provider: ${p}, market: spot, region: us-west-2 }`]),
];

describe('rentalRate', () => {
  it('is choosePrice\'s figure and basis for the job moved onto each GPU kind', () => {
    let compared = 0;
    for (const pricing of PRICINGS) {
      const base = job(`name: j\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: 1B }\nhardware: { gpu: h100-80gb }\n${pricing}\n`);
      for (const prices of BOOKS) {
        for (const onCluster of [false, true]) {
          if (onCluster && !prices?.clusters.length) continue;
          const j: Job = { ...base, ...(prices ? { prices } : {}), hardware: onCluster ? { ...base.hardware, gpu: 'a100-80gb', gpus: ['a100-80gb'], cluster: 'lab' } : base.hardware };
          for (const gpu of ACCELERATORS) {
            const { cluster: _off, ...hardware } = j.hardware;
            void _off;
            const moved: Job = { ...j, hardware: { ...hardware, gpu: gpu.id, gpus: [gpu.id], gpu_choice: 'one' }, pricing: { ...j.pricing, gpu_hour_usd: null } };
            const full = choosePrice(moved, gpu);
            expect({ gpu: gpu.id, pricing, ...rentalRate(j, gpu) }).toEqual({ gpu: gpu.id, pricing, gpu_hour_usd: full.gpu_hour_usd, basis: full.basis });
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('reads the catalog the way choosePrice words it: a provider\'s own row, else the median of the sorted rows', () => {
    // The catalog lists each provider at most once per GPU, so priceOf has one answer.
    expect(new Set(GPU_PRICES.map((p) => `${p.provider}|${p.gpu}`)).size).toBe(GPU_PRICES.length);
    for (const gpu of ACCELERATORS) {
      const rows = pricesFor(gpu.id).sort((a, b) => a.on_demand - b.on_demand || (a.provider < b.provider ? -1 : 1));
      expect(listedPrices(gpu.id)).toEqual(rows);
      for (const p of PROVIDERS) expect(priceOf(p, gpu.id)).toBe(GPU_PRICES.find((x) => x.provider === p && x.gpu === gpu.id));
    }
  });
});

describe('rentalRates', () => {
  it('is rentalRate on every catalog GPU that a cloud lists or a rule prices absolutely, null on the others, shared per rule list and pricing keys', () => {
    let rentable = 0;
    let owned = 0;
    for (const pricing of PRICINGS) {
      const base = job(`name: j\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: 1B }\nhardware: { gpu: h100-80gb }\n${pricing}\n`);
      for (const prices of BOOKS) {
        const j: Job = { ...base, ...(prices ? { prices } : {}) };
        const rates = rentalRates(j);
        expect(rates).toHaveLength(ACCELERATORS.length);
        ACCELERATORS.forEach((gpu, g) => {
          const absolute = (prices?.rules ?? []).find((r) => (r.gpu === null || r.gpu === gpu.id) && (r.provider === null || r.provider === j.pricing.provider) && (r.market === null || r.market === j.pricing.market))?.gpu_hour_usd;
          const listed = GPU_PRICES.some((p) => p.gpu === gpu.id);
          if (listed || (absolute !== undefined && absolute !== null)) {
            expect({ gpu: gpu.id, rate: rates[g] }).toEqual({ gpu: gpu.id, rate: rentalRate(j, gpu) });
            rentable++;
          } else {
            expect({ gpu: gpu.id, rate: rates[g] }).toEqual({ gpu: gpu.id, rate: null });
            owned++;
          }
        });
        // Another job with the same rules and keys reads the same list.
        expect(rentalRates({ ...j, name: 'other' })).toBe(rates);
      }
    }
    expect(rentable).toBeGreaterThan(500);
    expect(owned).toBeGreaterThan(50);
  });
});
