import type { Range } from '../estimate/types.js';
import { clusterHourCost, HOURS_PER_YEAR, type OwnedCluster } from '../estimate/price-book.js';

/** One job's yearly demand on the cluster's GPU kind. */
export interface YearlyJob {
  name: string;
  file: string;
  runs_per_year: number;
  /** Where runs_per_year came from: the --jobs-per-year flag, the manifest, its project, or the default of 1. */
  runs_from: 'flag' | 'manifest' | 'project' | 'default';
  /** GPU-hours of one run (low, expected, high) on the cluster's GPU kind. */
  gpu_hours: Range;
}

export interface BuyVsRent {
  cluster: OwnedCluster;
  jobs: YearlyJob[];
  /** GPU-hours a year the jobs need (low, expected, high). */
  gpu_hours_per_year: Range;
  /** GPU-hours a year the cluster can give: count x 8,760. */
  capacity_gpu_hours_per_year: number;
  /** Share of the cluster's hours the jobs would keep it busy (expected). */
  utilization_needed: number;
  /** Renting price per GPU-hour: cheapest, chosen, dearest. */
  rent_gpu_hour_usd: Range;
  rent_source: string;
  /** Renting the jobs' GPU-hours for a year, USD: at the cheapest price and low hours .. dearest and high hours. */
  rent_usd_per_year: Range;
  /** Owning for a year: the purchase's yearly share + operations (whatever the use) + energy of the busy hours. */
  own_usd_per_year: Range;
  own_fixed_usd_per_year: number;
  energy_usd_per_gpu_hour: number;
  /**
   * Utilisation above which owning costs less than renting, at each rental price: fixed / (capacity x (rent - energy));
   * null when renting costs less than the energy alone (never).
   */
  break_even_utilization: { at_low_rent: number | null; at_rent: number | null; at_high_rent: number | null };
  /**
   * Months until the purchase is paid back by what owning saves against renting the jobs' GPU-hours:
   * purchase / ((rent a year - operations - energy a year) / 12); null when owning saves nothing.
   */
  break_even_months: { at_low_rent: number | null; at_rent: number | null; at_high_rent: number | null };
  notes: string[];
}

const breakEvenUtilization = (fixed: number, capacity: number, rent: number, energy: number) => (rent > energy ? fixed / (capacity * (rent - energy)) : null);

function breakEvenMonths(c: OwnedCluster, hours: number, rent: number, energy: number): number | null {
  const savedPerYear = rent * hours - c.operations_usd_per_year - energy * hours;
  return savedPerYear > 0 ? c.purchase_usd / (savedPerYear / 12) : null;
}

/**
 * Renting against owning a cluster for a year of the jobs' work: pure arithmetic over the jobs' GPU-hours (from
 * the estimator) and the rental price range (from the catalog and the settings' price rules).
 */
export function compareBuy(cluster: OwnedCluster, jobs: YearlyJob[], rent: Range, rentSource: string, extraNotes: readonly string[] = []): BuyVsRent {
  const sum = (k: keyof Range) => jobs.reduce((s, j) => s + j.gpu_hours[k] * j.runs_per_year, 0);
  const hours: Range = { low: sum('low'), expected: sum('expected'), high: sum('high') };
  const capacity = cluster.count * HOURS_PER_YEAR;
  const energy = clusterHourCost(cluster).energy;
  const fixed = cluster.purchase_usd / cluster.amortize_years + cluster.operations_usd_per_year;
  const notes: string[] = [...extraNotes];
  const needed = hours.expected / capacity;
  if (hours.expected > capacity) notes.push(`the jobs need ${Math.round(hours.expected).toLocaleString('en-US')} GPU-hours a year, more than the ${Math.round(capacity).toLocaleString('en-US')} the cluster can give: the rest would still be rented`);
  if (jobs.some((j) => j.runs_from === 'default')) notes.push('jobs without runs_per_year (manifest, project, or --jobs-per-year) are counted as running once a year');
  return {
    cluster, jobs,
    gpu_hours_per_year: hours,
    capacity_gpu_hours_per_year: capacity,
    utilization_needed: needed,
    rent_gpu_hour_usd: rent,
    rent_source: rentSource,
    rent_usd_per_year: { low: hours.low * rent.low, expected: hours.expected * rent.expected, high: hours.high * rent.high },
    own_usd_per_year: { low: fixed + energy * hours.low, expected: fixed + energy * hours.expected, high: fixed + energy * hours.high },
    own_fixed_usd_per_year: fixed,
    energy_usd_per_gpu_hour: energy,
    break_even_utilization: {
      at_low_rent: breakEvenUtilization(fixed, capacity, rent.low, energy),
      at_rent: breakEvenUtilization(fixed, capacity, rent.expected, energy),
      at_high_rent: breakEvenUtilization(fixed, capacity, rent.high, energy),
    },
    break_even_months: {
      at_low_rent: breakEvenMonths(cluster, hours.expected, rent.low, energy),
      at_rent: breakEvenMonths(cluster, hours.expected, rent.expected, energy),
      at_high_rent: breakEvenMonths(cluster, hours.expected, rent.high, energy),
    },
    notes,
  };
}
