import { intRange, positiveRange, RANGES, type NumberRange } from '../manifest/numbers.js';

/**
 * The ranges of train-budget.yml's numbers (and the compare-buy flags that describe a cluster), checked by the
 * one number validation (src/manifest/numbers.ts: numberSchema, checkNumber). Like its ranges, these lie far
 * beyond any real team's figures and refuse only typos, overflows and negative or zero values.
 */
const atLeast = (min: number, max: number, why: string): NumberRange => ({ min, max, integer: false, why });

export const SETTINGS_RANGES = {
  count: RANGES.count,
  gpu_hour_usd: RANGES.gpu_hour_usd,
  purchase_usd: positiveRange(1e12, 'the largest GPU clusters cost a few billion dollars (xAI Colossus, 2024: 100,000 H100s at about $25,000-30,000 each)'),
  amortize_years: positiveRange(100, 'GPUs are written off over 3-6 years'),
  power_kw_per_gpu: positiveRange(100, 'a GB200 superchip with its share of the rack draws about 2-3 kW'),
  pue: atLeast(1, 3, 'facility power / IT power: 1 is no overhead; published data centres run 1.1-1.6'),
  usd_per_kwh: positiveRange(100, 'electricity costs cents per kWh'),
  operations_usd_per_year: atLeast(0, 1e12, 'at most the purchase bound a year'),
  utilization: positiveRange(1, 'a share of the hours: greater than 0, at most 1'),
  discount_percent: positiveRange(100, 'a discount off the list price, below 100%'),
  runs_per_year: RANGES.runs_per_year,
  limit_usd: atLeast(0, 1e13, 'ten trillion dollars, beyond any budget'),
  limit_hours: atLeast(0, 1e12, 'GPU-hours or hours: a million GPUs for a century is 8.8e11'),
  limit_gpus: intRange(0, 1e6, 'the same bound as a job\'s GPU count'),
  limit_co2_kg: atLeast(0, 1e12, 'a billion tonnes of CO2e, more than a large country emits a year'),
} satisfies Record<string, NumberRange>;
