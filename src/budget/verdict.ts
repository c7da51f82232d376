import type { JobEstimate, Range, Violation } from '../estimate/types.js';
import type { Limits } from './limits.js';

/** The JSON report (schema_version 1): jobs with their violations, totals, and the verdict. */
export interface Report {
  schema_version: 1;
  jobs: JobEstimate[];
  /** Sums over the jobs that fit in GPU memory (one that does not cannot run). */
  totals: { gpu_hours: Range; cost_usd: Range; energy_kwh: number; co2_kg: number };
  /** Violations of limits on all jobs together (max_total_cost_usd, and the change against the base branch). */
  violations: Violation[];
  over_budget: boolean;
}

const sum = (xs: Range[]): Range => ({
  low: xs.reduce((s, x) => s + x.low, 0),
  expected: xs.reduce((s, x) => s + x.expected, 0),
  high: xs.reduce((s, x) => s + x.high, 0),
});

/** What a job breaks: it does not fit in GPU memory (always), or goes over a per-job limit (expected values). */
export function jobViolations(e: JobEstimate, limits: Limits): Violation[] {
  const out: Violation[] = [];
  if (!e.memory.fits) out.push({ limit: 'gpu_memory_bytes', max: e.memory.gpu_capacity_bytes, actual: e.memory.per_gpu_bytes.total });
  const check = (limit: keyof Limits, actual: number) => {
    const max = limits[limit];
    if (max !== undefined && actual > max) out.push({ limit, max, actual });
  };
  check('max_cost_usd', e.cost_usd.expected);
  check('max_gpu_hours', e.compute.gpu_hours.expected);
  check('max_gpus', e.hardware.count);
  check('max_hours', e.compute.wall_clock_hours.expected);
  check('max_co2_kg', e.co2_kg);
  return out;
}

/**
 * Applies the limits: fills each job's violations, totals, and whether anything is over budget. With
 * `projectLimits` (train-budget.yml projects), a job of a project with limits is judged by them, and its
 * violations name the project; `limits` (the action's inputs, the CLI's flags) are the fallback.
 */
export function buildReport(estimates: readonly JobEstimate[], limits: Limits, projectLimits?: ReadonlyMap<string, Limits>): Report {
  const own = (e: JobEstimate) => (e.project !== undefined ? projectLimits?.get(e.project) : undefined);
  const jobs = estimates.map((e) => {
    const p = own(e);
    return { ...e, violations: p ? jobViolations(e, p).map((v) => (v.limit === 'gpu_memory_bytes' ? v : { ...v, project: e.project! })) : jobViolations(e, limits) };
  });
  // A job that does not fit cannot run: it has no cost to add up, and the reports say it is left out.
  const runs = jobs.filter((j) => j.memory.fits);
  const totals = {
    gpu_hours: sum(runs.map((j) => j.compute.gpu_hours)),
    cost_usd: sum(runs.map((j) => j.cost_usd)),
    energy_kwh: runs.reduce((s, j) => s + j.energy_kwh, 0),
    co2_kg: runs.reduce((s, j) => s + j.co2_kg, 0),
  };
  const violations: Violation[] = [];
  const fallback = projectLimits ? runs.filter((j) => !own(j)).reduce((s, j) => s + j.cost_usd.expected, 0) : totals.cost_usd.expected;
  if (limits.max_total_cost_usd !== undefined && fallback > limits.max_total_cost_usd) {
    violations.push({ limit: 'max_total_cost_usd', max: limits.max_total_cost_usd, actual: fallback });
  }
  for (const [project, l] of projectLimits ?? []) {
    const total = runs.filter((j) => j.project === project).reduce((s, j) => s + j.cost_usd.expected, 0);
    if (l.max_total_cost_usd !== undefined && total > l.max_total_cost_usd) violations.push({ limit: 'max_total_cost_usd', max: l.max_total_cost_usd, actual: total, project });
  }
  return { schema_version: 1, jobs, totals, violations, over_budget: violations.length > 0 || jobs.some((j) => j.violations.length > 0) };
}

export function violationCount(r: Report): number {
  return r.violations.length + r.jobs.reduce((s, j) => s + j.violations.length, 0);
}
