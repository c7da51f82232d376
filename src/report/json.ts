import type { Comparison } from '../budget/compare.js';
import type { Report } from '../budget/verdict.js';
import type { JobEstimate, Range } from '../estimate/types.js';
import { changesDocument } from './json-changes.js';

const r = (x: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
const range = (x: Range, digits: number): Range => ({ low: r(x.low, digits), expected: r(x.expected, digits), high: r(x.high, digits) });

/** A step's named terms in seconds (microseconds kept), with its flags. */
function stepSeconds(st: JobEstimate['compute']['step_seconds']) {
  const out: Record<string, number | boolean | string> = {};
  for (const [k, v] of Object.entries(st)) out[k] = typeof v === 'number' ? r(v, k === 'tokens' ? 0 : 6) : v;
  return out;
}

/** One job in the report's key order, numbers rounded to what their units can mean (bytes whole, cents, ...). */
function job(j: JobEstimate) {
  const m = j.memory.per_gpu_bytes;
  return {
    name: j.name,
    file: j.file,
    model: j.model,
    method: j.method,
    precision: j.precision,
    parameters: j.parameters,
    memory: {
      per_gpu_bytes: { weights: r(m.weights, 0), gradients: r(m.gradients, 0), optimizer: r(m.optimizer, 0), activations: r(m.activations, 0), overhead: r(m.overhead, 0), total: r(m.total, 0) },
      gpu_capacity_bytes: j.memory.gpu_capacity_bytes,
      fits: j.memory.fits,
    },
    hardware: j.hardware,
    parallelism: j.parallelism,
    compute: {
      flops: r(j.compute.flops, 0),
      mfu: r(j.compute.mfu, 4),
      hfu: r(j.compute.hfu, 4),
      tokens: j.compute.tokens,
      gpu_hours: range(j.compute.gpu_hours, 3),
      wall_clock_hours: range(j.compute.wall_clock_hours, 3),
      tokens_per_gpu_second: r(j.compute.tokens_per_gpu_second, 1),
      goodput: j.compute.goodput,
      step_seconds: stepSeconds(j.compute.step_seconds),
    },
    cost_usd: range(j.cost_usd, 2),
    price: { ...j.price, gpu_hour_usd: r(j.price.gpu_hour_usd, 4) },
    storage_bytes: { dataset: r(j.storage_bytes.dataset, 0), base_model: r(j.storage_bytes.base_model, 0), checkpoints: r(j.storage_bytes.checkpoints, 0), total: r(j.storage_bytes.total, 0) },
    energy_kwh: r(j.energy_kwh, 3),
    co2_kg: r(j.co2_kg, 3),
    host: j.host,
    alternatives: j.alternatives.map((a) => ({ gpu: a.gpu, count: a.count, wall_clock_hours: r(a.wall_clock_hours, 3), cost_usd: r(a.cost_usd, 2), ...(a.basis ? { basis: a.basis } : {}), ...(a.cluster ? { cluster: a.cluster } : {}) })),
    assumptions: j.assumptions,
    ...(j.warnings?.length ? { warnings: j.warnings } : {}),
    violations: j.violations.map((v) => ({ limit: v.limit, max: v.max, actual: r(v.actual, v.limit === 'gpu_memory_bytes' ? 0 : 3), ...(v.project ? { project: v.project } : {}) })),
    advice: (j.advice ?? []).map((a) => ({ ...a, memory_per_gpu_bytes: r(a.memory_per_gpu_bytes, 0), wall_clock_hours: r(a.wall_clock_hours, 3), cost_usd: r(a.cost_usd, 2), saving_fraction: r(a.saving_fraction, 4) })),
    ...(j.project ? { project: j.project } : {}),
  };
}

/** The JSON report: `estimate --format json` prints it and the action writes it to a file. */
export function renderJson(report: Report, comparison?: Comparison | null): string {
  return JSON.stringify(reportDocument(report, comparison), null, 2) + '\n';
}

/** The JSON report as an object, before JSON.stringify (which would turn a NaN into null unseen). */
export function reportDocument(report: Report, comparison?: Comparison | null) {
  return {
    schema_version: report.schema_version,
    jobs: report.jobs.map(job),
    totals: { gpu_hours: range(report.totals.gpu_hours, 3), cost_usd: range(report.totals.cost_usd, 2), energy_kwh: r(report.totals.energy_kwh, 3), co2_kg: r(report.totals.co2_kg, 3) },
    violations: report.violations.map((v) => ({ ...v, actual: r(v.actual, 3) })),
    over_budget: report.over_budget,
    ...(comparison ? { changes: changesDocument(comparison) } : {}),
  };
}
