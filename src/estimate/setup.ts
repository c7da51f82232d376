import { findAccelerator, type Accelerator } from '../catalog/accelerators.js';
import type { Checkpointing, Job, Offload, Optimizer } from '../manifest/types.js';
import { maxKernelShare, peakTflops } from './efficiency.js';
import { GOODPUT_ONE_NODE, prepare, run, type Prepared, type Run } from './estimate.js';
import { flopsPerToken } from './flops.js';
import { choosePrice } from './pricing.js';
import { layoutFor } from './layout.js';
import { capacityBytes, memoryPerGpu } from './memory.js';

/**
 * One way to run a job: the keys the planner varies. Everything else (model, method, precision, sequence,
 * global batch, tokens, pricing) stays the manifest's.
 */
export interface Setup {
  gpu: string;
  count: number;
  zero: 0 | 1 | 2 | 3;
  tensor: number;
  pipeline: number;
  offload: Offload;
  micro_batch_size: number;
  gradient_checkpointing: Checkpointing;
}

/** What the estimator says about one set-up: the figures the planner compares. */
export interface Scored {
  setup: Setup;
  fits: boolean;
  memory_per_gpu_bytes: number;
  capacity_bytes: number;
  wall_clock_hours: number;
  gpu_hours: number;
  cost_usd: number;
  mfu: number;
  data_parallel: number;
}

/** The manifest's job with a set-up's keys written in: what `estimate` would read had the user written them. */
export function jobWithSetup(job: Job, s: Setup): Job {
  return {
    ...job,
    hardware: { ...job.hardware, gpu: s.gpu, count: s.count, gpus: [s.gpu], gpu_choice: 'one' },
    parallelism: { ...job.parallelism, zero: s.zero, tensor: s.tensor, pipeline: s.pipeline, offload: s.offload },
    training: { ...job.training, micro_batch_size: s.micro_batch_size, gradient_checkpointing: s.gradient_checkpointing },
  };
}

/** A job with another optimizer (the 8-bit optimizer is one of the fixes for a job that does not fit). */
export function jobWithOptimizer(job: Job, optimizer: Optimizer): Job {
  return { ...job, optimizer };
}

/**
 * The job priced on another GPU kind: a price the manifest sets (`pricing.gpu_hour_usd`) is the price of the
 * GPU it names, so it applies to that kind only; other kinds take the estimator's usual price path
 * (src/estimate/pricing.ts: provider list price, catalog median, proxy, electricity).
 */
export function priceJobFor(job: Job, gpu: string): Job {
  if (job.pricing.gpu_hour_usd === null || (job.hardware.gpu_choice === 'one' && gpu === job.hardware.gpu)) return job;
  return { ...job, pricing: { ...job.pricing, gpu_hour_usd: null } };
}

/**
 * Prepare once, score many: the model, its parameter counts and memory inputs are worked out once per job,
 * then each set-up costs one memory evaluation (`memory`) or one full time-and-cost evaluation (`score`), both
 * through the estimator's own functions (memoryPerGpu, run): the planner has no physics of its own.
 */
export class SetupScorer {
  private readonly prepared: Prepared;
  private readonly priceJobs = new Map<string, Job>();
  /** Set-ups given a full evaluation so far. */
  scored = 0;

  constructor(readonly job: Job) {
    this.prepared = prepare(job);
  }

  private variant(s: Setup): { p: Prepared; job: Job } {
    const job = jobWithSetup(this.job, s);
    const base = { ...this.prepared.base, micro_batch_size: s.micro_batch_size, checkpointing: s.gradient_checkpointing, offload: s.offload };
    return { p: { ...this.prepared, job, base }, job };
  }

  accelerator(id: string): Accelerator {
    return findAccelerator(id)!;
  }

  capacity(gpu: string): number {
    return capacityBytes(this.accelerator(gpu));
  }

  /**
   * A floor under the GPU-hours and cost of any set-up on this GPU kind: the model's FLOPs at the highest MFU
   * the estimator can give (its matmul efficiency, maxKernelShare, before any memory-bound, communication or bubble loss,
   * or the manifest's own MFU) and the best goodput. The planner skips kinds whose floor is already dearer
   * (or slower) than the best set-up found: pruning that cannot lose the optimum.
   */
  floor(gpuId: string): { gpu_hours: number; cost_usd: number } {
    const gpu = this.accelerator(gpuId);
    const { model, counts, trainable, tokens } = this.prepared;
    const flops = flopsPerToken(model.arch, counts, this.job.training.sequence_length, this.job.method, trainable, 'none').model * tokens;
    const mfu = this.job.efficiency.mfu ?? maxKernelShare(gpu);
    const gpuHours = flops / (peakTflops(gpu, this.job.precision).tflops * 1e12 * mfu) / 3600 / GOODPUT_ONE_NODE;
    return { gpu_hours: gpuHours, cost_usd: gpuHours * this.price(gpuId) };
  }

  /** GPU-hour price by kind: choosePrice builds its sources and notes, too slow to repeat for every set-up scored. */
  private readonly prices = new Map<string, number>();

  private price(gpuId: string): number {
    const known = this.prices.get(gpuId);
    if (known !== undefined) return known;
    let priceJob = this.priceJobs.get(gpuId);
    if (!priceJob) this.priceJobs.set(gpuId, (priceJob = priceJobFor(this.job, gpuId)));
    const usd = choosePrice(priceJob, this.accelerator(gpuId)).gpu_hour_usd;
    this.prices.set(gpuId, usd);
    return usd;
  }

  /** Memory per GPU, bytes, of the most loaded GPU. */
  /** Memory-only evaluations so far. */
  measured = 0;

  memory(s: Setup): number {
    this.measured++;
    // The planner calls this thousands of times per plan: only the memory inputs that vary are rebuilt.
    const base = this.prepared.base;
    const input = base.micro_batch_size === s.micro_batch_size && base.checkpointing === s.gradient_checkpointing && base.offload === s.offload
      ? base
      : { ...base, micro_batch_size: s.micro_batch_size, checkpointing: s.gradient_checkpointing, offload: s.offload };
    // The split is the estimator's own (layoutFor): data-parallel ranks, expert degree and the micro-batches in
    // flight all move memory, so none of them is re-derived here.
    const layout = layoutFor(jobWithSetup(this.job, s), s.count);
    return memoryPerGpu(input, layout).total;
  }

  /** The estimator's full figures for the set-up (expected values). */
  score(s: Setup): Scored {
    this.scored++;
    const { p } = this.variant(s);
    const gpu = this.accelerator(s.gpu);
    let priceJob = this.priceJobs.get(s.gpu);
    if (!priceJob) this.priceJobs.set(s.gpu, (priceJob = priceJobFor(this.job, s.gpu)));
    const r: Run = run(p, gpu, s.count, priceJob);
    return {
      setup: s,
      fits: r.fits,
      memory_per_gpu_bytes: r.memory.total,
      capacity_bytes: capacityBytes(gpu),
      wall_clock_hours: r.wall_clock_hours.expected,
      gpu_hours: r.gpu_hours.expected,
      cost_usd: r.cost.expected,
      mfu: r.mfu,
      data_parallel: r.layout.data_parallel,
    };
  }
}
