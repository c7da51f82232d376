import { SetupScorer, type Scored, type Setup } from '../estimate/setup.js';
import type { Advice, JobEstimate } from '../estimate/types.js';
import type { Job } from '../manifest/types.js';
import { search } from './search.js';
import { CHECKPOINTING_ORDER, MICRO_BATCHES, spaceOf } from './space.js';

/** Thresholds of the issue: a layout advice saves at least 15%, another GPU kind at least 25%. */
export const LAYOUT_SAVING = 0.15;
export const GPU_SAVING = 0.25;
/** Without a deadline, another GPU kind or layout may take at most this much longer than the job's own set-up (our choice: the issue names 1.5x for GPU kinds). */
export const GPU_SLOWER = 1.5;

import { gibWord as gib, hoursWord as h, usdWord as usd } from './words.js';

/** The job's own set-up, as the estimate laid it out. */
function ownSetup(e: JobEstimate, job: Job): Setup {
  return {
    gpu: e.hardware.gpu, count: e.hardware.count, zero: e.parallelism.zero, tensor: e.parallelism.tensor, pipeline: e.parallelism.pipeline,
    offload: job.parallelism.offload, micro_batch_size: job.training.micro_batch_size, gradient_checkpointing: job.training.gradient_checkpointing,
  };
}

/** The manifest keys in which `to` differs from `from`. */
function changes(from: Setup, to: Setup): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (to.gpu !== from.gpu) out['hardware.gpu'] = to.gpu;
  if (to.count !== from.count) out['hardware.count'] = to.count;
  if (to.zero !== from.zero) out['parallelism.zero'] = to.zero;
  if (to.tensor !== from.tensor) out['parallelism.tensor'] = to.tensor;
  if (to.pipeline !== from.pipeline) out['parallelism.pipeline'] = to.pipeline;
  if (to.offload !== from.offload) out['parallelism.offload'] = to.offload;
  if (to.micro_batch_size !== from.micro_batch_size) out['training.micro_batch_size'] = to.micro_batch_size;
  if (to.gradient_checkpointing !== from.gradient_checkpointing) out['training.gradient_checkpointing'] = to.gradient_checkpointing;
  return out;
}

const words = (c: Record<string, string | number>) => Object.entries(c).map(([k, v]) => `${k}: ${v}`).join(', ');

function advice(kind: Advice['kind'], summary: string, change: Record<string, string | number>, s: { memory_per_gpu_bytes: number; wall_clock_hours: number; cost_usd: number }, before: number): Advice {
  return { kind, summary, change, memory_per_gpu_bytes: s.memory_per_gpu_bytes, wall_clock_hours: s.wall_clock_hours, cost_usd: s.cost_usd, saving_fraction: before > 0 ? 1 - s.cost_usd / before : 0 };
}

/** A job that does not fit: the single changes that make it fit, cheapest first; else the smallest combination. */
function fitAdvice(job: Job, e: JobEstimate, scorer: SetupScorer, own: Setup): Advice[] {
  type Option = { change: Record<string, string | number>; score: () => Scored };
  const opts: Option[] = [];
  const at = (s: Partial<Setup>): Option => {
    const to = { ...own, ...s };
    return { change: changes(own, to), score: () => scorer.score(to) };
  };
  const i = CHECKPOINTING_ORDER.indexOf(own.gradient_checkpointing);
  for (const c of CHECKPOINTING_ORDER.slice(i + 1)) opts.push(at({ gradient_checkpointing: c }));
  for (const m of MICRO_BATCHES.filter((m) => m < own.micro_batch_size)) opts.push(at({ micro_batch_size: m }));
  for (const z of [1, 2, 3] as const) if (z > own.zero && (own.pipeline === 1 || z <= 1) && own.count > own.tensor * own.pipeline) opts.push(at({ zero: z }));
  if (own.offload === 'none' && own.zero >= 1) opts.push(at({ offload: 'optimizer' }));
  if (own.offload !== 'optimizer_and_params' && own.zero === 3) opts.push(at({ offload: 'optimizer_and_params' }));
  if (e.hardware.min_count !== null && e.hardware.min_count !== own.count) opts.push(at({ count: e.hardware.min_count }));
  // Changes outside the set-up: another optimizer, method or sequence length, scored on a job that says so.
  const other = (change: Record<string, string | number>, variant: Job): Option => ({ change, score: () => new SetupScorer(variant).score(own) });
  if (job.optimizer === 'adamw') opts.push(other({ optimizer: 'adamw_8bit' }, { ...job, optimizer: 'adamw_8bit' }));
  if (job.method === 'lora' && job.precision !== 'fp8') opts.push(other({ method: 'qlora' }, { ...job, method: 'qlora' }));
  for (const s of [job.training.sequence_length / 2, job.training.sequence_length / 4]) {
    if (Number.isInteger(s) && s >= 256) opts.push(other({ 'training.sequence_length': s }, { ...job, training: { ...job.training, sequence_length: s } }));
  }
  const before = e.cost_usd.expected;
  const fits = opts.map((o) => ({ o, s: o.score() })).filter((x) => x.s.fits).sort((a, b) => a.s.cost_usd - b.s.cost_usd);
  if (fits.length) {
    return fits.map(({ o, s }) => advice('fit', `fits with ${words(o.change)}: ${gib(s.memory_per_gpu_bytes)} per GPU, ${usd(s.cost_usd)}`, o.change, s, before));
  }
  // No single change: the cheapest set-up that fits on the same GPU kind and count, else the fewest GPUs of
  // that kind that hold it (the planner's minimum).
  const space = spaceOf(job, { free: true, gpus: [own.gpu] });
  const goals = { objective: 'cost' as const, deadline_hours: null, max_cost_usd: null, max_gpus: null };
  const same = search(scorer, { ...space, count: own.count, max_count: Math.max(own.count, space.max_count) }, goals).cheapest;
  const m = same ?? search(scorer, { ...space, count: null, max_count: Math.max(own.count, space.max_count) }, goals).minimum;
  if (!m) return [];
  const change = changes(own, m.setup);
  return [advice('fit', `no single change fits; together: ${words(change)}: ${gib(m.memory_per_gpu_bytes)} per GPU, ${usd(m.cost_usd)}`, change, m, before)];
}

/** A cheaper layout on the same GPU kind, at the same or a smaller count. */
function layoutAdvice(job: Job, e: JobEstimate, scorer: SetupScorer, own: Setup): Advice[] {
  const space = { ...spaceOf(job, { free: true, gpus: [own.gpu] }), count: null, max_count: own.count };
  // Within the deadline, or without one within 1.5x the job's own wall-clock: a layout that saves money by
  // taking far longer (one GPU instead of eight) is not advice anyone asked for.
  const deadline = job.plan.deadline_hours ?? e.compute.wall_clock_hours.expected * GPU_SLOWER;
  const r = search(scorer, space, { objective: 'cost', deadline_hours: deadline, max_cost_usd: null, max_gpus: own.count });
  const best = r.recommended;
  if (!best || best.cost_usd > e.cost_usd.expected * (1 - LAYOUT_SAVING)) return [];
  const change = changes(own, best.setup);
  const save = 1 - best.cost_usd / e.cost_usd.expected;
  return [advice('layout', `${words(change)}: ${usd(best.cost_usd)} instead of ${usd(e.cost_usd.expected)} (${Math.round(save * 100)}% less), ${h(best.wall_clock_hours)} h`, change, best, e.cost_usd.expected)];
}

/** Another GPU kind at least 25% cheaper within the deadline (or 1.5x the wall-clock), from the estimate's alternatives. */
function gpuAdvice(job: Job, e: JobEstimate, own: Setup): Advice[] {
  const limit = job.plan.deadline_hours ?? e.compute.wall_clock_hours.expected * GPU_SLOWER;
  const pick = e.alternatives
    .filter((a) => a.cost_usd <= e.cost_usd.expected * (1 - GPU_SAVING) && a.wall_clock_hours <= limit)
    .sort((a, b) => a.cost_usd - b.cost_usd || a.gpu.localeCompare(b.gpu))[0];
  if (!pick) return [];
  const to = { ...own, gpu: pick.gpu, count: pick.count };
  // The alternatives keep the manifest's layout; ZeRO as layoutFor decides it for that count.
  const s = new SetupScorer(job).score({ ...to, zero: job.parallelism.zero ?? (pick.count === 1 ? 0 : 3) });
  const change = changes(own, to);
  return [advice('gpu', `${pick.count} x ${pick.gpu}: ${usd(pick.cost_usd)} instead of ${usd(e.cost_usd.expected)} (${Math.round((1 - pick.cost_usd / e.cost_usd.expected) * 100)}% less), ${h(pick.wall_clock_hours)} h`, change, { memory_per_gpu_bytes: s.memory_per_gpu_bytes, wall_clock_hours: pick.wall_clock_hours, cost_usd: pick.cost_usd }, e.cost_usd.expected)];
}

/** The advice of one estimate: how to make it fit, a cheaper layout, a cheaper GPU kind. Pure. */
export function adviseJob(job: Job, e: JobEstimate): Advice[] {
  const own = ownSetup(e, job);
  const scorer = new SetupScorer(job);
  if (!e.memory.fits) return fitAdvice(job, e, scorer, own);
  return [...layoutAdvice(job, e, scorer, own), ...gpuAdvice(job, e, own)];
}

/** An estimate with its advice filled in. */
export function withAdvice(job: Job, e: JobEstimate): JobEstimate {
  return { ...e, advice: adviseJob(job, e) };
}
