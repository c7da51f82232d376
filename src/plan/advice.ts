import { jobWithSetup, SetupScorer, type Scored, type Setup } from '../estimate/setup.js';
import type { Advice, JobEstimate } from '../estimate/types.js';
import type { Job } from '../manifest/types.js';
import type { Limits } from '../budget/limits.js';
import { layoutFor } from '../estimate/layout.js';
import { applyChange, fitKeys, smallestFix, type Change } from './fit.js';
import { search } from './search.js';
import { spaceOf, wrote } from './space.js';

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

/**
 * The manifest keys in which `to` differs from `from`. With `job` (whose global batch the advice held fixed): when
 * the manifest does not set one and the new layout would imply another, the global batch is part of the change.
 */
function changes(from: Setup, to: Setup, job?: Job): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (to.gpu !== from.gpu) out['hardware.gpu'] = to.gpu;
  if (to.count !== from.count) out['hardware.count'] = to.count;
  if (to.zero !== from.zero) out['parallelism.zero'] = to.zero;
  if (to.tensor !== from.tensor) out['parallelism.tensor'] = to.tensor;
  if (to.pipeline !== from.pipeline) out['parallelism.pipeline'] = to.pipeline;
  if (to.offload !== from.offload) out['parallelism.offload'] = to.offload;
  if (to.micro_batch_size !== from.micro_batch_size) out['training.micro_batch_size'] = to.micro_batch_size;
  if (to.gradient_checkpointing !== from.gradient_checkpointing) out['training.gradient_checkpointing'] = to.gradient_checkpointing;
  return job ? { ...out, ...batchKey(job, to) } : out;
}

/**
 * The global batch as a change, when the advice held it fixed but the manifest does not set it and the new
 * layout would imply another (micro-batch x data-parallel ranks): without it, the change would alter training.
 */
function batchKey(job: Job, to: Setup): Record<string, number> {
  if (job.training.global_batch_size === null || wrote(job, 'training.global_batch_size')) return {};
  const free = jobWithSetup({ ...job, training: { ...job.training, global_batch_size: null } }, to);
  return layoutFor(free, to.count).global_batch === job.training.global_batch_size ? {} : { 'training.global_batch_size': job.training.global_batch_size };
}

const words = (c: Record<string, string | number>) => Object.entries(c).map(([k, v]) => `${k}: ${v}`).join(', ');

function advice(kind: Advice['kind'], summary: string, change: Record<string, string | number>, s: { memory_per_gpu_bytes: number; wall_clock_hours: number; cost_usd: number }, before: number): Advice {
  return { kind, summary, change, memory_per_gpu_bytes: s.memory_per_gpu_bytes, wall_clock_hours: s.wall_clock_hours, cost_usd: s.cost_usd, saving_fraction: before > 0 ? 1 - s.cost_usd / before : 0 };
}

/** Limits the advice keeps to: a deadline, a cost limit and a GPU limit (null = none). */
export interface AdviceLimits {
  deadline_hours: number | null;
  max_cost_usd: number | null;
  max_gpus: number | null;
}

/** Counts a job that does not fit may move to: the fewest that hold it, and two and four times its own (whole nodes past one). */
function fitCounts(job: Job, e: JobEstimate, scorer: SetupScorer, own: Setup, limits: AdviceLimits): number[] {
  const perNode = scorer.accelerator(own.gpu).gpus_per_node;
  const max = Math.min(job.hardware.max_count, limits.max_gpus ?? Infinity);
  const whole = (c: number) => (c > perNode ? Math.ceil(c / perNode) * perNode : c);
  const out = [e.hardware.min_count, whole(2 * own.count), whole(4 * own.count)].filter((c): c is number => c !== null && c > own.count && c <= max);
  return [...new Set(out)].sort((a, b) => a - b);
}

/**
 * A job that does not fit: the single changes that make it fit, those within the limits first, cheapest first;
 * when no single change does it, the smallest combination (fewest changed keys, then cheapest: src/plan/fit.ts).
 */
function fitAdvice(job: Job, e: JobEstimate, scorer: SetupScorer, own: Setup, limits: AdviceLimits): Advice[] {
  const scorers = new Map<string, SetupScorer>();
  const scorerOf = (j: Job) => {
    if (j === job) return scorer;
    const k = `${j.optimizer}/${j.method}/${j.training.sequence_length}`;
    let s = scorers.get(k);
    if (!s) scorers.set(k, (s = new SetupScorer(j)));
    return s;
  };
  const keys = fitKeys(job, own, fitCounts(job, e, scorer, own, limits));
  const before = e.cost_usd.expected;
  const within = (s: Scored) => (limits.deadline_hours === null || s.wall_clock_hours <= limits.deadline_hours) && (limits.max_cost_usd === null || s.cost_usd <= limits.max_cost_usd);
  const singles: { change: Change; s: Scored }[] = [];
  for (const k of keys) {
    for (const v of k.values) {
      const change = { [k.key]: v };
      const a = applyChange(job, own, change);
      if (!a) continue;
      const s = scorerOf(a.job).score(a.setup);
      if (s.fits) singles.push({ change: { ...change, ...batchKey(job, a.setup) }, s });
    }
  }
  singles.sort((a, b) => Number(within(b.s)) - Number(within(a.s)) || a.s.cost_usd - b.s.cost_usd);
  if (singles.length) return singles.map(({ change, s }) => advice('fit', `fits with ${words(change)}: ${gib(s.memory_per_gpu_bytes)} per GPU, ${usd(s.cost_usd)}`, change, s, before));
  const fix = smallestFix(job, own, keys, scorerOf);
  if (!fix) return [];
  const s = fix.scored;
  const change = { ...fix.change, ...batchKey(job, s.setup) };
  return [advice('fit', `no single change fits; together: ${words(change)}: ${gib(s.memory_per_gpu_bytes)} per GPU, ${usd(s.cost_usd)}`, change, s, before)];
}

/** A cheaper layout on the same GPU kind, at the same or a smaller count (and within the GPU limit). */
function layoutAdvice(job: Job, e: JobEstimate, scorer: SetupScorer, own: Setup, limits: AdviceLimits): Advice[] {
  const maxGpus = Math.min(own.count, limits.max_gpus ?? Infinity);
  // Owned clusters are not searched here: a move to one is a change of GPU kind, not of layout.
  const space = { ...spaceOf(job, { free: true, gpus: [own.gpu] }), clusters: [], count: null, max_count: maxGpus };
  // Within the deadline, or without one within 1.5x the job's own wall-clock: a layout that saves money by
  // taking far longer (one GPU instead of eight) is not advice anyone asked for.
  const deadline = limits.deadline_hours ?? e.compute.wall_clock_hours.expected * GPU_SLOWER;
  // Only a layout at least LAYOUT_SAVING cheaper is advice: that is the search's cost limit (with room for
  // rounding; the check below is the exact one), so layouts whose floor is dearer are not scored.
  const limit = e.cost_usd.expected * (1 - LAYOUT_SAVING) * (1 + 1e-6);
  const r = search(scorer, space, { objective: 'cost', deadline_hours: deadline, max_cost_usd: limit, max_gpus: maxGpus, only_recommended: true });
  const best = r.recommended;
  if (!best || best.cost_usd > e.cost_usd.expected * (1 - LAYOUT_SAVING)) return [];
  const change = changes(own, best.setup, job);
  const save = 1 - best.cost_usd / e.cost_usd.expected;
  return [advice('layout', `${words(change)}: ${usd(best.cost_usd)} instead of ${usd(e.cost_usd.expected)} (${Math.round(save * 100)}% less), ${h(best.wall_clock_hours)} h`, change, best, e.cost_usd.expected)];
}

/** Another GPU kind at least 25% cheaper within the deadline (or 1.5x the wall-clock) and the GPU limit, from the estimate's alternatives. */
function gpuAdvice(job: Job, e: JobEstimate, own: Setup, limits: AdviceLimits): Advice[] {
  const limit = limits.deadline_hours ?? e.compute.wall_clock_hours.expected * GPU_SLOWER;
  const pick = e.alternatives
    .filter((a) => a.cost_usd <= e.cost_usd.expected * (1 - GPU_SAVING) && a.wall_clock_hours <= limit && a.count <= (limits.max_gpus ?? Infinity))
    .sort((a, b) => a.cost_usd - b.cost_usd || a.gpu.localeCompare(b.gpu))[0];
  if (!pick) return [];
  const to = { ...own, gpu: pick.gpu, count: pick.count };
  // The alternatives keep the manifest's layout; ZeRO as layoutFor decides it for that count. Only the memory is
  // wanted (time and cost are the alternative's), so the memory-only path, which gives the full score's memory.
  const memory = new SetupScorer(job).memory({ ...to, zero: job.parallelism.zero ?? (pick.count === 1 ? 0 : 3) });
  const change = changes(own, to);
  return [advice('gpu', `${pick.count} x ${pick.gpu}: ${usd(pick.cost_usd)} instead of ${usd(e.cost_usd.expected)} (${Math.round((1 - pick.cost_usd / e.cost_usd.expected) * 100)}% less), ${h(pick.wall_clock_hours)} h`, change, { memory_per_gpu_bytes: memory, wall_clock_hours: pick.wall_clock_hours, cost_usd: pick.cost_usd }, e.cost_usd.expected)];
}

const minOf = (a: number | null | undefined, b: number | null | undefined): number | null => {
  const xs = [a, b].filter((x): x is number => typeof x === 'number');
  return xs.length ? Math.min(...xs) : null;
};

/**
 * The limits advice keeps to: the manifest's plan.deadline_hours and plan.max_cost_usd, and the budget limits
 * (the CLI's --max-* flags, the action's inputs, the job's settings project): max_hours is a deadline,
 * max_cost_usd a cost limit, max_gpus a GPU limit; where two set one, the smaller applies.
 */
export function adviceLimits(job: Job, ...limits: (Limits | undefined)[]): AdviceLimits {
  let out: AdviceLimits = { deadline_hours: job.plan.deadline_hours, max_cost_usd: job.plan.max_cost_usd, max_gpus: null };
  for (const l of limits) {
    if (!l) continue;
    out = { deadline_hours: minOf(out.deadline_hours, l.max_hours), max_cost_usd: minOf(out.max_cost_usd, l.max_cost_usd), max_gpus: minOf(out.max_gpus, l.max_gpus) };
  }
  return out;
}

/**
 * The advice of one estimate: how to make it fit, a cheaper layout, a cheaper GPU kind. Pure. The global batch
 * stays the one the estimate trains with (the manifest's, or what its own layout implies), so no advice changes
 * the optimisation.
 */
export function adviseJob(job: Job, e: JobEstimate, ...limits: (Limits | undefined)[]): Advice[] {
  const own = ownSetup(e, job);
  const fixed = job.training.global_batch_size !== null ? job : { ...job, training: { ...job.training, global_batch_size: layoutFor(job, e.hardware.count).global_batch } };
  const scorer = new SetupScorer(fixed);
  const l = adviceLimits(job, ...limits);
  if (!e.memory.fits) return fitAdvice(fixed, e, scorer, own, l);
  return [...layoutAdvice(fixed, e, scorer, own, l), ...gpuAdvice(job, e, own, l)];
}

/** An estimate with its advice filled in; `limits`: the budget limits that judge the job (flags, inputs, its project). */
export function withAdvice(job: Job, e: JobEstimate, ...limits: (Limits | undefined)[]): JobEstimate {
  return { ...e, advice: adviseJob(job, e, ...limits) };
}
