import { CALIBRATED, withTimeConstants, type TimeConstants } from '../src/estimate/efficiency.js';
import { calibrationRows, median, type Row } from './compare.js';

/**
 * The search that set the time model's constants (src/estimate/efficiency.ts, CALIBRATED): one grid over all
 * four at once, scored on the median error over every calibration record (none per record), ties broken by
 * the worst error. `npm run calibrate -- --search` reruns it and prints the leave-one-source-out check.
 */
export const GRID: { [K in keyof TimeConstants]: number[] } = {
  e_train: steps(0.6, 1.0, 0.02),
  k_bytes_per_width: steps(300, 900, 50),
  dp_overlap: [0.85, 0.9, 0.95],
  tp_exposed: [0.5, 0.75, 1],
};

function steps(from: number, to: number, by: number): number[] {
  const out: number[] = [];
  for (let x = from; x <= to + by / 2; x += by) out.push(Math.round(x * 1000) / 1000);
  return out;
}

export interface Scored {
  constants: TimeConstants;
  median: number;
  worst: number;
}

const score = (rows: Row[]) => ({ median: median(rows.map((r) => r.error)), worst: Math.max(...rows.map((r) => r.error)) });
const better = (a: Scored, b: Scored | null) => b === null || a.median < b.median - 1e-9 || (Math.abs(a.median - b.median) <= 1e-9 && a.worst < b.worst);

/** Every combination of the grid (or the given grid), scored on the records `keep` selects. */
export function search(keep: (r: Row) => boolean = () => true, grid = GRID): Scored {
  let best: Scored | null = null;
  for (const e_train of grid.e_train)
    for (const k_bytes_per_width of grid.k_bytes_per_width)
      for (const dp_overlap of grid.dp_overlap)
        for (const tp_exposed of grid.tp_exposed) {
          const constants = { e_train, k_bytes_per_width, dp_overlap, tp_exposed };
          const rows = withTimeConstants(constants, () => calibrationRows()).filter(keep);
          const s = { constants, ...score(rows) };
          if (better(s, best)) best = s;
        }
  return best!;
}

/** The grid's neighbours of the calibrated constants (one step either way on each axis, and the point itself). */
export function neighbourhood(c: TimeConstants = CALIBRATED): typeof GRID {
  const around = (axis: number[], x: number) => {
    const i = axis.findIndex((v) => Math.abs(v - x) < 1e-9);
    if (i < 0) throw new Error(`calibrated constant ${x} is not on the search grid`);
    return axis.slice(Math.max(0, i - 1), i + 2);
  };
  return {
    e_train: around(GRID.e_train, c.e_train),
    k_bytes_per_width: around(GRID.k_bytes_per_width, c.k_bytes_per_width),
    dp_overlap: around(GRID.dp_overlap, c.dp_overlap),
    tp_exposed: around(GRID.tp_exposed, c.tp_exposed),
  };
}

export interface CrossValidation {
  /** Per held-out source: the constants the other sources pick, and the held-out records' errors under them. */
  folds: { source: string; constants: TimeConstants; errors: number[] }[];
  /** Median over every record, each predicted by constants fitted without its own source. */
  median: number;
}

/** Leave-one-source-out: refit on the other sources, predict the held-out one. */
export function crossValidate(sourceOf: (id: string) => string, grid = GRID): CrossValidation {
  const sources = [...new Set(calibrationRows().map((r) => sourceOf(r.id)))].sort();
  const folds = sources.map((source) => {
    const fit = search((r) => sourceOf(r.id) !== source, grid);
    const errors = withTimeConstants(fit.constants, () => calibrationRows())
      .filter((r) => sourceOf(r.id) === source)
      .map((r) => r.error);
    return { source, constants: fit.constants, errors };
  });
  return { folds, median: median(folds.flatMap((f) => f.errors)) };
}
