/**
 * The team's own pricing, as plain data handed to the estimator on each job (`job.prices`): price rules that win
 * over the catalog, GPUs the team owns, and the date the run treats as today (for the age of catalog prices).
 * The settings file (src/settings/) builds it; the estimator, its alternatives and the planner only read it.
 */
export interface PriceRule {
  /** Where the rule was written, for the report: "train-budget.yml prices[1]". */
  label: string;
  gpu: string | null;
  provider: string | null;
  market: 'on_demand' | 'spot' | null;
  /** An absolute rate per GPU-hour, or (exclusive) a discount off the catalog price. */
  gpu_hour_usd: number | null;
  discount_percent: number | null;
  source: string | null;
}

export interface OwnedCluster {
  name: string;
  gpu: string;
  count: number;
  purchase_usd: number;
  amortize_years: number;
  power_kw_per_gpu: number;
  pue: number;
  usd_per_kwh: number;
  operations_usd_per_year: number;
  /** Share of the year's hours the cluster is busy, 0 < u <= 1. */
  utilization: number;
}

export interface PriceBook {
  rules: readonly PriceRule[];
  clusters: readonly OwnedCluster[];
  /** ISO date (YYYY-MM-DD) the run treats as today; null: price age is not judged. */
  today: string | null;
}

export const EMPTY_PRICE_BOOK: PriceBook = { rules: [], clusters: [], today: null };

export const HOURS_PER_YEAR = 8760;

export interface ClusterHourCost {
  /** Cost of one busy GPU-hour, the sum of the three terms. */
  gpu_hour_usd: number;
  amortized: number;
  energy: number;
  operations: number;
  /** GPU-hours the cluster is busy per year: count x 8,760 x utilisation. */
  busy_gpu_hours_per_year: number;
}

/**
 * What one busy GPU-hour of an owned cluster costs: the purchase spread over its years and over the GPU-hours
 * it is busy, the energy a busy GPU draws (board and host share x PUE x electricity price), and the year's
 * operations over the busy GPU-hours. Idle hours draw power too; that is not counted (an allowance of ours).
 */
export function clusterHourCost(c: OwnedCluster, utilization = c.utilization): ClusterHourCost {
  const busy = c.count * HOURS_PER_YEAR * utilization;
  const amortized = c.purchase_usd / c.amortize_years / busy;
  const energy = c.power_kw_per_gpu * c.pue * c.usd_per_kwh;
  const operations = c.operations_usd_per_year / busy;
  return { gpu_hour_usd: amortized + energy + operations, amortized, energy, operations, busy_gpu_hours_per_year: busy };
}

/** Whole days from an ISO date to another (UTC), negative when `from` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A price older than this is said to be stale in the report. */
export const STALE_AFTER_DAYS = 180;
