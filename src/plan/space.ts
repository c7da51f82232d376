import { findAccelerator, type Accelerator } from '../catalog/accelerators.js';
import type { Checkpointing, Job, Offload } from '../manifest/types.js';
import { resolveModel } from '../estimate/model.js';
import type { Setup } from '../estimate/setup.js';
import { lcm } from '../estimate/layout.js';

/**
 * The planner's search space for one job: every value each key may take. A key the manifest sets is fixed to
 * its value (a key the user wrote is a constraint); the others range over what real frameworks run.
 */
export interface Space {
  gpus: string[];
  /** The team's owned clusters the job may run on (train-budget.yml clusters), each a GPU kind of its own. */
  clusters: { name: string; gpu: string; count: number }[];
  /** A fixed count, or null: 1..GPUs per node, then whole nodes, up to max_count. */
  count: number | null;
  max_count: number;
  zero: (0 | 1 | 2 | 3)[];
  tensor: number[] | null;
  pipeline: number[] | null;
  offload: Offload[];
  micro_batch_size: number[];
  gradient_checkpointing: Checkpointing[];
  global_batch_size: number | null;
  /** Model shape the divisibility rules read. */
  heads: number;
  kv_heads: number;
  layers: number;
}

/** Micro-batch sizes tried when the manifest does not set one: powers of two, as people run them. */
export const MICRO_BATCHES = [1, 2, 4, 8, 16, 32];
export const CHECKPOINTING_ORDER: Checkpointing[] = ['none', 'selective', 'full'];
export const OFFLOAD_ORDER: Offload[] = ['none', 'optimizer', 'optimizer_and_params'];

/** Whether the manifest wrote `path` (dotted) itself, rather than taking the default. */
export const wrote = (job: Job, path: string): boolean => Object.prototype.hasOwnProperty.call(job.positions, path);

/** The space a job's manifest leaves open; `gpus` narrows the kinds further (the CLI's --gpus). */
export function spaceOf(job: Job, opts: { gpus?: string[]; free?: boolean } = {}): Space {
  const free = opts.free ?? false; // free: every key open (advice), except the model, method, data and precision
  const fixed = (path: string) => !free && wrote(job, path);
  const arch = resolveModel(job.model).arch;
  const gpus = opts.gpus ? job.hardware.gpus.filter((g) => opts.gpus!.includes(g)) : job.hardware.gpus;
  return {
    gpus,
    clusters: clustersOf(job, opts.gpus),
    count: fixed('hardware.count') && job.hardware.count !== 'auto' ? job.hardware.count : null,
    max_count: job.hardware.max_count,
    zero: fixed('parallelism.zero') && job.parallelism.zero !== null ? [job.parallelism.zero] : [0, 1, 2, 3],
    tensor: fixed('parallelism.tensor') ? [job.parallelism.tensor] : null,
    pipeline: fixed('parallelism.pipeline') ? [job.parallelism.pipeline] : null,
    offload: fixed('parallelism.offload') ? [job.parallelism.offload] : OFFLOAD_ORDER,
    micro_batch_size: fixed('training.micro_batch_size') ? [job.training.micro_batch_size] : MICRO_BATCHES,
    gradient_checkpointing: fixed('training.gradient_checkpointing') ? [job.training.gradient_checkpointing] : CHECKPOINTING_ORDER,
    global_batch_size: job.training.global_batch_size,
    heads: arch.attention_heads,
    kv_heads: arch.kv_heads,
    layers: arch.layers,
  };
}

/**
 * Owned clusters as GPU kinds: each one whose GPU the manifest allows (its one id, its list, or any with auto)
 * and that supports the precision, with its size as the most GPUs. A job that names its cluster
 * (hardware.cluster) already runs on it: its GPU kind is priced as the cluster, so none is added.
 */
function clustersOf(job: Job, only?: string[]): Space['clusters'] {
  if (job.hardware.cluster) return [];
  return (job.prices?.clusters ?? [])
    .filter((c) => {
      const a = findAccelerator(c.gpu);
      if (!a || (job.precision === 'fp8' && a.tflops.fp8 === null) || (job.precision === 'bf16' && a.tflops.bf16 === null)) return false;
      if (only && !only.includes(a.id)) return false;
      return job.hardware.gpu_choice === 'auto' || job.hardware.gpus.includes(a.id);
    })
    .map((c) => ({ name: c.name, gpu: findAccelerator(c.gpu)!.id, count: c.count }));
}

/** The kinds a plan searches: each allowed GPU kind rented, and each owned cluster, with the most GPUs of each. */
export function kindsOf(space: Space, maxGpus: number): { gpu: string; cluster?: string; max: number }[] {
  return [...space.gpus.map((gpu) => ({ gpu, max: maxGpus })), ...space.clusters.map((c) => ({ gpu: c.gpu, cluster: c.name, max: Math.min(maxGpus, c.count) }))];
}

const divisors = (n: number) => Array.from({ length: n }, (_, i) => i + 1).filter((d) => n % d === 0);

/**
 * Tensor degrees: divide the query and key/value heads (Megatron-LM splits both across ranks) and stay within one
 * node (tensor parallelism's all-reduces need NVLink-class bandwidth, the rule `validate` applies).
 */
export function tensorOptions(space: Space, gpu: Accelerator): number[] {
  const all = space.tensor ?? divisors(space.heads).filter((t) => space.kv_heads % t === 0);
  return all.filter((t) => t <= gpu.gpus_per_node);
}

/** Pipeline stages: divide the layers (each stage the same number of blocks). */
export function pipelineOptions(space: Space): number[] {
  return space.pipeline ?? divisors(space.layers);
}

/**
 * ZeRO stages a layout may use: DeepSpeed refuses ZeRO-2 and ZeRO-3 with pipeline parallelism ("ZeRO-2 and
 * ZeRO-3 are incompatible with pipeline parallelism", deepspeed/runtime/pipe/engine.py), so pipelines run
 * ZeRO 0 or 1. Offloading the optimizer needs a ZeRO stage >= 1 and offloading parameters ZeRO-3 (the rules of
 * `validate`).
 */
export function zeroOffloadOptions(space: Space, pipeline: number): { zero: 0 | 1 | 2 | 3; offload: Offload }[] {
  const out: { zero: 0 | 1 | 2 | 3; offload: Offload }[] = [];
  for (const zero of space.zero) {
    if (pipeline > 1 && zero > 1) continue;
    for (const offload of space.offload) {
      if (offload === 'optimizer' && zero === 0) continue;
      if (offload === 'optimizer_and_params' && zero !== 3) continue;
      out.push({ zero, offload });
    }
  }
  return out;
}

/**
 * Counts a layout may run on: multiples of tensor x pipeline, 1..GPUs per node and then whole nodes (what is
 * rented), at most `max`; with a global batch, only counts whose data-parallel ranks divide it (the rule of
 * `validate`). Ascending.
 */
export function countOptions(space: Space, gpu: Accelerator, tensor: number, pipeline: number, micro: number, max: number): number[] {
  const unit = tensor * pipeline;
  const global = space.global_batch_size;
  if (space.count !== null) {
    const c = space.count;
    return c <= max && c % unit === 0 && dividesGlobal(global, micro, c / unit) ? [c] : [];
  }
  const out: number[] = [];
  const n = gpu.gpus_per_node;
  // With a global batch, micro-batch x data-parallel ranks divide it, so no count past unit x global / micro does.
  const top = global !== null && global > 0 ? Math.min(max, unit * Math.floor(global / micro)) : max;
  for (let c = unit; c <= Math.min(n, top); c += unit) if (dividesGlobal(global, micro, c / unit)) out.push(c);
  // Whole nodes from two on that are multiples of tensor x pipeline: the multiples of lcm(n, unit).
  const step = lcm(n, unit);
  for (let c = Math.ceil((2 * n) / step) * step; c <= top; c += step) if (dividesGlobal(global, micro, c / unit)) out.push(c);
  return out;
}

/** Whether micro-batch x data-parallel ranks divide the global batch (null: no global batch fixed). */
function dividesGlobal(global: number | null, micro: number, dataParallel: number): boolean {
  return global === null || global % (micro * dataParallel) === 0;
}

/** A set-up's layout keys in one order, for deterministic tie-breaks. */
export function setupRank(s: Setup): number[] {
  return [s.count, OFFLOAD_ORDER.indexOf(s.offload), CHECKPOINTING_ORDER.indexOf(s.gradient_checkpointing), s.zero, s.tensor, s.pipeline, s.micro_batch_size];
}
