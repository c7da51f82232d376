import { ACCELERATORS, findAccelerator, type Accelerator } from '../catalog/accelerators.js';
import type { Checkpointing, Job } from '../manifest/types.js';
import { efficiency, peakTflops, stepFloorPerMicroAt, type Efficiency } from './efficiency.js';
import { energyAndCarbon } from './energy.js';
import { flopsPerToken, type FlopsPerToken } from './flops.js';
import { oneNodeFinetuneGoodput, type OneNodeTerms } from './goodput.js';
import { int8ExtraFlopsPerToken } from './int8-base.js';
import { referenceMemory, withPreferenceFlops } from './preference.js';
import { hostGuidance } from './host.js';
import { hostMemory, offloadedBytesPerGpu } from './host-memory.js';
import { fewestThatFit, layoutFor, lcm, type Layout } from './layout.js';
import { capacityBytes, memoryPerGpu, parametersPerGpu, type MemoryBreakdown, type MemoryInput } from './memory.js';
import { describeAssumptions } from './assumptions.js';
import { resolveModel } from './model.js';
import { countParameters, loraParameters, type ParameterCounts } from './parameters.js';
import { choosePrice, rentalRates, type PriceChoice, type RentalRate } from './pricing.js';
import { storageBytes } from './storage.js';
import type { JobEstimate, Range } from './types.js';
import { byText } from './text-order.js';
import { groupDigits } from '../catalog/digits.js';

/**
 * Share of wall-clock time spent training rather than restarting after failures, checkpointing and evaluating:
 * Meta reports "more than 90% effective training time" for Llama 3 on 16K H100s (Llama Team 2024, §3.3.4); a
 * job on one node loses less.
 */
export const GOODPUT_MULTI_NODE = 0.9;
/**
 * Pretraining on one node: an allowance of ours, not a measurement. Fine-tuning on one node has its own goodput
 * from named time terms (src/estimate/goodput.ts).
 */
export const GOODPUT_ONE_NODE = 0.95;
/**
 * The highest goodput run() can give a job on `count` GPUs (nodes of `perNode`): GOODPUT_MULTI_NODE past one node,
 * else GOODPUT_ONE_NODE for pretraining, else at most 1 (a fine-tune's goodput is train / (train + load + saves +
 * interruptions), src/estimate/goodput.ts). A proven ceiling for the floors that prune alternatives and the planner.
 */
export const bestGoodput = (method: Job['method'], count: number, perNode: number): number =>
  count > perNode ? GOODPUT_MULTI_NODE : method === 'pretrain' ? GOODPUT_ONE_NODE : 1;

/**
 * The range around the expected time: the spread of published efficiency around the model's prediction
 * (docs/methodology.md, calibration): 90% of the published records lie within these factors of the expected
 * time (width high/low = 1.6, the most issue 8 allows).
 */
export const RANGE = { low: 0.8, high: 1.28 };
/**
 * Fine-tuning on one node has its own range, set on its own records (torchtune's single-GPU fine-tunes of
 * Llama 3.1 8B, calibration/published-finetune.json): they lie 21-24% either side of the prediction (full
 * fine-tuning slower than predicted, LoRA and QLoRA faster), and [low, high] holds all three.
 */
export const RANGE_FINETUNE = { low: 0.79, high: 1.25 };
/** With a user-given MFU the efficiency is theirs; only run-to-run variation remains: an allowance of ours, not measured. */
export const RANGE_GIVEN_MFU = { low: 0.92, high: 1.1 };

/** What a run is costed at: choosePrice's whole answer (the estimate's own GPU), or only the figure (an alternative). */
export type Priced = { gpu_hour_usd: number };

export interface Run<P extends Priced = PriceChoice> {
  gpu: Accelerator;
  layout: Layout;
  memory: MemoryBreakdown;
  fits: boolean;
  eff: Efficiency;
  mfu: number;
  goodput: number;
  /** Fine-tuning on one node: the time terms its goodput comes from (src/estimate/goodput.ts). */
  goodput_terms?: OneNodeTerms;
  /** Steady-state tokens per second per GPU (before goodput): what users compare with their training logs. */
  tokens_per_gpu_second: number;
  gpu_hours: Range;
  wall_clock_hours: Range;
  price: P;
  cost: Range;
  flops_model_total: number;
  flops_hardware_total: number;
}

/** A job's model, parameter counts and memory inputs, worked out once (src/estimate/setup.ts scores many set-ups on it). */
export interface Prepared {
  job: Job;
  model: ReturnType<typeof resolveModel>;
  counts: ParameterCounts;
  trainable: number;
  base: MemoryInput;
  tokens: number;
}

export function prepare(job: Job): Prepared {
  const model = resolveModel(job.model);
  const counts = countParameters(model.arch);
  const trainable = job.lora ? loraParameters(model.arch, job.lora.rank, job.lora.targets) : counts.total;
  const base: MemoryInput = {
    arch: model.arch, counts, method: job.method, precision: job.precision, optimizer: job.optimizer, trainable,
    sequence_length: job.training.sequence_length, micro_batch_size: job.training.micro_batch_size,
    checkpointing: job.training.gradient_checkpointing, flash_attention: job.training.flash_attention, offload: job.parallelism.offload,
    loss: job.training.loss, master_weights: job.training.master_weights, optimizer_in_backward: job.training.optimizer_in_backward, sequence_parallel: job.parallelism.sequence_parallel,
    ...(job.lora?.base_bits === 8 ? { base_bits: 8 as const } : {}),
    ...(job.preference ? { reference: referenceMemory(job) } : {}),
  };
  return { job, model, counts, trainable, base, tokens: job.data.tokens * job.data.epochs };
}

/** The job's FLOPs per token under a recomputation setting (preference training's extra passes included). */
export function jobFlops(p: Prepared, checkpointing: Checkpointing): FlopsPerToken {
  const { job, model, counts } = p;
  const sft = flopsPerToken(model.arch, counts, job.training.sequence_length, job.method, p.trainable, checkpointing);
  return job.preference ? withPreferenceFlops(sft, model.arch, counts, job.training.sequence_length, job.preference, job.data.epochs) : sft;
}

/** FLOPs per token the GPUs execute: the job's, plus the dequantisation an 8-bit base adds (int8-base.ts). */
export function executedFlopsPerToken(p: Prepared, flops: FlopsPerToken, checkpointing: Checkpointing): number {
  return flops.hardware + (p.job.lora?.base_bits === 8 ? int8ExtraFlopsPerToken(p.counts, checkpointing) : 0);
}

/** Parameters one GPU trains (and so updates and offloads): LoRA's adapters split like the layers, else its whole share. */
export function trainedPerGpu(p: Prepared, tensor: number, pipeline: number, parametersPerGpu: number): number {
  return p.job.lora ? p.trainable / (tensor * pipeline) : parametersPerGpu;
}

const scale = (r: typeof RANGE, x: number): Range => ({ low: x * r.low, expected: x, high: x * r.high });

/** `price`: the price of `gpu` for `priceJob` when the caller already chose it (the planner scores thousands of set-ups per GPU kind). */
export function run(p: Prepared, gpu: Accelerator, count: number, priceJob: Job, price: PriceChoice = choosePrice(priceJob, gpu)): Run {
  return runAt(p, gpu, count, price);
}

/**
 * run() at a price already chosen, of any shape that carries the figure (an alternative needs no words). A caller
 * that runs many counts or kinds of one job may pass what does not change: the job's FLOPs per token (jobFlops at
 * its recomputation) and the memory per GPU fewestThatFit measured at `count` (`measured`, by count / (tensor x
 * pipeline), for this job and base).
 */
export function runAt<P extends Priced>(p: Prepared, gpu: Accelerator, count: number, price: P, flops = jobFlops(p, p.job.training.gradient_checkpointing), measured?: Map<number, MemoryBreakdown>): Run<P> {
  const { job, model, counts } = p;
  const layout = layoutFor(job, count);
  const memory = measured?.get(count / (layout.tensor * layout.pipeline)) ?? memoryPerGpu(p.base, layout);
  const perGpu = parametersPerGpu(counts, model.arch, layout.tensor, layout.pipeline, layout.expert);
  const eff = efficiency({
    gpu, flash_attention: job.training.flash_attention, sequence_parallel: job.parallelism.sequence_parallel, precision: job.precision, arch: model.arch, method: job.method, count, tensor: layout.tensor, pipeline: layout.pipeline,
    data_parallel: layout.data_parallel, zero: layout.zero, micro_batch_size: job.training.micro_batch_size,
    sequence_length: job.training.sequence_length, micro_batches: layout.micro_batches, parameters_per_gpu: perGpu,
    trained_per_gpu: trainedPerGpu(p, layout.tensor, layout.pipeline, perGpu),
    hardware_flops_per_token: executedFlopsPerToken(p, flops, job.training.gradient_checkpointing), model_flops_per_token: flops.model,
    attention_flops_per_token: flops.attention, full_recompute: job.training.gradient_checkpointing === 'full',
    offload: job.parallelism.offload, network_gbps: job.hardware.network_gbps ?? null, expert: layout.expert,
    virtual_stages: job.parallelism.virtual_stages,
  });
  // A given MFU is taken as is, but recomputation's extra work caps it: HFU cannot exceed 100%.
  const mfu = job.efficiency.mfu !== null ? Math.min(job.efficiency.mfu, flops.model / flops.hardware) : eff.mfu;
  const peak = peakTflops(gpu, job.precision).tflops * 1e12;
  const tokensPerGpuSecond = (peak * mfu) / flops.model;
  const goodputTerms = count <= gpu.gpus_per_node && job.method !== 'pretrain'
    ? oneNodeFinetuneGoodput({ job, total: counts.total, trainable: p.trainable, train_hours: p.tokens / (tokensPerGpuSecond * count) / 3600, gpus: count })
    : undefined;
  const goodput = count > gpu.gpus_per_node ? GOODPUT_MULTI_NODE : goodputTerms?.goodput ?? GOODPUT_ONE_NODE;
  const gpuHours = p.tokens / tokensPerGpuSecond / 3600 / goodput;
  const range = job.efficiency.mfu !== null ? RANGE_GIVEN_MFU : job.method !== 'pretrain' && count <= gpu.gpus_per_node ? RANGE_FINETUNE : RANGE;
  const gh = scale(range, gpuHours);
  return {
    gpu, layout, memory, fits: memory.total <= capacityBytes(gpu), eff, mfu, goodput, ...(goodputTerms ? { goodput_terms: goodputTerms } : {}), tokens_per_gpu_second: tokensPerGpuSecond,
    gpu_hours: gh,
    wall_clock_hours: { low: gh.low / count, expected: gh.expected / count, high: gh.high / count },
    price,
    cost: { low: gh.low * price.gpu_hour_usd, expected: gh.expected * price.gpu_hour_usd, high: gh.high * price.gpu_hour_usd },
    flops_model_total: flops.model * p.tokens,
    flops_hardware_total: flops.hardware * p.tokens,
  };
}

/** The job's hardware moved to one other GPU kind, off any owned cluster (what an alternative is priced as). */
function onGpu(job: Job, gpu: string): Job['hardware'] {
  const { cluster: _off, ...rest } = job.hardware;
  void _off;
  return { ...rest, gpu, gpus: [gpu], gpu_choice: 'one' };
}

/**
 * A floor under run()'s expected GPU-hours for the job on `count` GPUs of `gpu` (`flops`: jobFlops at the job's
 * recomputation), for pruning alternatives. run() gives GPU-hours = tokens / (peak x MFU / model FLOPs per
 * token) / 3600 / goodput, so:
 * - goodput is at most GOODPUT_MULTI_NODE past one node, else at most GOODPUT_ONE_NODE (pretraining) or 1 (a
 *   fine-tune's goodput is train / (train + load + saves + interruptions), src/estimate/goodput.ts);
 * - with a given MFU, run's MFU is min(given, model / hardware FLOPs) <= given;
 * - else MFU = HFU x model / hardware FLOPs, and fromStep's HFU is at most hardware FLOPs x the step's tokens /
 *   (tensor x pipeline) / (peak x step seconds), the step being micro-batches x (seconds of one micro-batch of
 *   micro_batch_size x sequence_length tokens). A micro-batch's seconds are at least efficiency.ts's
 *   stepFloorPerMicroAt on the same inputs and the layout run() takes at `count` (its compute with the linear
 *   layers at their arithmetic time, the data-parallel traffic not hidden behind that compute, the
 *   tensor-parallel term; the other terms are never negative). So MFU <= model FLOPs x tokens per micro-batch /
 *   (tensor x pipeline x peak x stepFloorPerMicroAt), and GPU-hours >= tokens x tensor x pipeline x
 *   stepFloorPerMicroAt / tokens per micro-batch / 3600 / goodput.
 * 1e-9 is taken off for the rounding of the two ways of working it out. `perGpu`: parametersPerGpu at the job's
 * tensor, pipeline and expert degrees (the same on every kind and count), when the caller has it.
 */
export function gpuHoursFloor(p: Prepared, gpu: Accelerator, count: number, flops: FlopsPerToken, perGpu = jobParametersPerGpu(p)): number {
  const { job } = p;
  const goodput = bestGoodput(job.method, count, gpu.gpus_per_node);
  const t = job.training;
  const mb = t.micro_batch_size;
  let seconds: number;
  if (job.efficiency.mfu !== null) seconds = flops.model / (peakTflops(gpu, job.precision).tflops * 1e12 * job.efficiency.mfu);
  else {
    const layout = layoutFor(job, count);
    seconds = (layout.tensor * layout.pipeline * stepFloorPerMicroAt({
      gpu, flash_attention: t.flash_attention, sequence_parallel: job.parallelism.sequence_parallel, precision: job.precision, arch: p.model.arch, method: job.method,
      tensor: layout.tensor, pipeline: layout.pipeline, micro_batch_size: mb, sequence_length: t.sequence_length,
      hardware_flops_per_token: executedFlopsPerToken(p, flops, t.gradient_checkpointing), model_flops_per_token: flops.model, attention_flops_per_token: flops.attention,
      count, data_parallel: layout.data_parallel, zero: layout.zero, micro_batches: layout.micro_batches, parameters_per_gpu: perGpu,
      trained_per_gpu: trainedPerGpu(p, layout.tensor, layout.pipeline, perGpu), network_gbps: job.hardware.network_gbps ?? null,
    })) / (mb * t.sequence_length);
  }
  return ((p.tokens * seconds) / 3600 / goodput) * (1 - 1e-9);
}

/** Parameters on one GPU at the job's own tensor, pipeline and expert degrees, as run() works them out at any count. */
const jobParametersPerGpu = (p: Prepared): number => parametersPerGpu(p.counts, p.model.arch, p.job.parallelism.tensor, p.job.parallelism.pipeline, p.job.parallelism.expert);

/** An alternative GPU kind that fits: its count, its rental rate, and floors under its cost and wall-clock hours. */
interface Candidate {
  gpu: Accelerator;
  count: number;
  rate: RentalRate;
  costFloor: number;
  hoursFloor: number;
}

/**
 * Other accelerators that could run the job: the fewest of each that fit, their time and cost. Shown: the 4
 * cheapest (ties by id), the fastest (ties by id), and every owned cluster that can run it.
 *
 * Pruning (proved; __tests__/alternatives-prune.test.ts compares it with every kind run): a rented kind whose
 * cost floor is above the cost of 4 kinds already run, and whose wall-clock floor is above the hours of one
 * already run, is not run. Its own cost and hours are at least its floors (gpuHoursFloor; cost is GPU-hours x
 * the rate, wall-clock GPU-hours / count), so at least 4 entries sort strictly before it by cost and one by
 * hours: it is neither among the 4 cheapest nor the fastest of the full list, and leaving out entries that sort
 * after the first 4 (and after the first) changes neither. Owned clusters are always shown, so always run. The
 * kinds are run cheapest floor first, so that the 4 cheapest are found early; the list itself keeps the catalog's
 * order, which the sorts' stable tie-breaks read.
 */
function alternatives(p: Prepared, chosen: Accelerator, measured: Map<number, MemoryBreakdown>): JobEstimate['alternatives'] {
  const job = p.job;
  const flops = jobFlops(p, job.training.gradient_checkpointing);
  const perGpu = jobParametersPerGpu(p);
  const candidates: Candidate[] = [];
  // Compare rentable GPUs only (a catalog price or the team's own rate): rentalRates gives null for the others.
  const rates = rentalRates(job);
  for (let g = 0; g < ACCELERATORS.length; g++) {
    const gpu = ACCELERATORS[g]!;
    const rate = rates[g];
    if (!rate || gpu.id === chosen.id) continue;
    if (job.precision === 'fp8' && gpu.tflops.fp8 === null) continue;
    if (job.precision === 'bf16' && gpu.tflops.bf16 === null) continue;
    if (job.parallelism.tensor > gpu.gpus_per_node) continue;
    const count = fewestThatFit(job, p.base, gpu, measured);
    if (count === null) continue;
    const hours = gpuHoursFloor(p, gpu, count, flops, perGpu);
    candidates.push({ gpu, count, rate, costFloor: hours * rate.gpu_hour_usd, hoursFloor: hours / count });
  }
  const runs: (Alternative | undefined)[] = [];
  const cheapest: number[] = []; // the 4 lowest costs of the kinds run so far, ascending
  let fastest = Infinity;
  for (const i of candidates.map((_, i) => i).sort((a, b) => candidates[a]!.costFloor - candidates[b]!.costFloor || a - b)) {
    const c = candidates[i]!;
    if (cheapest.length === 4 && c.costFloor > cheapest[3]! && c.hoursFloor > fastest) continue;
    const r = runAt(p, c.gpu, c.count, c.rate, flops, measured);
    const cost = r.cost.expected;
    const hours = r.wall_clock_hours.expected;
    runs[i] = { gpu: c.gpu.id, count: c.count, wall_clock_hours: hours, cost_usd: cost, hours, basis: c.rate.basis };
    let at = cheapest.length;
    while (at > 0 && cheapest[at - 1]! > cost) at--;
    if (at < 4) {
      cheapest.splice(at, 0, cost);
      if (cheapest.length > 4) cheapest.pop();
    }
    if (hours < fastest) fastest = hours;
  }
  const out: Alternative[] = runs.filter((x): x is Alternative => x !== undefined);
  // The team's owned clusters, on the same basis as the main estimate (owned hours at their derived cost).
  for (const c of job.prices?.clusters ?? []) {
    if (c.name === job.hardware.cluster) continue;
    const gpu = findAccelerator(c.gpu);
    if (!gpu || (job.precision === 'fp8' && gpu.tflops.fp8 === null) || (job.precision === 'bf16' && gpu.tflops.bf16 === null)) continue;
    const count = fewestThatFit(job, p.base, gpu, measured);
    if (count === null || count > c.count) continue;
    const r = run(p, gpu, count, { ...job, hardware: { ...onGpu(job, gpu.id), count, cluster: c.name }, pricing: { ...job.pricing, gpu_hour_usd: null } });
    out.push({ gpu: gpu.id, count, wall_clock_hours: r.wall_clock_hours.expected, cost_usd: r.cost.expected, hours: r.wall_clock_hours.expected, basis: 'owned', cluster: c.name });
  }
  const byCost = [...out].sort((a, b) => a.cost_usd - b.cost_usd || byText(a.gpu, b.gpu));
  const picked = byCost.slice(0, 4);
  const fastestKind = [...out].sort((a, b) => a.hours - b.hours || byText(a.gpu, b.gpu))[0];
  if (fastestKind && !picked.includes(fastestKind)) picked.push(fastestKind);
  for (const o of out) if (o.cluster && !picked.includes(o)) picked.push(o); // an owned cluster that can run the job is always shown
  return picked.map(({ gpu, count, wall_clock_hours, cost_usd, basis, cluster }) => ({ gpu, count, wall_clock_hours, cost_usd, ...(basis ? { basis } : {}), ...(cluster ? { cluster } : {}) }));
}
type Alternative = JobEstimate['alternatives'][number] & { hours: number };


/**
 * count: auto: the cheapest count that fits and meets plan.deadline_hours, not merely the fewest. Candidates:
 * every count from the fewest to the end of its node, then whole nodes up to twice the fewest (GPU-hours
 * rarely fall as GPUs are added, so the cheapest is near the fewest), and, when none of those meets the
 * deadline, the counts from the one GPU-hours / deadline suggests upwards (8 whole-node steps). With it, the run
 * at that count (at choosePrice's price: what estimateJob would run), null when no candidate fits.
 *
 * Pruning (proved; __tests__/cheapest-count-prune.test.ts compares it with every candidate run): once the best so
 * far meets the deadline (always, without one), a count whose cost floor (gpuHoursFloor x the price, at most its
 * cost) is above the best's cost is not run: it neither meets the deadline where the best does not nor costs less.
 */
function cheapestCount(p: Prepared, gpu: Accelerator, fewest: number, measured: Map<number, MemoryBreakdown>): { count: number; run: Run | null } {
  const job = p.job;
  const price = choosePrice(job, gpu);
  const flops = jobFlops(p, job.training.gradient_checkpointing);
  const perGpu = jobParametersPerGpu(p);
  const unit = job.parallelism.tensor * job.parallelism.pipeline;
  const max = Math.max(fewest, job.hardware.max_count);
  const n = gpu.gpus_per_node;
  const nodeStep = lcm(n, unit);
  const global = job.training.global_batch_size;
  const ok = (c: number) => c <= max && (c <= n || c % n === 0) && c % unit === 0 && (global === null || global % (job.training.micro_batch_size * (c / unit)) === 0);
  const deadline = job.plan.deadline_hours ?? Infinity;
  let best: { run: Run; cost: number; meets: boolean } | null = null;
  let firstGpuHours: number | null = null;
  const consider = (c: number) => {
    if (!ok(c)) return;
    if (best?.meets && gpuHoursFloor(p, gpu, c, flops, perGpu) * price.gpu_hour_usd > best.cost) return;
    const r = runAt(p, gpu, c, price, flops, measured);
    if (!r.fits) return;
    firstGpuHours ??= r.gpu_hours.expected;
    const cost = r.cost.expected;
    const meets = r.wall_clock_hours.expected <= deadline;
    // Meeting the deadline first, then the cost; ties keep the fewer GPUs (counts come in ascending order).
    if (!best || (meets && !best.meets) || (meets === best.meets && cost < best.cost)) best = { run: r, cost, meets };
  };
  for (let c = fewest; c <= Math.max(n, 2 * fewest) && c <= max; c = c + unit <= n ? c + unit : Math.max(nodeStep, Math.floor(c / nodeStep + 1) * nodeStep)) consider(c);
  const found = best as { meets: boolean } | null;
  if (firstGpuHours !== null && deadline < Infinity && !found?.meets) {
    // Wall-clock >= GPU-hours at the fewest / count: start where the deadline becomes reachable.
    const from = Math.max(fewest, Math.ceil(firstGpuHours / deadline / nodeStep) * nodeStep);
    for (let c = from, k = 0; c <= max && k < 8; c += nodeStep, k++) consider(c);
  }
  const chosen = (best as { run: Run } | null)?.run ?? null;
  return { count: chosen?.layout.count ?? fewest, run: chosen };
}

/** With several GPU kinds allowed, the estimate uses the one whose cheapest count costs least (cheapest kind first by id on ties). */
function cheapestKind(p: Prepared, job: Job, measured: Map<number, MemoryBreakdown>): Accelerator {
  let best: { gpu: Accelerator; cost: number } | null = null;
  for (const id of job.hardware.gpus) {
    const gpu = findAccelerator(id)!;
    const fewest = fewestThatFit(job, p.base, gpu, measured);
    if (fewest === null) continue;
    const count = job.hardware.count === 'auto' ? cheapestCount(p, gpu, fewest, measured).count : job.hardware.count;
    const r = run(p, gpu, count, job.pricing.gpu_hour_usd === null ? job : { ...job, pricing: { ...job.pricing, gpu_hour_usd: null } });
    if (r.fits && (!best || r.cost.expected < best.cost)) best = { gpu, cost: r.cost.expected };
  }
  return best?.gpu ?? findAccelerator(job.hardware.gpus[0] ?? job.hardware.gpu)!;
}

/** The time side of one job at its own count (no alternatives, no report): what the calibration compares. */
export function runJob(job: Job): Run {
  const p = prepare(job);
  const gpu = findAccelerator(job.hardware.gpu)!;
  const count = job.hardware.count === 'auto' ? fewestThatFit(job, p.base, gpu) ?? job.parallelism.tensor * job.parallelism.pipeline : job.hardware.count;
  return run(p, gpu, count, job);
}

/** Estimates one job: pure, deterministic, no I/O. */
export function estimateJob(job: Job): JobEstimate {
  const p = prepare(job);
  // Memory per GPU by count, for fewestThatFit on every kind (it does not depend on the kind) and run().
  const measured = new Map<number, MemoryBreakdown>();
  const gpu = job.hardware.gpus.length > 1 ? cheapestKind(p, job, measured) : findAccelerator(job.hardware.gpu)!;
  const minCount = fewestThatFit(job, p.base, gpu, measured);
  const unit = job.parallelism.tensor * job.parallelism.pipeline;
  const auto = job.hardware.count === 'auto' && minCount !== null ? cheapestCount(p, gpu, minCount, measured) : null;
  const count = job.hardware.count === 'auto' ? auto?.count ?? unit : job.hardware.count;
  // cheapestCount ran the count it chose at the same price, FLOPs and memory: its run is this one.
  const r = auto?.run ?? runAt(p, gpu, count, choosePrice(job, gpu), undefined, measured);
  const { layout, eff } = r;

  const storage = storageBytes({ tokens: job.data.tokens, vocab: p.model.arch.vocab_size, method: job.method, precision: job.precision, optimizer: job.optimizer, total: p.counts.total, trainable: p.trainable, keep: job.checkpoints.keep });
  const energy = energyAndCarbon(r.gpu_hours.expected, gpu, r.price.provider, r.price.region, r.price.owned);
  // What ZeRO-Offload keeps in host memory per GPU, and whether the node's RAM holds it (src/estimate/host-memory.ts).
  const offloaded = offloadedBytesPerGpu(job, p.trainable, layout);
  const hostRam = hostMemory(gpu, count, offloaded, job.hardware.host_ram_gb);

  const assumptions = describeAssumptions({ job, gpu, model: p.model, tokens: p.tokens, minCount, count, layout, eff, run: r, energyNote: energy.assumption, range: job.efficiency.mfu !== null ? RANGE_GIVEN_MFU : job.method !== 'pretrain' && count <= gpu.gpus_per_node ? RANGE_FINETUNE : RANGE });
  if (offloaded > 0) {
    const gb = (b: number) => groupDigits(Math.round(b / 1e9));
    assumptions.push(`CPU offload keeps ${gb(hostRam.need_bytes)} GB in host RAM on each node (DeepSpeed's estimate, x1.5 for buffers); the node has ${gb(hostRam.available_bytes)} GB: ${hostRam.source}${hostRam.fits ? '' : '. IT DOES NOT FIT: more GPUs (the offloaded states shard over them), less offload, or hardware.host_ram_gb if the servers have more'}`);
  }

  return {
    name: job.name,
    file: job.file,
    model: { id: p.model.id, name: p.model.name, source: p.model.source },
    method: job.method,
    precision: job.precision,
    parameters: { total: p.counts.total, trainable: p.trainable, active: p.counts.active },
    memory: { per_gpu_bytes: { ...r.memory }, gpu_capacity_bytes: capacityBytes(gpu), fits: r.fits },
    hardware: { gpu: gpu.id, count, min_count: minCount },
    parallelism: { zero: layout.zero, tensor: layout.tensor, pipeline: layout.pipeline, data: layout.data_parallel, offload: job.parallelism.offload, micro_batches: layout.micro_batches },
    compute: {
      flops: r.flops_model_total,
      mfu: r.mfu,
      hfu: r.mfu * (r.flops_hardware_total / r.flops_model_total),
      tokens: p.tokens,
      gpu_hours: r.gpu_hours,
      wall_clock_hours: r.wall_clock_hours,
      tokens_per_gpu_second: r.tokens_per_gpu_second,
      goodput: r.goodput,
      step_seconds: { ...eff.step },
    },
    cost_usd: r.cost,
    price: {
      gpu_hour_usd: r.price.gpu_hour_usd, source: r.price.source, as_of: r.price.as_of, provider: r.price.provider, market: r.price.market,
      basis: r.price.basis, rule: r.price.rule, cluster: r.price.cluster, age_days: r.price.age_days, stale: r.price.stale,
    },
    storage_bytes: storage,
    energy_kwh: energy.energy_kwh,
    co2_kg: energy.co2_kg,
    host: { ...hostGuidance(gpu, count, offloaded), ...(offloaded > 0 ? { offload_ram_gb: Math.ceil(hostRam.need_bytes / 1e9), node_ram_gb: Math.floor(hostRam.available_bytes / 1e9), offload_fits: hostRam.fits } : {}) },
    alternatives: alternatives(p, gpu, measured),
    assumptions,
    ...(job.warnings?.length ? { warnings: job.warnings.map((w) => `${w.file}:${w.line}:${w.col}: ${w.message}`) } : {}),
    violations: [],
    advice: [],
    ...(job.project ? { project: job.project } : {}),
  };
}

