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

const better = (a: Scored, b: Scored | null) => b === null || a.median < b.median - 1e-9 || (Math.abs(a.median - b.median) <= 1e-9 && a.worst < b.worst);

/** Every combination of a grid, with each record's error under it (computed once: the search and each fold read it). */
export interface GridTable {
  ids: string[];
  points: { constants: TimeConstants; errors: number[] }[];
}

export function gridTable(grid = GRID): GridTable {
  const points: GridTable['points'] = [];
  let ids: string[] = [];
  for (const e_train of grid.e_train)
    for (const k_bytes_per_width of grid.k_bytes_per_width)
      for (const dp_overlap of grid.dp_overlap)
        for (const tp_exposed of grid.tp_exposed) {
          const constants = { e_train, k_bytes_per_width, dp_overlap, tp_exposed };
          const rows = withTimeConstants(constants, () => calibrationRows());
          ids = rows.map((r) => r.id);
          points.push({ constants, errors: rows.map((r) => r.error) });
        }
  return { ids, points };
}

/** The grid point with the lowest median error on the records `keep` selects (ties: the lower worst error). */
export function searchTable(table: GridTable, keep: (id: string) => boolean = () => true): Scored {
  const use = table.ids.map(keep);
  let best: Scored | null = null;
  for (const p of table.points) {
    const errors = p.errors.filter((_, i) => use[i]);
    const s = { constants: p.constants, median: median(errors), worst: Math.max(...errors) };
    if (better(s, best)) best = s;
  }
  return best!;
}

/** Every combination of the grid (or the given grid), scored on the records `keep` selects. */
export function search(keep: (r: Row) => boolean = () => true, grid = GRID): Scored {
  const rows = calibrationRows();
  const kept = new Set(rows.filter(keep).map((r) => r.id));
  return searchTable(gridTable(grid), (id) => kept.has(id));
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
  /** The in-sample median at the calibrated constants, for comparison. */
  in_sample: number;
}

/**
 * Leave-one-source-out: refit the four constants on the other sources (the whole grid), predict the held-out
 * source's records with them. Sources, not records, are held out: one paper's rows share its software and habits.
 */
export function crossValidate(sourceOf: (id: string) => string, grid = GRID, table = gridTable(grid)): CrossValidation {
  const sources = [...new Set(table.ids.map(sourceOf))].sort();
  const folds = sources.map((source) => {
    const fit = searchTable(table, (id) => sourceOf(id) !== source);
    const at = table.points.find((p) => p.constants === fit.constants)!;
    const errors = table.ids.flatMap((id, i) => (sourceOf(id) === source ? [at.errors[i]!] : []));
    return { source, constants: fit.constants, errors };
  });
  return { folds, median: median(folds.flatMap((f) => f.errors)), in_sample: median(calibrationRows().map((r) => r.error)) };
}

const pct = (x: number) => `${((x - 1) * 100).toFixed(1)}%`;

/** The cross-validation as markdown: docs/methodology.md embeds it, a test keeps them equal. */
export function crossValidationMarkdown(cv: CrossValidation): string {
  const lines = ['| held-out source | records | refit E_TRAIN, K, DP overlap, TP exposed | median error held out |', '| --- | ---: | --- | ---: |'];
  for (const f of cv.folds) lines.push(`| ${f.source} | ${f.errors.length} | ${f.constants.e_train}, ${f.constants.k_bytes_per_width}, ${f.constants.dp_overlap}, ${f.constants.tp_exposed} | ${pct(median(f.errors))} |`);
  lines.push('');
  lines.push(`Leave-one-source-out cross-validated median error ${pct(cv.median)}, beside the in-sample ${pct(cv.in_sample)}.`);
  return lines.join('\n') + '\n';
}
