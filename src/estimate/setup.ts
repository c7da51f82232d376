import { findAccelerator, type Accelerator } from '../catalog/accelerators.js';
import type { Checkpointing, Job, Offload, Optimizer } from '../manifest/types.js';
import { maxKernelShare, offloadFloorPerStep, peakTflops, stepFloorPerMicro } from './efficiency.js';
import { bestGoodput, executedFlopsPerToken, GOODPUT_ONE_NODE, jobFlops, prepare, run, trainedPerGpu, type Prepared, type Run } from './estimate.js';
import { flopsPerToken, type FlopsPerToken } from './flops.js';
import { choosePrice, type PriceChoice } from './pricing.js';
import { layoutOf, type Layout } from './layout.js';
import { capacityBytes, memoryPerGpu, parametersPerGpu, type MemoryBreakdown, type MemoryInput } from './memory.js';
import { hostAvailableBytes, hostNeedBytes, offloadedBytes } from './host-memory.js';

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
  /** An owned cluster (train-budget.yml clusters) of `gpu` the set-up runs on, priced at its derived hourly cost. */
  cluster?: string;
}

/** A set-up's keys other than the GPU and count, with the memory inputs the memory-only path reads (SetupScorer.parts). */
export type Parts = Pick<Setup, 'zero' | 'tensor' | 'pipeline' | 'offload' | 'micro_batch_size' | 'gradient_checkpointing'> & {
  input: MemoryInput;
};

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
  /** Host RAM the CPU offload needs on a node fits in what the node has (true without offload). */
  host_fits: boolean;
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
 * The job priced on one of the team's owned clusters: its hardware names the cluster, so the estimator's price
 * path (choosePrice) gives the cluster's derived cost per busy GPU-hour (src/estimate/price-book.ts
 * clusterHourCost), and a price the manifest sets does not apply (it is the price of a rented GPU).
 */
export function clusterJob(job: Job, gpu: string, cluster: string): Job {
  return { ...job, hardware: { ...job.hardware, gpu, gpus: [gpu], gpu_choice: 'one', cluster }, pricing: { ...job.pricing, gpu_hour_usd: null } };
}

/**
 * Prepare once, score many: the model, its parameter counts and memory inputs are worked out once per job,
 * then each set-up costs one memory evaluation (`memory`) or one full time-and-cost evaluation (`score`), both
 * through the estimator's own functions (memoryPerGpu, run): the planner has no physics of its own.
 */
export class SetupScorer {
  private readonly prepared: Prepared;
  private readonly prices = new Map<string, { job: Job; price: PriceChoice }>();
  private readonly accelerators = new Map<string, Accelerator>();
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
    // The planner asks for one kind many times in a row: the last one asked is kept beside the map.
    if (id === this.lastAccelerator?.id) return this.lastAccelerator;
    let a = this.accelerators.get(id);
    if (!a) this.accelerators.set(id, (a = findAccelerator(id)!));
    return (this.lastAccelerator = a);
  }
  private lastAccelerator: Accelerator | null = null;

  /**
   * What the memory-only path reads besides the count: the set-up's keys and the memory inputs. The search measures
   * one layout at many counts in a row, so the last set-up's parts are kept and reused while only its count
   * changes. The memory inputs depend only on the micro-batch, recomputation and offload, a few dozen
   * combinations against the search's hundreds of set-ups, so they are built once each (inputFor).
   */
  parts(s: Omit<Setup, 'gpu' | 'count'>): Parts {
    return this.partsOf(s.zero, s.tensor, s.pipeline, s.offload, s.micro_batch_size, s.gradient_checkpointing);
  }

  /** parts() from the keys themselves (the search asks for hundreds, and builds no object to ask). */
  partsOf(zero: 0 | 1 | 2 | 3, tensor: number, pipeline: number, offload: Offload, micro: number, ckpt: Checkpointing): Parts {
    const l = this.last;
    if (l && l.zero === zero && l.tensor === tensor && l.pipeline === pipeline && l.offload === offload && l.micro_batch_size === micro && l.gradient_checkpointing === ckpt) return l;
    return (this.last = { zero, tensor, pipeline, offload, micro_batch_size: micro, gradient_checkpointing: ckpt, input: this.inputFor(micro, ckpt, offload) });
  }
  private last: Parts | null = null;

  /** The job's memory inputs with this micro-batch, recomputation and offload: the prepared base's when they are its own. */
  private inputFor(micro: number, ckpt: Checkpointing, offload: Offload): MemoryInput {
    const base = this.prepared.base;
    if (base.micro_batch_size === micro && base.checkpointing === ckpt && base.offload === offload) return base;
    // A number key (no string built per look-up): the micro-batch, then the offload and recomputation settings' places.
    const key = micro * 9 + (offload === 'none' ? 0 : offload === 'optimizer' ? 3 : 6) + (ckpt === 'none' ? 0 : ckpt === 'selective' ? 1 : 2);
    let input = this.inputs.get(key);
    if (!input) this.inputs.set(key, (input = { ...base, micro_batch_size: micro, checkpointing: ckpt, offload }));
    return input;
  }
  private readonly inputs = new Map<number, MemoryInput>();

  /** How the set-up with these keys is laid out on `count` GPUs: layoutFor of jobWithSetup, without building that job. */
  private layoutAt(zero: 0 | 1 | 2 | 3, tensor: number, pipeline: number, micro: number, count: number): Layout {
    const { parallelism, training } = this.job;
    return layoutOf(tensor, pipeline, zero, parallelism.expert, micro, training.global_batch_size, count);
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
  floor(gpuId: string, cluster?: string): { gpu_hours: number; cost_usd: number } {
    const gpu = this.accelerator(gpuId);
    const { model, counts, trainable, tokens } = this.prepared;
    const flops = flopsPerToken(model.arch, counts, this.job.training.sequence_length, this.job.method, trainable, 'none').model * tokens;
    const mfu = this.job.efficiency.mfu ?? maxKernelShare(gpu);
    // The best goodput any set-up gets: fine-tuning on one node can reach nearly 1 (src/estimate/goodput.ts).
    const gpuHours = flops / (peakTflops(gpu, this.job.precision).tflops * 1e12 * mfu) / 3600 / (this.job.method === 'pretrain' ? GOODPUT_ONE_NODE : 1);
    return { gpu_hours: gpuHours, cost_usd: gpuHours * this.price(gpuId, cluster) };
  }

  /**
   * A floor under the GPU-hours of every set-up on this GPU kind with these tensor and pipeline degrees and
   * recomputation, before goodput (divide by bestGoodput): the job's tokens at the step time's floor
   * (efficiency.ts stepFloorPerMicro: no data-parallel, offload, expert or bubble time, linear layers at their
   * arithmetic time). GPU-hours are tokens x tensor x pipeline x step seconds / tokens per step / goodput
   * (run()). Each term of that floor is proportional to the tokens in a micro-batch, so it is worked out for a
   * micro-batch of one and holds for any; 1e-9 is taken off for rounding. 0 (no floor) with a given MFU, which
   * sets the time without the step model.
   */
  hoursFloor(gpuId: string, tensor: number, pipeline: number, ckpt: Checkpointing): number {
    if (this.job.efficiency.mfu !== null) return 0;
    const gpu = this.accelerator(gpuId);
    const f = this.flops(ckpt);
    const { arch } = this.prepared.model;
    const { training, precision, method } = this.job;
    const perMicro = stepFloorPerMicro({
      gpu, flash_attention: training.flash_attention, sequence_parallel: this.job.parallelism.sequence_parallel, precision, arch, method, tensor, pipeline, micro_batch_size: 1,
      sequence_length: training.sequence_length, hardware_flops_per_token: executedFlopsPerToken(this.prepared, f, ckpt),
      model_flops_per_token: f.model, attention_flops_per_token: f.attention,
    });
    return ((this.prepared.tokens * tensor * pipeline * perMicro) / training.sequence_length / 3600) * (1 - 1e-9);
  }

  /**
   * A floor under the GPU-hours, before goodput, that CPU offload adds to this one set-up (add it to hoursFloor):
   * the job's steps at the offload time every step pays (efficiency.ts offloadFloorPerStep), with the split,
   * micro-batches and parameters per GPU that run() gives the set-up (layoutFor, parametersPerGpu). GPU-hours are
   * tokens x tensor x pipeline x step seconds / tokens per step on one replica / goodput (run()); 1e-9 is taken
   * off for rounding. 0 without offload, and with a given MFU (hoursFloor).
   */
  offloadHoursFloor(s: Setup): number {
    if (s.offload === 'none' || this.job.efficiency.mfu !== null) return 0;
    const layout = this.layoutAt(s.zero, s.tensor, s.pipeline, s.micro_batch_size, s.count);
    const { counts, model, tokens } = this.prepared;
    const perGpu = trainedPerGpu(this.prepared, s.tensor, s.pipeline, parametersPerGpu(counts, model.arch, s.tensor, s.pipeline, layout.expert));
    const perStep = offloadFloorPerStep({ gpu: this.accelerator(s.gpu), count: s.count, data_parallel: layout.data_parallel, zero: layout.zero, trained_per_gpu: perGpu, offload: s.offload });
    const tokensPerStep = s.micro_batch_size * this.job.training.sequence_length * layout.micro_batches;
    return ((tokens * s.tensor * s.pipeline * perStep) / tokensPerStep / 3600) * (1 - 1e-9);
  }

  /** The best goodput of any set-up on this GPU kind at `count` GPUs or more (run(): one node, or more). */
  bestGoodput(gpuId: string, count: number): number {
    return bestGoodput(this.job.method, count, this.accelerator(gpuId).gpus_per_node);
  }

  /** The job's FLOPs per token by recomputation setting, worked out once each. */
  private flops(ckpt: Checkpointing): FlopsPerToken {
    let f = this.flopsByCkpt.get(ckpt);
    if (!f) this.flopsByCkpt.set(ckpt, (f = jobFlops(this.prepared, ckpt)));
    return f;
  }
  private readonly flopsByCkpt = new Map<Checkpointing, FlopsPerToken>();

  /** Cost per GPU-hour of a GPU kind (or owned cluster) as the set-ups on it are priced. */
  hourPrice(gpuId: string, cluster?: string): number {
    return this.price(gpuId, cluster);
  }

  /** The job a GPU kind is priced on, and its price: chosen once per kind (choosePrice sorts the catalog). */
  private priced(gpuId: string, cluster?: string): { job: Job; price: PriceChoice } {
    const key = cluster ? `${gpuId}@${cluster}` : gpuId;
    let x = this.prices.get(key);
    if (!x) {
      const job = cluster ? clusterJob(this.job, gpuId, cluster) : priceJobFor(this.job, gpuId);
      this.prices.set(key, (x = { job, price: choosePrice(job, this.accelerator(gpuId)) }));
    }
    return x;
  }

  private price(gpuId: string, cluster?: string): number {
    return this.priced(gpuId, cluster).price.gpu_hour_usd;
  }

  /** Memory-only evaluations so far. */
  measured = 0;

  /** Whether the node's host RAM holds what CPU offload keeps there (src/estimate/host-memory.ts). */
  hostFits(s: Setup): boolean {
    if (s.offload === 'none') return true;
    return this.hostHolds(s.offload, s.gpu, s.count, this.layoutAt(s.zero, s.tensor, s.pipeline, s.micro_batch_size, s.count));
  }

  private hostHolds(offload: Offload, gpuId: string, count: number, layout: Layout): boolean {
    const gpu = this.accelerator(gpuId);
    const { optimizer, precision, training } = this.job;
    const perGpu = offloadedBytes(offload, optimizer, precision, training.master_weights, this.prepared.trainable, layout);
    return hostNeedBytes(gpu, count, perGpu) <= hostAvailableBytes(gpu, count, this.job.hardware.host_ram_gb);
  }

  /** Whether the set-up fits: GPU memory (memory-only path) and the host RAM offload needs. */
  fits(s: Setup): boolean {
    return this.fitsAt(this.parts(s), s.gpu, s.count);
  }

  /** fits() of the set-up with these parts (parts()) on `count` GPUs of kind `gpuId`. */
  fitsAt(parts: Parts, gpuId: string, count: number): boolean {
    if (this.breakdownAt(parts, count).total > this.capacity(gpuId)) return false;
    // The host check reads the split breakdownAt just worked out (the estimator's layoutFor).
    return parts.offload === 'none' || this.hostHolds(parts.offload, gpuId, count, this.lastLayout!);
  }

  /** Memory per GPU, bytes, of the most loaded GPU. */
  memory(s: Setup): number {
    return this.breakdown(s).total;
  }

  /** Memory per GPU of the most loaded GPU, by part (memoryPerGpu's breakdown). */
  breakdown(s: Setup): MemoryBreakdown {
    // The planner calls this thousands of times per plan: only the memory inputs that vary are rebuilt (parts).
    return this.breakdownAt(this.parts(s), s.count);
  }

  /**
   * breakdown() of the set-up with these parts (parts()) on `count` GPUs: the planner measures one layout at many
   * counts, so it builds the parts once and asks here.
   */
  breakdownAt(parts: Parts, count: number): MemoryBreakdown {
    // The search often asks for the set-up it measured last (a layout's largest count, for its floor, then for
    // its fit): the last answer is kept.
    if (parts === this.lastParts && count === this.lastCount) return this.lastBreakdown!;
    this.measured++;
    // The split is the estimator's own (layoutFor): data-parallel ranks, expert degree and the micro-batches in
    // flight all move memory, so none of them is re-derived here.
    this.lastParts = parts;
    this.lastCount = count;
    this.lastLayout = this.layoutAt(parts.zero, parts.tensor, parts.pipeline, parts.micro_batch_size, count);
    return (this.lastBreakdown = memoryPerGpu(parts.input, this.lastLayout));
  }
  private lastParts: Parts | null = null;
  private lastCount = 0;
  private lastLayout: Layout | null = null;
  private lastBreakdown: MemoryBreakdown | null = null;

  /** The estimator's full figures for the set-up (expected values). */
  score(s: Setup): Scored {
    this.scored++;
    const { p } = this.variant(s);
    const gpu = this.accelerator(s.gpu);
    const { job: priceJob, price } = this.priced(s.gpu, s.cluster);
    const r: Run = run(p, gpu, s.count, priceJob, price);
    const host = this.hostFits(s);
    return {
      setup: s,
      fits: r.fits && host,
      host_fits: host,
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
