import { readFileSync } from 'node:fs';
import { estimateJob } from '../src/estimate/estimate.js';
import { FRAGMENTATION, GIB, MEMORY_UNDERESTIMATE } from '../src/estimate/memory.js';
import { parseManifest } from '../src/manifest/load.js';
import type { Job } from '../src/manifest/types.js';

/**
 * The memory model against published peaks (calibration/published-memory.json). Each compared record carries
 * its set-up as a manifest (parsed by the same loader users go through) and says what its figure measures:
 *  - allocated: PyTorch's allocator peak (max_memory_allocated / torchtune's "peak memory active"): tensors
 *    only, compared with our weights + gradients + optimizer + activations;
 *  - reserved: the caching allocator's reserved peak (torchtitan's max_reserved): that plus fragmentation;
 *  - nvidia-smi: everything the process holds, compared with our total (CUDA context and NCCL buffers too);
 *  - fits: a published run that ran (or a paper's "fits on one X" claim): our estimate must fit its card.
 */
export type Measures = 'allocated' | 'reserved' | 'nvidia-smi' | 'fits';

interface MemoryRecord {
  id: string;
  source: string;
  measures?: Measures;
  measured_gib?: number;
  capacity_gib?: number;
  setup?: Record<string, unknown>;
  assumed?: string;
  not_compared?: string;
}

export interface MemoryRow {
  id: string;
  measures: Measures;
  /** Measured GiB (null for fits facts). */
  measured: number | null;
  /** Our figure comparable with `measured`, GiB; for fits facts our total. */
  predicted: number;
  capacity: number;
  /** predicted / measured (1 for fits facts). */
  ratio: number;
  fits: boolean;
  /** GiB left on the card under our total (negative: over). */
  spare: number;
}

export const MEMORY_RECORDS = 'calibration/published-memory.json';

/** The set-up of a record as a validated job; a record whose set-up does not validate is an error. */
export function memoryJob(r: MemoryRecord): Job {
  const text = JSON.stringify(r.setup);
  const res = parseManifest(text, { file: MEMORY_RECORDS, repoPath: MEMORY_RECORDS, readRepoFile: () => ({ ok: false, error: 'no files' }) });
  if (res.problems.length || res.jobs.length !== 1) throw new Error(`${r.id}: set-up does not validate: ${res.problems.map((p) => p.message).join('; ')}`);
  return res.jobs[0]!;
}

export function memoryRecords(path = MEMORY_RECORDS): MemoryRecord[] {
  return JSON.parse(readFileSync(path, 'utf8')) as MemoryRecord[];
}

export function memoryRows(path = MEMORY_RECORDS): MemoryRow[] {
  const rows: MemoryRow[] = [];
  for (const r of memoryRecords(path)) {
    if (r.not_compared !== undefined) continue;
    if (!r.measures || !r.setup) throw new Error(`${r.id}: a memory record needs measures and setup, or not_compared with the reason`);
    const est = estimateJob(memoryJob(r));
    const m = est.memory.per_gpu_bytes;
    const held = m.total - m.overhead;
    const capacity = r.capacity_gib ?? est.memory.gpu_capacity_bytes / GIB;
    const total = m.total / GIB;
    let predicted = total;
    if (r.measures === 'allocated') predicted = held / GIB;
    else if (r.measures === 'reserved') predicted = (held * (1 + FRAGMENTATION)) / GIB;
    const measured = r.measures === 'fits' ? null : r.measured_gib!;
    rows.push({ id: r.id, measures: r.measures, measured, predicted, capacity, ratio: measured === null ? 1 : predicted / measured, fits: total <= capacity, spare: capacity - total });
  }
  return rows;
}

/** Records left out of the comparison and why. */
export function memorySkipped(path = MEMORY_RECORDS): { id: string; why: string }[] {
  return memoryRecords(path).filter((r) => r.not_compared !== undefined).map((r) => ({ id: r.id, why: r.not_compared! }));
}

const errorOf = (ratio: number) => Math.max(ratio, 1 / ratio);

export function memoryMedianError(rows: MemoryRow[]): number {
  const e = rows.filter((r) => r.measured !== null).map((r) => errorOf(r.ratio)).sort((a, b) => a - b);
  const k = Math.floor(e.length / 2);
  return e.length % 2 ? e[k]! : (e[k - 1]! + e[k]!) / 2;
}


/** The memory comparison as markdown: docs/methodology.md embeds it, a test keeps them equal. */
export function memoryMarkdown(rows: MemoryRow[], skipped = memorySkipped()): string {
  const lines = ['| record | measures | published GiB | predicted GiB | ratio | fits (GiB spare of capacity) |', '| --- | --- | ---: | ---: | ---: | --- |'];
  for (const r of rows) {
    const tight = r.fits && r.spare < MEMORY_UNDERESTIMATE * (r.capacity - r.spare) ? ', within the model\'s error' : '';
    lines.push(`| ${r.id} | ${r.measures} | ${r.measured === null ? '(ran)' : r.measured.toFixed(1)} | ${r.predicted.toFixed(1)} | ${r.measured === null ? '' : r.ratio.toFixed(2)} | ${r.fits ? 'yes' : '**no**'}, ${r.spare.toFixed(1)} of ${r.capacity.toFixed(0)}${tight} |`);
  }
  const measured = rows.filter((r) => r.measured !== null);
  const inside = measured.filter((r) => r.ratio >= 0.8 && r.ratio <= 1.25).length;
  const fits = rows.filter((r) => r.fits).length;
  lines.push('');
  lines.push(`${measured.length} measured peaks: median error ${((memoryMedianError(rows) - 1) * 100).toFixed(1)}%, ${inside} of ${measured.length} within 0.8x-1.25x, lowest ratio ${Math.min(...measured.map((r) => r.ratio)).toFixed(2)}, highest ${Math.max(...measured.map((r) => r.ratio)).toFixed(2)}; ${fits} of ${rows.length} published set-ups fit their card.`);
  lines.push('');
  lines.push('Left out:');
  for (const s of skipped) lines.push(`- ${s.id}: ${s.why}`);
  return lines.join('\n') + '\n';
}

export interface RunFit {
  id: string;
  total_gib: number;
  capacity_gib: number;
  fits: boolean;
}

/** Every time-calibration record at its published layout: a published run ran, so it must fit. */
export async function runFits(): Promise<RunFit[]> {
  const { SETUPS } = await import('./setups.js');
  const { jobFromSetup } = await import('./job.js');
  return SETUPS.map((s) => {
    const e = estimateJob(jobFromSetup(s));
    return { id: s.id, total_gib: e.memory.per_gpu_bytes.total / GIB, capacity_gib: e.memory.gpu_capacity_bytes / GIB, fits: e.memory.fits };
  });
}
