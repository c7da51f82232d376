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
  /** Sequences per optimizer step, and micro-batches per step on each pipeline (gradient accumulation). */
  global_batch: number;
  micro_batches: number;
}

/**
 * Gradient accumulation steps assumed when no global batch is given: one micro-batch per step without pipeline
 * parallelism; 4 per stage with it, enough to keep the bubble near 20% (Narayanan et al. 2021 run m >> p).
 */
export function layoutFor(job: Job, count: number): Layout {
  const { tensor, pipeline } = job.parallelism;
  const dp = Math.max(1, Math.floor(count / (tensor * pipeline)));
  const zero = job.parallelism.zero ?? (count === 1 ? 0 : 3);
  const micro = job.training.micro_batch_size;
  const global = job.training.global_batch_size ?? micro * dp * (pipeline > 1 ? 4 * pipeline : 1);
  return { count, tensor, pipeline, data_parallel: dp, zero, global_batch: global, micro_batches: Math.max(1, Math.ceil(global / (micro * dp))) };
}

export type MemoryBase = Omit<MemoryInput, 'tensor' | 'pipeline' | 'data_parallel' | 'zero'>;

export function memoryFor(base: MemoryBase, layout: Layout): MemoryBreakdown {
  return memoryPerGpu({ ...base, tensor: layout.tensor, pipeline: layout.pipeline, data_parallel: layout.data_parallel, zero: layout.zero });
}

/** Largest GPU count the search considers: the largest clusters trained on (Llama 3: 16,384 H100s) x 8. */
const MAX_GPUS = 131072;

/**
 * The fewest GPUs that hold the job, keeping the manifest's tensor and pipeline degrees (count is a multiple of
 * tensor x pipeline). Memory per GPU only falls as data-parallel ranks are added (ZeRO shards over them), so a
 * binary search finds the smallest count. Past one node, whole nodes are taken: that is what is rented. null when
 * nothing fits (activations alone exceed the GPU, or ZeRO stage 0 keeps every state on every GPU).
 */
export function fewestThatFit(job: Job, base: MemoryBase, gpu: Accelerator): number | null {
  const unit = job.parallelism.tensor * job.parallelism.pipeline;
  const cap = capacityBytes(gpu);
  const fits = (k: number) => memoryFor(base, layoutFor(job, k * unit)).total <= cap;
  if (fits(1)) return unit;
  let hi = 2;
  while (hi * unit <= MAX_GPUS && !fits(hi)) hi *= 2;
  if (hi * unit > MAX_GPUS) return null;
  let lo = hi / 2; // does not fit
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  let count = hi * unit;
  if (count > gpu.gpus_per_node) {
    const nodeUnit = lcm(gpu.gpus_per_node, unit);
    count = Math.ceil(count / nodeUnit) * nodeUnit;
  }
  return count;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
function lcm(a: number, b: number): number {
  return (a * b) / gcd(a, b);
}
