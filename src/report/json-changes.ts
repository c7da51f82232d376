import type { Comparison } from '../budget/compare.js';

const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * The report's `changes` (only with a base: `estimate --base REF`, and the action on a pull request): what the
 * comment's table says, by job, in numbers. A job is changed when its manifest, a file it names, or the
 * train-budget.yml prices behind it changed its estimate.
 */
export function changesDocument(c: Comparison) {
  return {
    before_cost_usd: cents(c.before_cost_usd),
    after_cost_usd: cents(c.after_cost_usd),
    delta_usd: cents(c.delta_usd),
    delta_percent: c.delta_percent === null ? null : Math.round(c.delta_percent * 100) / 100,
    jobs: c.jobs.map((j) => ({ name: j.name, file: j.file, status: j.status, cost_delta_usd: cents(j.cost_delta_usd) })),
    notes: c.notes,
  };
}
