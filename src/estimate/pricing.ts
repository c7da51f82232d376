import { ACCELERATORS, type Accelerator } from '../catalog/accelerators.js';
import { ELECTRICITY_USD_PER_KWH, listedPrices, PRICE_PROXY, priceOf, type GpuPrice } from '../catalog/prices.js';
import type { Job } from '../manifest/types.js';
import { clusterHourCost, daysBetween, EMPTY_PRICE_BOOK, STALE_AFTER_DAYS, type OwnedCluster, type PriceRule } from './price-book.js';
import { groupDigits } from '../catalog/digits.js';

/** rented: a price someone charges per GPU-hour; owned: what a GPU-hour of hardware the team owns costs it. */
export type CostBasis = 'rented' | 'owned';

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
  basis: CostBasis;
  /** The settings price rule applied ("train-budget.yml prices[1]: 2026 contract"), else null. */
  rule: string | null;
  /** The owned cluster the job runs on, else null. */
  cluster: string | null;
  /** Days between the catalog price's observation and the run's today; null when not judged. */
  age_days: number | null;
  /** The catalog price is older than 180 days. */
  stale: boolean;
  notes: string[];
}

const money = (x: number) => `$${x.toFixed(x < 1 ? 4 : 2)}`;

type CatalogChoice = Omit<PriceChoice, 'basis' | 'rule' | 'cluster' | 'age_days' | 'stale'>;

/**
 * The catalog row a price is read from: the chosen provider's list price for the market, else the median of the
 * catalog's on-demand prices for the GPU (or for its proxy, PRICE_PROXY, when no cloud lists the GPU itself);
 * null when no cloud lists either, and the price is the electricity the board draws. The figure alone
 * (catalogRate): choosePrice words it (catalogPrice), rentalRate does not.
 */
interface CatalogPick {
  row: GpuPrice;
  /** The provider's own row, not the median. */
  fromProvider: boolean;
  /** The provider's spot price, asked for and listed. */
  spot: boolean;
  /** The median's rows, cheapest first (empty for a provider's row). */
  rows: readonly GpuPrice[];
}

function catalogPick(provider: string | null, market: Job['pricing']['market'], gpu: Accelerator): CatalogPick | null {
  if (provider) {
    const p = priceOf(provider, gpu.id);
    if (p) return { row: p, fromProvider: true, spot: market === 'spot' && p.spot !== null, rows: [] };
  }
  const own = listedPrices(gpu.id);
  const proxy = own.length === 0 ? PRICE_PROXY[gpu.id] : undefined;
  const rows = proxy ? listedPrices(proxy) : own;
  return rows.length ? { row: rows[Math.floor((rows.length - 1) / 2)]!, fromProvider: false, spot: false, rows } : null;
}

/** A discount rule applies to a rented catalog price, and a provider's rule only to that provider's own list price. */
const discounts = (rule: PriceRule | undefined, pick: CatalogPick | null): rule is PriceRule & { discount_percent: number } =>
  rule !== undefined && rule.discount_percent !== null && pick !== null && (rule.provider === null || pick.fromProvider);

/** The catalog's figure per GPU-hour (list price or electricity), less the rule's discount where it applies. */
function catalogRate(pick: CatalogPick | null, rule: PriceRule | undefined, gpu: Accelerator): number {
  const list = pick ? (pick.spot ? pick.row.spot! : pick.row.on_demand) : (gpu.tdp_w / 1000) * ELECTRICITY_USD_PER_KWH.value;
  return discounts(rule, pick) ? list * (1 - rule.discount_percent / 100) : list;
}

/**
 * The words of a catalog price (catalogPick): its source and date, and notes for what was asked but not found.
 * A region asked for that the catalog does not list is said, never silently replaced.
 */
function catalogPrice(job: Job, gpu: Accelerator, pick: CatalogPick | null): CatalogChoice {
  const notes: string[] = [];
  const { provider, market, region } = job.pricing;
  if (provider && pick?.fromProvider) {
    const p = pick.row;
    if (market === 'spot' && p.spot === null) notes.push(`${provider} lists no spot price for ${gpu.id} in the catalog: the on-demand price is used`);
    if (region && p.region && region !== p.region) notes.push(`region ${region} was asked for, but the catalog lists ${provider} ${gpu.id} only in ${p.region}: the ${p.region} price is used (prices differ by region; set a price rule for ${region})`);
    const useSpot = pick.spot;
    if (p.note) notes.push(p.note);
    return {
      gpu_hour_usd: catalogRate(pick, undefined, gpu),
      source: `${provider}${p.instance ? ` ${p.instance}` : ''}${p.region ? ` ${p.region}` : ''} ${useSpot ? 'spot' : 'on-demand'}${p.instance && !useSpot ? ' (instance price / GPUs)' : ''}; ${useSpot ? p.spot_source ?? p.source : p.source}`,
      as_of: useSpot ? p.spot_as_of ?? p.as_of : p.as_of, provider, market: useSpot ? 'spot' : 'on_demand', region: region ?? p.region, owned: false, notes,
    };
  }
  if (provider) notes.push(`${provider} has no ${gpu.id} price in the catalog: the catalog median is used instead`);
  const proxy = listedPrices(gpu.id).length === 0 ? PRICE_PROXY[gpu.id] : undefined;
  if (proxy) notes.push(`no cloud price for ${gpu.id} in the catalog: priced like ${proxy}, its nearest listed sibling`);
  if (pick) {
    const all = pick.rows;
    const m = pick.row;
    if (market === 'spot') notes.push('spot prices need a provider: the on-demand catalog median is used');
    if (region) notes.push(`region ${region} was asked for, but without a provider the price is the catalog median over providers and their regions`);
    return {
      gpu_hour_usd: catalogRate(pick, undefined, gpu),
      source: `catalog median of ${all.length} on-demand price${all.length === 1 ? '' : 's'} for ${proxy ?? gpu.id} (${all.map((p) => `${p.provider} ${money(p.on_demand)}`).join(', ')}): ${m.provider}; ${m.source}`,
      as_of: m.as_of, provider: m.provider, market: 'on_demand', region: null, owned: false, notes,
    };
  }
  notes.push(`no cloud lists ${gpu.id}: cost is the electricity its ${gpu.tdp_w} W board draws at ${money(ELECTRICITY_USD_PER_KWH.value)}/kWh (hardware you own; its purchase is not counted)`);
  return {
    gpu_hour_usd: catalogRate(null, undefined, gpu), source: ELECTRICITY_USD_PER_KWH.source, as_of: ELECTRICITY_USD_PER_KWH.as_of,
    provider: null, market: 'on_demand', region: null, owned: true, notes,
  };
}

/** The first rule whose GPU, provider and market (each where set) match. A provider rule needs the job's provider. */
export function matchRule(rules: readonly PriceRule[], gpu: string, provider: string | null, market: string): PriceRule | undefined {
  return rules.find((r) => (r.gpu === null || r.gpu === gpu) && (r.provider === null || r.provider === provider) && (r.market === null || r.market === market));
}

const ruleName = (r: PriceRule) => `${r.label}${r.source ? ` (${r.source})` : ''}`;

/** An owned cluster's GPU-hour, with each term of its derivation. */
export function clusterPrice(c: OwnedCluster): Pick<PriceChoice, 'gpu_hour_usd' | 'source' | 'notes'> {
  const h = clusterHourCost(c);
  return {
    gpu_hour_usd: h.gpu_hour_usd,
    source: `owned cluster ${c.name} (${c.count} x ${c.gpu}), derived from train-budget.yml`,
    notes: [
      `owned cluster ${c.name}: ${money(h.gpu_hour_usd)} per busy GPU-hour = purchase ${money(h.amortized)} + energy ${money(h.energy)} + operations ${money(h.operations)}`,
      `purchase: $${groupDigits(c.purchase_usd)} over ${c.amortize_years} years / (${c.count} GPUs x 8,760 h x ${c.utilization} busy = ${groupDigits(Math.round(h.busy_gpu_hours_per_year))} busy GPU-hours a year)`,
      `energy: ${c.power_kw_per_gpu} kW per GPU x PUE ${c.pue} x $${c.usd_per_kwh}/kWh; power drawn while idle is not counted`,
      `operations: $${groupDigits(c.operations_usd_per_year)} a year / ${groupDigits(Math.round(h.busy_gpu_hours_per_year))} busy GPU-hours`,
    ],
  };
}

/**
 * The price per GPU-hour. In order: the manifest's own (`pricing.gpu_hour_usd`); the owned cluster the job runs
 * on; the first matching settings price rule (an absolute rate, or a discount off the catalog price); the
 * catalog. Catalog prices older than 180 days (against the run's today) are said to be stale.
 */
export function choosePrice(job: Job, gpu: Accelerator): PriceChoice {
  // A pure function of the job's price book, its pricing keys, its cluster and the GPU (the catalog is constant):
  // kept per book and GPU object, since the planner prices each kind for thousands of set-ups (the estimate's
  // rented alternatives take rentalRate, without the words). Each caller gets its own copy (notes included), so
  // none can change another's.
  const book = job.prices ?? EMPTY_PRICE_BOOK;
  let byGpu = priceCache.get(book);
  if (!byGpu) priceCache.set(book, (byGpu = new WeakMap()));
  let byKey = byGpu.get(gpu);
  if (!byKey) byGpu.set(gpu, (byKey = new Map()));
  const { provider, market, region, gpu_hour_usd } = job.pricing;
  const key = `${keyPart(provider)}${keyPart(market)}${keyPart(region)}${keyPart(gpu_hour_usd)}${keyPart(job.hardware.cluster ?? null)}`;
  let c = byKey.get(key);
  if (!c) byKey.set(key, (c = pricePath(job, gpu)));
  return { ...c, notes: [...c.notes] };
}
const priceCache = new WeakMap<object, WeakMap<Accelerator, Map<string, PriceChoice>>>();
/** One pricing key in the cache key, told apart from any other (strings carry their length): cheaper than JSON.stringify on every estimate's many calls. */
const keyPart = (v: string | number | null): string => (v === null ? '-' : typeof v === 'number' ? `#${v};` : `${v.length}:${v}`);

function pricePath(job: Job, gpu: Accelerator): PriceChoice {
  const book = job.prices ?? EMPTY_PRICE_BOOK;
  const { provider, market } = job.pricing;
  const plain = { rule: null, cluster: null, age_days: null, stale: false };
  if (job.pricing.gpu_hour_usd !== null) {
    return { gpu_hour_usd: job.pricing.gpu_hour_usd, source: 'manifest (pricing.gpu_hour_usd)', as_of: 'as set in the manifest', provider, market, region: job.pricing.region, owned: false, basis: 'rented', ...plain, notes: [] };
  }
  const cluster = job.hardware.cluster ? book.clusters.find((c) => c.name === job.hardware.cluster && c.gpu === gpu.id) : undefined;
  if (cluster) {
    const c = clusterPrice(cluster);
    return { ...c, as_of: 'derived from train-budget.yml', provider: null, market: 'on_demand', region: job.pricing.region, owned: true, basis: 'owned', ...plain, cluster: cluster.name };
  }
  const rule = matchRule(book.rules, gpu.id, provider, market);
  if (rule && rule.gpu_hour_usd !== null) {
    return {
      gpu_hour_usd: rule.gpu_hour_usd, source: `price rule ${ruleName(rule)}`, as_of: 'as set in train-budget.yml', provider, market, region: job.pricing.region,
      owned: false, basis: 'rented', ...plain, rule: ruleName(rule), notes: [],
    };
  }
  const pick = catalogPick(provider, market, gpu);
  const base = catalogPrice(job, gpu, pick);
  const out: PriceChoice = { ...base, basis: base.owned ? 'owned' : 'rented', ...plain, notes: [...base.notes] };
  if (rule && rule.discount_percent !== null) {
    if (rule.provider !== null && !pick?.fromProvider) {
      out.notes.push(`price rule ${ruleName(rule)} discounts ${rule.provider} prices, but the catalog has no ${rule.provider} price for ${gpu.id}: not applied`);
    } else if (discounts(rule, pick)) {
      out.gpu_hour_usd = catalogRate(pick, rule, gpu);
      out.source = `${base.source}; less ${rule.discount_percent}% by price rule ${ruleName(rule)} (list ${money(base.gpu_hour_usd)})`;
      out.rule = ruleName(rule);
    }
  }
  if (book.today && /^\d{4}-\d{2}-\d{2}$/.test(base.as_of)) {
    out.age_days = daysBetween(base.as_of, book.today);
    out.stale = out.age_days > STALE_AFTER_DAYS;
    if (out.stale) out.notes.push(`price age: the catalog price was observed ${base.as_of}, ${out.age_days} days before ${book.today} (more than ${STALE_AFTER_DAYS}): it may be out of date; set the team's rate in train-budget.yml prices`);
  }
  return out;
}

/**
 * What renting `gpu` for the job costs per GPU-hour, and on which basis: the figure choosePrice gives for the
 * job moved onto `gpu`, off any owned cluster and without the manifest's own price (which is the price of the
 * GPU it names), read without the words, age or notes the report needs only for the job's own GPU. The
 * estimate's alternatives compare kinds by it (__tests__/rental-rate.test.ts holds it to choosePrice).
 */
export function rentalRate(job: Job, gpu: Accelerator): { gpu_hour_usd: number; basis: CostBasis } {
  const { provider, market } = job.pricing;
  const rule = matchRule((job.prices ?? EMPTY_PRICE_BOOK).rules, gpu.id, provider, market);
  if (rule && rule.gpu_hour_usd !== null) return { gpu_hour_usd: rule.gpu_hour_usd, basis: 'rented' };
  const pick = catalogPick(provider, market, gpu);
  return { gpu_hour_usd: catalogRate(pick, rule, gpu), basis: pick ? 'rented' : 'owned' };
}

export type RentalRate = ReturnType<typeof rentalRate>;

/**
 * rentalRate of every catalog GPU (ACCELERATORS' order) for the job, or null where the kind is not rented: no
 * cloud lists it and no price rule gives it an absolute rate (an owned card's electricity is no rental price).
 * It reads only the job's price rules, provider and market, so the list is worked out once per rule list and
 * pair and shared by every job and alternative that reads it (the estimates of a run share their price book).
 */
export function rentalRates(job: Job): readonly (RentalRate | null)[] {
  const rules = (job.prices ?? EMPTY_PRICE_BOOK).rules;
  const { provider, market } = job.pricing;
  let byKey = ratesCache.get(rules);
  if (!byKey) ratesCache.set(rules, (byKey = new Map()));
  const key = `${keyPart(provider)}${keyPart(market)}`;
  let rates = byKey.get(key);
  if (!rates) {
    rates = ACCELERATORS.map((gpu) => {
      const rule = matchRule(rules, gpu.id, provider, market);
      return listedPrices(gpu.id).length === 0 && rule?.gpu_hour_usd == null ? null : rentalRate(job, gpu);
    });
    byKey.set(key, rates);
  }
  return rates;
}
const ratesCache = new WeakMap<readonly PriceRule[], Map<string, readonly (RentalRate | null)[]>>();
