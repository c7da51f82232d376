import type { Accelerator } from '../catalog/accelerators.js';
import type { Job } from '../manifest/types.js';
import { memoryPerGpu, capacityBytes, type MemoryBreakdown, type MemoryInput } from './memory.js';

/** How a job is laid out on `count` GPUs. */
export interface Layout {
  count: number;
  tensor: number;
  pipeline: number;
  data_parallel: number;
  zero: 0 | 1 | 2 | 3;
  /** Expert-parallel degree (mixture of experts; 1 = none). */
  expert: number;
  /** Sequences per optimizer step, and micro-batches per step on each pipeline (gradient accumulation). */
  global_batch: number;
  micro_batches: number;
}

/**
 * Gradient accumulation steps assumed when no global batch is given: one micro-batch per step without pipeline
 * parallelism; 4 per stage with it, enough to keep the bubble near 20% (Narayanan et al. 2021 run m >> p).
 */
export function layoutFor(job: Pick<Job, 'parallelism' | 'training'>, count: number): Layout {
  const { tensor, pipeline } = job.parallelism;
  // Pipeline stages shard optimizer states (ZeRO-1, Megatron-LM's distributed optimizer) rather than weights:
  // ZeRO-3 would gather every stage's weights for each micro-batch, and DeepSpeed refuses pipeline + ZeRO-3.
  const zero = job.parallelism.zero ?? (count === 1 ? 0 : pipeline > 1 ? 1 : 3);
  return layoutOf(tensor, pipeline, zero, job.parallelism.expert, job.training.micro_batch_size, job.training.global_batch_size, count);
}

/**
 * layoutFor from the keys it reads, with the ZeRO stage decided: the planner's memory checks lay out thousands of
 * set-ups and build no job for them (SetupScorer.breakdownAt).
 */
export function layoutOf(tensor: number, pipeline: number, zero: 0 | 1 | 2 | 3, expert: number, micro: number, globalBatch: number | null, count: number): Layout {
  const dp = Math.max(1, Math.floor(count / (tensor * pipeline)));
  const global = globalBatch ?? micro * dp * (pipeline > 1 ? 4 * pipeline : 1);
  return { count, tensor, pipeline, data_parallel: dp, zero, expert, global_batch: global, micro_batches: Math.max(1, Math.ceil(global / (micro * dp))) };
}

/** Largest GPU count the search considers: the largest clusters trained on (Llama 3: 16,384 H100s) x 8. */
const MAX_GPUS = 131072;

/**
 * The fewest GPUs that hold the job, keeping the manifest's tensor and pipeline degrees (count is a multiple of
 * tensor x pipeline). Past one node, whole nodes are taken: that is what is rented. null when nothing fits
 * (activations alone exceed the GPU, or ZeRO stage 0 keeps every state on every GPU).
 *
 * `measured`: memory per GPU at k x tensor x pipeline GPUs, by k, kept between calls for the same job and base on
 * other GPU kinds (and read by run() at those counts). memoryPerGpu reads only the base and the layout, and
 * layoutFor only the job and the count, so the figure at k is the same on every kind; only the capacity it is
 * held to (and the node size) differ.
 */
export function fewestThatFit(job: Job, base: MemoryInput, gpu: Accelerator, measured?: Map<number, MemoryBreakdown>): number | null {
  const unit = job.parallelism.tensor * job.parallelism.pipeline;
  const cap = capacityBytes(gpu);
  const total = (k: number): number => {
    const kept = measured?.get(k);
    if (kept !== undefined) return kept.total;
    const m = memoryPerGpu(base, layoutFor(job, k * unit));
    measured?.set(k, m);
    return m.total;
  };
  const fits = (k: number) => total(k) <= cap;
  if (fits(1)) return unit;
  const maxK = Math.floor(MAX_GPUS / unit);
  // Past one data-parallel rank, memory per GPU is C0 + C1/k (ZeRO divides the sharded states by k): two
  // evaluations give C0 and C1, and the smallest k solves directly; a few checks guard the rounding.
  let k: number | null = null;
  const m2 = total(2);
  const m4 = total(4);
  const c1 = 4 * (m2 - m4);
  const c0 = m2 - c1 / 2;
  if (m2 <= cap) k = 2;
  else if (cap > c0 && c1 > 0 && Math.ceil(c1 / (cap - c0)) <= maxK) {
    let guess = Math.max(2, Math.ceil(c1 / (cap - c0)));
    for (let i = 0; i < 8 && guess > 2 && fits(guess - 1); i++) guess--;
    for (let i = 0; i < 8 && guess <= maxK && !fits(guess); i++) guess++;
    k = guess <= maxK && fits(guess) && (guess === 2 || !fits(guess - 1)) ? guess : bisect(fits, 2, maxK);
  }
  if (k === null) return null;
  let count = k * unit;
  if (count > gpu.gpus_per_node) {
    const nodeUnit = lcm(gpu.gpus_per_node, unit);
    count = Math.ceil(count / nodeUnit) * nodeUnit;
  }
  return count;
}

/** Smallest k in (lo, hi] with fits(k), given !fits(lo); null when even hi does not fit. */
function bisect(fits: (k: number) => boolean, lo: number, hi: number): number | null {
  if (!fits(hi)) return null;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
/** Least common multiple of two positive integers. */
export function lcm(a: number, b: number): number {
  return (a * b) / gcd(a, b);
}
