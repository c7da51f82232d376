import { readFileSync } from 'node:fs';
import { findAccelerator } from '../src/catalog/accelerators.js';
import { peakTflops } from '../src/estimate/efficiency.js';
import { RANGE, RANGE_FINETUNE, runJob } from '../src/estimate/estimate.js';
import { countParameters } from '../src/estimate/parameters.js';
import { resolveModel } from '../src/estimate/model.js';
import { timeJobFromSetup } from './job.js';
import type { Job } from '../src/manifest/types.js';
import { SETUPS, SKIPPED, sourceOf, type Compare, type Setup } from './setups.js';

interface PublishedRun {
  id: string;
  model: string;
  gpu_hours: number | null;
  mfu: number | null;
  hfu: number | null;
  tflops_per_gpu: number | null;
  tokens_per_gpu_second?: number | null;
}

export interface Row {
  id: string;
  model: string;
  compare: Compare;
  published: number;
  predicted: number;
  low: number;
  high: number;
  /** max(predicted/published, published/predicted) */
  error: number;
  inside: boolean;
  /** The naive rule: 6·N·D (or 40% of peak) at 40% MFU. */
  naive: number;
  naive_error: number;
}

const factor = (a: number, b: number) => Math.max(a / b, b / a);

/** The published records and each set-up's job, read once per pair of files (the search reruns the rows thousands of times). */
const loaded = new Map<string, { s: Setup; run: PublishedRun; job: Job }[]>();
function load(path: string, finetunePath: string, setups: Setup[]): { s: Setup; run: PublishedRun; job: Job }[] {
  const key = `${path}\n${finetunePath}\n${setups === SETUPS ? '' : setups.map((s) => JSON.stringify(s)).join('\n')}`;
  const hit = loaded.get(key);
  if (hit) return hit;
  const runs = new Map([...(JSON.parse(readFileSync(path, 'utf8')) as PublishedRun[]), ...(JSON.parse(readFileSync(finetunePath, 'utf8')) as PublishedRun[])].map((r) => [r.id, r]));
  // No record drops silently: every published record is either set up or left out with a reason.
  const accounted = new Set([...SETUPS.map((s) => s.id), ...SKIPPED.map((s) => s.id)]);
  const unaccounted = [...runs.keys()].filter((id) => !accounted.has(id));
  if (unaccounted.length) throw new Error(`calibration records neither set up nor left out: ${unaccounted.join(', ')}`);
  const out = setups.map((s) => {
    const run = runs.get(s.id);
    if (!run) throw new Error(`calibration setup ${s.id} has no record in published-runs.json`);
    return { s, run, job: timeJobFromSetup(s) };
  });
  loaded.set(key, out);
  return out;
}

/** Every calibration record, predicted against published (`setups`: the set-ups, SETUPS unless a sensitivity check varies them). */
export function calibrationRows(path = 'calibration/published-runs.json', finetunePath = 'calibration/published-finetune.json', setups: Setup[] = SETUPS): Row[] {
  return load(path, finetunePath, setups).map(({ s, run, job }) => {
    const r = runJob(job);
    const est = { compute: { gpu_hours: r.gpu_hours, mfu: r.mfu, hfu: (r.mfu * r.flops_hardware_total) / r.flops_model_total } };
    const gpu = findAccelerator(job.hardware.gpu)!;
    const peak = peakTflops(gpu, job.precision).tflops;
    let published: number;
    let predicted: number;
    let low: number;
    let high: number;
    let naive: number;
    if (s.compare === 'gpu_hours') {
      published = run.gpu_hours ?? s.derived_gpu_hours!;
      // Steady-state GPU-hours (tokens over throughput) are compared before goodput; wall-clock ones after it.
      const g = s.steady_state_hours !== undefined ? r.goodput : 1;
      predicted = est.compute.gpu_hours.expected * g;
      low = est.compute.gpu_hours.low * g;
      high = est.compute.gpu_hours.high * g;
      const n = countParameters(resolveModel(job.model).arch).total;
      naive = (6 * n * job.data.tokens) / (peak * 1e12 * 0.4) / 3600;
    } else if (s.compare === 'tokens_per_gpu_second') {
      published = run.tokens_per_gpu_second!;
      predicted = r.tokens_per_gpu_second;
      const range = job.method === 'pretrain' ? RANGE : RANGE_FINETUNE;
      low = predicted / range.high;
      high = predicted / range.low;
      naive = (0.4 * peak * 1e12) / (6 * countParameters(resolveModel(job.model).arch).total);
    } else {
      const value = s.compare === 'mfu' ? est.compute.mfu : est.compute.hfu;
      const scale = s.compare === 'tflops' ? peak : 1;
      published = s.compare === 'mfu' ? run.mfu! : s.compare === 'hfu' ? run.hfu! : run.tflops_per_gpu!;
      // A source counting 6·N FLOPs per token: its figure in our model FLOPs (same tokens per second).
      if (s.six_n) published *= r.flops_model_total / job.data.tokens / (6 * s.six_n.parameters);
      predicted = value * scale;
      // Time range [low, high] maps to utilisation [1/high, 1/low].
      low = (value / RANGE.high) * scale;
      high = (value / RANGE.low) * scale;
      naive = 0.4 * scale;
    }
    return {
      id: s.id, model: run.model, compare: s.compare, published, predicted, low, high,
      error: factor(predicted, published), inside: published >= low && published <= high,
      naive, naive_error: factor(naive, published),
    };
  });
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export { SKIPPED };

/** A compared figure as both the markdown table and `npm run calibrate` print it. */
export const show = (x: number, kind: Compare) => (kind === 'gpu_hours' || kind === 'tokens_per_gpu_second' ? Math.round(x).toLocaleString('en-US') : kind === 'tflops' ? x.toFixed(0) : x.toFixed(3));

/** The calibration table and summary as markdown: docs/methodology.md embeds it, a test keeps them equal. */
export function calibrationMarkdown(rows: Row[]): string {
  const lines = ['| record | compared | published | predicted | range | error | naive error |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |'];
  for (const r of rows) {
    lines.push(`| ${r.id} | ${r.compare} | ${show(r.published, r.compare)} | ${show(r.predicted, r.compare)} | ${show(r.low, r.compare)} to ${show(r.high, r.compare)}${r.inside ? '' : ' (outside)'} | ${((r.error - 1) * 100).toFixed(1)}% | ${((r.naive_error - 1) * 100).toFixed(0)}% |`);
  }
  const inside = rows.filter((r) => r.inside).length;
  const worst = rows.reduce((a, b) => (b.error > a.error ? b : a));
  lines.push('');
  lines.push(`${rows.length} records. Median error ${((median(rows.map((r) => r.error)) - 1) * 100).toFixed(1)}% (naive 6ND at 40% MFU: ${((median(rows.map((r) => r.naive_error)) - 1) * 100).toFixed(1)}%); worst ${worst.id}, ${worst.error.toFixed(2)}x (naive worst ${Math.max(...rows.map((r) => r.naive_error)).toFixed(2)}x); ${inside} of ${rows.length} (${((inside / rows.length) * 100).toFixed(0)}%) inside [low, high].`);
  lines.push('');
  lines.push(...summaryLines(rows));
  const sixN = SETUPS.filter((x) => x.six_n !== undefined);
  if (sixN.length) {
    lines.push('');
    lines.push(`Published utilisation counted as 6·N FLOPs per token, shown here in our model FLOPs (the same tokens per second): ${sixN.map((x) => `${x.id} (${x.six_n!.why})`).join('; ')}.`);
  }
  lines.push('');
  lines.push('Left out:');
  for (const s of SKIPPED) lines.push(`- ${s.id}: ${s.why}`);
  return lines.join('\n') + '\n';
}

/** Medians per source and for the end-to-end GPU-hours records alone: one paper's many rows cannot carry the median. */
export function summaryLines(rows: Row[]): string[] {
  const pctOf = (xs: number[]) => `${((median(xs) - 1) * 100).toFixed(1)}%`;
  const bySource = new Map<string, number[]>();
  for (const r of rows) bySource.set(sourceOf(r.id), [...(bySource.get(sourceOf(r.id)) ?? []), r.error]);
  const gh = rows.filter((r) => r.compare === 'gpu_hours').map((r) => r.error);
  return [
    `End-to-end GPU-hours records alone: median error ${pctOf(gh)} over ${gh.length}. Per source: ${[...bySource].map(([s, xs]) => `${s} ${pctOf(xs)} (${xs.length})`).join('; ')}.`,
  ];
}
