import type { Scored } from '../../src/estimate/setup.js';
import { cheaper } from '../../src/plan/search.js';

/** The scan's cheapest set-up (search.ts cheaper(): cost, then wall-clock, then the tie-breaks), or null. */
const cheapestOf = (xs: readonly Scored[]): Scored | null => xs.reduce<Scored | null>((a, b) => (!a || cheaper(b, a) ? b : a), null);

/**
 * Limits that bite, from a brute-force scan of every set-up (src/plan/brute.ts): deadlines none, the median and the
 * 10th percentile of the scan's wall-clocks; for each, cost limits at `factors` x the cheapest set-up within that
 * deadline (null: no cost limit), from below it (nothing qualifies) to above. `expected`: the scan's cheapest set-up
 * within both, which the pruned search must find.
 */
export function limitGrid(all: readonly Scored[], factors: readonly (number | null)[]): { D: number | null; C: number | null; expected: Scored | null }[] {
  const walls = all.map((s) => s.wall_clock_hours).sort((a, b) => a - b);
  const out: { D: number | null; C: number | null; expected: Scored | null }[] = [];
  for (const D of [null, walls[Math.floor(walls.length / 2)]!, walls[Math.floor(walls.length / 10)]!]) {
    const within = all.filter((s) => D === null || s.wall_clock_hours <= D);
    const best = cheapestOf(within)!;
    for (const f of factors) {
      const C = f === null ? null : best.cost_usd * f;
      out.push({ D, C, expected: cheapestOf(within.filter((s) => C === null || s.cost_usd <= C)) });
    }
  }
  return out;
}
