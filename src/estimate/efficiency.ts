import type { Accelerator } from '../catalog/accelerators.js';
import type { Architecture } from '../catalog/architecture.js';
import type { Method, Offload, Precision } from '../manifest/types.js';

/**
 * How long one training step takes on one GPU, as a sum of named terms (docs/methodology.md):
 *
 *   step = compute + exposed data-parallel + exposed tensor-parallel + exposed offload + pipeline bubble
 *
 * 1. Compute. Matrix multiplies run at a sustained share of dense peak (E_TRAIN x the accelerator family's
 *    measured matmul ceiling, MATMUL_CEILING); in fp8 only the linear layers' matmuls run at the fp8 rate, the
 *    attention core at 16 bits. Everything else (norms, activations, softmax, RoPE, the optimizer step) is bound
 *    by memory bandwidth: K·h bytes per token and layer (plus the s x s score matrix without FlashAttention),
 *    so a GPU with more FLOPs per byte (H100: 295, A100: 153) spends a larger share of its time there. A linear
 *    layer also has to read its weights every pass: with few tokens per micro-batch that read, not the
 *    arithmetic, sets its time (the roofline, Williams et al. 2009), so each linear pass takes
 *    max(FLOPs / sustained rate, weight bytes / bandwidth).
 * 2. Data-parallel communication (ZeRO/FSDP). ZeRO-3 gathers the weights twice and reduce-scatters the gradients
 *    every micro-batch; stages 0-2 all-reduce the gradients once per optimizer step. DP_OVERLAP of it hides
 *    behind compute when both run; what does not fit behind compute is exposed.
 * 3. Tensor-parallel all-reduces (4 per layer, Shoeybi et al. 2019), on the critical path.
 * 4. CPU offload (ZeRO-Offload, Ren et al. 2021): gradients cross PCIe to the host, the optimizer steps on the
 *    CPU, the updated 16-bit weights come back; with parameter offload the weights also cross PCIe for every
 *    forward and backward pass.
 * 5. The pipeline bubble: (p - 1) / v idle micro-batch slots per step for p stages and v chunks per GPU
 *    (Narayanan et al. 2021, §2.2.2).
 * 6. Expert parallelism (mixture of experts): every MoE layer sends each token's hidden state to the GPUs
 *    holding its routed experts and back (all-to-all dispatch and combine, GShard, Lepikhin et al. 2020 §2.2;
 *    DeepSpeed-MoE, Rajbhandari et al. 2022 §5), on the critical path like the tensor-parallel all-reduces.
 *
 * Summing the terms (rather than multiplying efficiency ratios) means a setting that adds work or traffic
 * never makes a step shorter, and utilisation is hardware FLOPs over peak x step time, never above 1.
 *
 * The constants E_TRAIN, K_BYTES_PER_WIDTH, DP_OVERLAP and TP_EXPOSED were set on the published runs, all at
 * once and none per record: `npm run calibrate -- --search` reruns that search (calibration/search.ts).
 */
export const E_TRAIN = 0.66;
/**
 * Bytes of memory-bound traffic per token, per layer and per unit of width (norms, activations, residuals,
 * RoPE, the optimizer step and launch gaps folded in): fitted on the published runs.
 */
export const K_BYTES_PER_WIDTH = 600;
/**
 * The matmul ceiling of each accelerator family relative to the NVIDIA data-centre parts the calibration runs
 * on (A100, H100), from "Maximum Achievable Matmul FLOPS" (stas00/ml-engineering, compute/accelerator/README.md,
 * bf16, mamf-finder.py): A100 SXM 85.9%, A100 PCIe 82.2%, H100 SXM 80.1% (H100/H200 80.3% in a later run),
 * GH200 83.0%, B200 77.6%, MI250X 76.7% (one GCD), MI300X 60.1% of their dense peaks.
 * - NVIDIA data-centre parts: 1. Their measured ceilings lie within 78-86%, and the calibration records do not
 *   support a separate H100 discount (the memory-bandwidth term already gives H100 its lower MFU: applying
 *   80.1/85.9 on top raises the calibration's median error from 5.7% to 6.2%).
 * - AMD: MI300X 60.1 / 83 = 0.72 and MI250X 76.7 / 83 = 0.92 of the NVIDIA parts' ~83% (no AMD run is in the
 *   calibration set: measured ceilings, not measured training runs).
 * - GeForce and RTX workstation cards: CONSUMER_CEILING, set on torchtune's single-GPU fine-tunes
 *   (calibration/published-finetune.json): their boost clocks run above the clock their rating uses, and they
 *   sustain about their rated tensor peak.
 */
export function matmulCeiling(gpu: Accelerator): Readonly<{ share: number; measured: boolean }> {
  if (gpu.class !== 'datacenter') return CEILING.consumer;
  if (gpu.generation === 'cdna3') return CEILING.cdna3;
  if (gpu.generation === 'cdna2') return CEILING.cdna2;
  return gpu.generation === 'ampere' || gpu.generation === 'hopper' || gpu.generation === 'blackwell' ? CEILING.measured : CEILING.unmeasured;
}
/**
 * fp8 matmuls reach a smaller share of their (doubled) peak than bf16 ones: H200 73.4% in fp8 against 80.3% in
 * bf16 (ml-engineering, "Maximum Achievable Matmul FLOPS", H200 vs B200 comparison): 0.914 of the bf16 share.
 */
export const FP8_MATMUL_SHARE = 0.734 / 0.803;
/**
 * Transformer Engine casts every GEMM input to fp8 (reads 16 bits, writes 8) in the forward and backward passes:
 * per token and layer the inputs of QKV, the output projection, the MLP's up and down projections and their
 * gradients, ~2 x (3h + ffn) elements x 3 bytes.
 */
const FP8_CAST_BYTES = 3;
/**
 * GeForce/RTX cards relative to the data-centre parts (see matmulCeiling), set on torchtune's three RTX 4090
 * fine-tunes (1.2-1.5 tried): 1.4 x E_TRAIN = 92% of the rated bf16 peak for their matmuls.
 */
export const CONSUMER_CEILING = 1.4;
/** matmulCeiling's answers, made once (every step time reads one): shared, so frozen. */
const CEILING = {
  consumer: Object.freeze({ share: CONSUMER_CEILING, measured: false }),
  cdna3: Object.freeze({ share: 0.72, measured: true }),
  cdna2: Object.freeze({ share: 0.92, measured: true }),
  measured: Object.freeze({ share: 1, measured: true }),
  unmeasured: Object.freeze({ share: 1, measured: false }),
};
/**
 * Without FlashAttention the s x s score matrix is written, softmaxed, masked and read back: ~14 passes of
 * 2 bytes per head and key position (7 forward, 7 backward; Dao et al. 2022, §2.2), per token and layer.
 */
const ATTENTION_MATRIX_BYTES = 28;
/**
 * Without sequence parallelism every tensor-parallel rank repeats the norms, dropouts and residual adds on the
 * full width: 10 of the 34 s·b·h activation bytes of a layer (Korthikanti et al. 2022, eq. 2: 10 + 24/t).
 */
const REPLICATED_SHARE = 10 / 34;
/** Share of data-parallel communication hidden behind compute when both run (prefetch, bucketing): set in the calibration search. */
export const DP_OVERLAP = 0.95;
/** Share of tensor-parallel communication left exposed, its all-reduces sitting between dependent matmuls: set in the calibration search. */
export const TP_EXPOSED = 1;
/**
 * QLoRA dequantises its 4-bit weights on every use: torchtune measured 2,413 vs 3,083 tokens/s for QLoRA vs
 * LoRA of Llama 3.1 8B on one RTX 4090 (0.78), applied as extra compute time (1 / 0.78).
 */
export const QLORA_FACTOR = 0.78;
/**
 * Collectives reach ~80% of the links' line rate (NCCL's own nccl-tests report bus bandwidths of 80-90% of
 * NVLink and InfiniBand peaks); host-to-device copies reach a similar share of PCIe's rate.
 */
export const COLLECTIVE_EFFICIENCY = 0.8;
/**
 * Pipelines run Megatron-LM's interleaved 1F1B schedule, which divides the bubble by the model chunks per GPU:
 * (p - 1) / (v·m) (Narayanan et al. 2021, §2.2.2; Llama 3 gives the same ratio for its schedule, Llama Team 2024
 * §3.3.2). `parallelism.virtual_stages` sets v; without it, 2 chunks per GPU (our assumption, not a measurement:
 * published runs use 1-8, e.g. Megatron-LM's examples/sc21/run_table_1.sh uses 1-3 and Llama 3 405B one layer per
 * chunk, 8), capped at the layers a stage holds.
 */
export const VIRTUAL_STAGES = 2;
/**
 * Host link per GPU, GB/s one direction, by the PCIe generation of the family (PCI-SIG: x16 Gen3 15.75,
 * Gen4 31.5, Gen5 63 GB/s): V100/T4 Gen3, A100/Ada/MI250X Gen4, H100/H200/B200/MI300X Gen5.
 */
const PCIE_GBPS: Readonly<Record<string, number>> = { volta: 15.75, turing: 15.75, ampere: 31.5, ada: 31.5, cdna2: 31.5, hopper: 63, blackwell: 63, cdna3: 63 };
/**
 * The CPU optimizer step streams, per parameter, the fp32 master weight, both Adam moments (read and written:
 * 24 bytes), the fp32 gradient (4) and writes the 16-bit weight (2): ~30 bytes, bound by host memory
 * bandwidth (DeepSpeed's CPU-Adam is vectorised, Ren et al. 2021 §5.1). One socket of 8-channel DDR4-3200
 * peaks at 204.8 GB/s; 100 GB/s per node sustained is an allowance of ours, not a measurement.
 */
export const CPU_OPTIMIZER_BYTES_PER_PARAM = 30;
export const HOST_MEMORY_GBPS = 100;

/**
 * The highest share of dense peak any step can reach on this GPU (its matmuls at their sustained share, before
 * any memory-bound, communication or bubble time): a floor under time that the planner prunes with.
 */
export function maxKernelShare(gpu: Accelerator): number {
  return active.e_train * matmulCeiling(gpu).share;
}

/** The constants set in the calibration search, in one place so the search (calibration/search.ts) can vary them. */
export interface TimeConstants {
  e_train: number;
  k_bytes_per_width: number;
  dp_overlap: number;
  tp_exposed: number;
}
export const CALIBRATED: Readonly<TimeConstants> = Object.freeze({ e_train: E_TRAIN, k_bytes_per_width: K_BYTES_PER_WIDTH, dp_overlap: DP_OVERLAP, tp_exposed: TP_EXPOSED });
let active: Readonly<TimeConstants> = CALIBRATED;
/**
 * Runs `fn` with other constants: for the calibration search only (the estimator itself always uses CALIBRATED).
 * Restores the calibrated constants afterwards, even on error.
 */
export function withTimeConstants<T>(c: Readonly<TimeConstants>, fn: () => T): T {
  const before = active;
  active = c;
  try {
    return fn();
  } finally {
    active = before;
  }
}

export function peakTflops(gpu: Accelerator, precision: Precision): { tflops: number; used: Precision | 'fp16' } {
  if (precision === 'fp32') return { tflops: gpu.tflops.fp32, used: 'fp32' };
  if (precision === 'fp8' && gpu.tflops.fp8 !== null) return { tflops: gpu.tflops.fp8, used: 'fp8' };
  if (precision === 'bf16' && gpu.tflops.bf16 !== null) return { tflops: gpu.tflops.bf16, used: 'bf16' };
  return { tflops: gpu.tflops.fp16, used: 'fp16' };
}

/** Network between nodes, GB/s per GPU one direction: the manifest's `hardware.network_gbps` (Gb/s) or the catalog's. */
export function interNodeGBps(gpu: Accelerator, networkGbps: number | null | undefined): number {
  return networkGbps !== null && networkGbps !== undefined ? networkGbps / 8 : gpu.inter_node_gbps;
}

export interface EfficiencyInput {
  gpu: Accelerator;
  flash_attention: boolean;
  sequence_parallel: boolean;
  precision: Precision;
  arch: Architecture;
  method: Method;
  count: number;
  tensor: number;
  pipeline: number;
  data_parallel: number;
  zero: 0 | 1 | 2 | 3;
  micro_batch_size: number;
  sequence_length: number;
  /** Micro-batches per optimizer step on each pipeline (gradient accumulation steps). */
  micro_batches: number;
  /** Parameters on one GPU (its model-parallel share), and how many of them are trained. */
  parameters_per_gpu: number;
  trained_per_gpu: number;
  hardware_flops_per_token: number;
  model_flops_per_token: number;
  /** The attention-core part of hardware_flops_per_token (16-bit even in fp8 training); 0 when unknown. */
  attention_flops_per_token?: number;
  /** Full recomputation reads the weights once more in the backward pass. */
  full_recompute?: boolean;
  offload?: Offload;
  /** `hardware.network_gbps`: network between nodes per GPU, Gb/s; null for the catalog's figure. */
  network_gbps?: number | null;
  /** Expert-parallel degree (`parallelism.expert`; 1 or absent: none). */
  expert?: number;
  /** Model chunks per pipeline GPU (interleaved 1F1B); absent: VIRTUAL_STAGES where the layers allow. */
  virtual_stages?: number;
}

/**
 * Seconds of one optimizer step on one GPU, by what it is spent on. `total` is the sum of the other terms;
 * a term added later is added to `total` too.
 */
export interface StepTime {
  /** Matmuls, memory-bound kernels and weight reads, recomputation included (QLoRA dequantisation too). */
  compute: number;
  /** Data-parallel communication not hidden behind compute. */
  data_parallel: number;
  /** Tensor-parallel all-reduces (critical path). */
  tensor_parallel: number;
  /** CPU offload: PCIe transfers not hidden behind compute, and the CPU optimizer step. */
  offload: number;
  /** Pipeline bubble: stages idle while the pipeline fills and drains. */
  bubble: number;
  /** Expert-parallel all-to-all (MoE token dispatch and combine), on the critical path. */
  expert_parallel: number;
  total: number;
  /** Of the data-parallel time, whether it crosses the network between nodes. */
  data_parallel_between_nodes: boolean;
  /** What bounds the linear layers: their arithmetic, or reading their weights (few tokens per micro-batch). */
  linear_bound: 'compute' | 'weights';
  /** Tokens one GPU's model replica processes per step (micro-batch x sequence x micro-batches). */
  tokens: number;
}

export interface Efficiency {
  /** Share of peak the compute term alone turns into hardware FLOPs (no communication or bubble). */
  kernel: number;
  /** compute / (compute + exposed data-parallel); 1 without data parallelism. */
  data_parallel: number;
  tensor_parallel: number;
  pipeline: number;
  method: number;
  /** Hardware FLOPs utilisation (recomputation counted as work). */
  hfu: number;
  /** Model FLOPs utilisation (what the job's own FLOPs achieve). */
  mfu: number;
  /** The step's time, term by term. */
  step: StepTime;
}

/** What the compute and tensor-parallel terms read: nothing that depends on the count or the data-parallel ranks. */
export type ComputeInput = Pick<EfficiencyInput, 'gpu' | 'flash_attention' | 'sequence_parallel' | 'precision' | 'arch' | 'method' | 'tensor' | 'pipeline' | 'micro_batch_size' | 'sequence_length' | 'hardware_flops_per_token' | 'model_flops_per_token' | 'attention_flops_per_token'>;

/**
 * Term 1 per micro-batch on one GPU, but for the linear layers' weight reads (which need the parameters on the
 * GPU, so the expert degree): the linear layers' arithmetic time, the attention core, the memory-bound kernels.
 */
function computeParts(x: ComputeInput, peak: number): { linearArithmetic: number; attention: number; memoryBound: number; method: number; bandwidth: number; tokensPerMicro: number } {
  // fp8 (Transformer Engine) runs the linear layers' matmuls at the fp8 rate; attention stays at 16 bits.
  const peak16 = x.precision === 'fp8' ? peakTflops(x.gpu, 'bf16').tflops * 1e12 : peak;
  const bandwidth = x.gpu.memory_bandwidth_tbps * 1e12;
  const t = x.tensor;
  const p = x.pipeline;
  const { e_train, k_bytes_per_width } = active;
  const eMM = e_train * matmulCeiling(x.gpu).share;
  const tokensPerMicro = x.micro_batch_size * x.sequence_length;
  const modelShards = t * p;
  const attentionFlops = Math.min(x.attention_flops_per_token ?? 0, x.hardware_flops_per_token);
  const linearFlops = x.hardware_flops_per_token - attentionFlops;
  const linearArithmetic = (linearFlops * tokensPerMicro) / modelShards / (peak * eMM * (x.precision === 'fp8' ? FP8_MATMUL_SHARE : 1));
  const attention = (attentionFlops * tokensPerMicro) / modelShards / (peak16 * eMM);
  const widthShare = x.sequence_parallel || t === 1 ? 1 / t : REPLICATED_SHARE + (1 - REPLICATED_SHARE) / t;
  const fp8Casts = x.precision === 'fp8' ? (FP8_CAST_BYTES * 2 * (3 * x.arch.hidden_size + x.arch.intermediate_size)) / t : 0;
  const bytesPerTokenLayer = k_bytes_per_width * x.arch.hidden_size * widthShare + fp8Casts + (x.flash_attention ? 0 : (ATTENTION_MATRIX_BYTES * x.arch.attention_heads * x.sequence_length) / t);
  const memoryBound = (bytesPerTokenLayer * (x.arch.layers / p) * tokensPerMicro) / bandwidth;
  const method = x.method === 'qlora' ? QLORA_FACTOR : 1;
  return { linearArithmetic, attention, memoryBound, method, bandwidth, tokensPerMicro };
}

/**
 * Term 3: 4 all-reduces of b·s·h 16-bit activations per layer and micro-batch (6 with recomputation,
 * approximated by the hardware/model FLOPs ratio), inside one node.
 */
function tensorParallelTime(x: ComputeInput, tokensPerMicro: number): number {
  const t = x.tensor;
  if (t <= 1) return 0;
  const layersHere = x.arch.layers / x.pipeline;
  const bytes = layersHere * 4 * (x.hardware_flops_per_token / x.model_flops_per_token) * 2 * ((t - 1) / t) * tokensPerMicro * x.arch.hidden_size * 2;
  return (active.tp_exposed * bytes) / (x.gpu.intra_node_gbps * 1e9 * COLLECTIVE_EFFICIENCY);
}

/**
 * A floor under the seconds of one micro-batch on one GPU of any set-up with these keys, whatever its count,
 * data-parallel ranks, ZeRO stage, offload or expert degree: term 1 with the linear layers at their arithmetic
 * time (weight reads can only lengthen them) plus term 3; terms 2, 4, 5 and 6 are never negative. The planner's
 * advice prunes whole layouts with it (src/plan/search.ts).
 */
export function stepFloorPerMicro(x: ComputeInput): number {
  const c = computeParts(x, peakTflops(x.gpu, x.precision).tflops * 1e12);
  return (c.linearArithmetic + c.attention + c.memoryBound) / c.method + tensorParallelTime(x, c.tokensPerMicro);
}

/**
 * Term 4's parts that every offloaded step pays in full, whatever the compute beside them: the CPU optimizer
 * step over this GPU's optimizer shard (the node's GPUs share the host memory) and the updated 16-bit weights
 * coming back over PCIe.
 */
function offloadStepParts(x: Pick<EfficiencyInput, 'gpu' | 'count' | 'data_parallel' | 'zero' | 'trained_per_gpu'>): { pcie: number; shard: number; cpuStep: number; weightsUp: number } {
  const pcie = (PCIE_GBPS[x.gpu.generation] ?? 15.75) * 1e9 * COLLECTIVE_EFFICIENCY;
  const shard = x.trained_per_gpu / (x.zero >= 1 ? x.data_parallel : 1);
  const gpusPerNode = Math.min(x.count, x.gpu.gpus_per_node);
  const cpuStep = (CPU_OPTIMIZER_BYTES_PER_PARAM * shard * gpusPerNode) / (HOST_MEMORY_GBPS * 1e9);
  const weightsUp = (shard * 2) / pcie;
  return { pcie, shard, cpuStep, weightsUp };
}

/**
 * A floor under term 4 (seconds of offload per optimizer step) of a set-up with CPU offload: the parts
 * offloadStepParts gives, which the step pays on top of everything else; the gradients' way down and parameter
 * offload's weight traffic are never negative. 0 without offload. The planner's advice prunes offloaded layouts
 * with it (src/plan/search.ts, SetupScorer.offloadHoursFloor).
 */
export function offloadFloorPerStep(x: Pick<EfficiencyInput, 'gpu' | 'count' | 'data_parallel' | 'zero' | 'trained_per_gpu' | 'offload'>): number {
  if ((x.offload ?? 'none') === 'none') return 0;
  const { cpuStep, weightsUp } = offloadStepParts(x);
  return cpuStep + weightsUp;
}

/** What term 2 reads: the layout's data-parallel ranks, ZeRO stage and shares, and the links between them. */
export type DataParallelInput = Pick<EfficiencyInput, 'gpu' | 'method' | 'count' | 'data_parallel' | 'zero' | 'micro_batches' | 'parameters_per_gpu' | 'trained_per_gpu' | 'network_gbps'>;

/**
 * Term 2, per micro-batch on one GPU: the data-parallel traffic's seconds (ring collectives move (n-1)/n of the
 * buffer per GPU), of which DP_OVERLAP hides behind `compute` when both run; what does not fit behind it is
 * exposed. compute + the exposed part = max(compute, comm) + (1 - DP_OVERLAP) x min(compute, comm) never falls as
 * compute grows, the overlap being a share (at most 1): stepFloorPerMicroAt reads it so.
 */
function dataParallelExposed(x: DataParallelInput, compute: number): number {
  if (x.data_parallel <= 1) return 0;
  const sameNode = x.count <= x.gpu.gpus_per_node;
  const dpBandwidth = (sameNode ? x.gpu.intra_node_gbps : interNodeGBps(x.gpu, x.network_gbps)) * 1e9 * COLLECTIVE_EFFICIENCY;
  const ring = (x.data_parallel - 1) / x.data_parallel;
  const w16 = x.parameters_per_gpu * 2;
  const g16 = x.trained_per_gpu * (x.method === 'lora' || x.method === 'qlora' ? 4 : 2);
  const perMicro =
    x.zero === 3
      ? (2 * w16 + g16) * ring // gather weights for forward and backward, reduce-scatter gradients
      : (2 * g16 * ring) / Math.max(1, x.micro_batches); // one all-reduce per optimizer step
  const comm = perMicro / dpBandwidth;
  return Math.max(0, comm - compute) + (1 - active.dp_overlap) * Math.min(compute, comm);
}

/**
 * stepFloorPerMicro for one layout on one count: its floor under term 1 (compute), with term 2 (data-parallel)
 * on top of it, plus term 3. A floor under efficiency()'s micro-batch seconds for the same inputs: the compute
 * term is at least the floor's (weight reads can only lengthen it), term 2 with its compute never falls as the
 * compute grows (dataParallelExposed), and terms 4, 5 and 6 are never negative. The estimate's alternatives
 * prune GPU kinds with it (src/estimate/estimate.ts gpuHoursFloor).
 */
export function stepFloorPerMicroAt(x: ComputeInput & DataParallelInput): number {
  const c = computeParts(x, peakTflops(x.gpu, x.precision).tflops * 1e12);
  const compute = (c.linearArithmetic + c.attention + c.memoryBound) / c.method;
  return compute + dataParallelExposed(x, compute) + tensorParallelTime(x, c.tokensPerMicro);
}

export function efficiency(x: EfficiencyInput): Efficiency {
  const peak = peakTflops(x.gpu, x.precision).tflops * 1e12;
  const p = x.pipeline;
  const { dp_overlap } = active;

  // --- compute, per micro-batch on one GPU ---
  const { linearArithmetic, attention, memoryBound, method, bandwidth, tokensPerMicro } = computeParts(x, peak);
  // Weights read per micro-batch: forward and the backward's input gradient, the weight gradient for trained
  // weights, once more under full recomputation; 16-bit (QLoRA: 4-bit NF4).
  const isLora = x.method === 'lora' || x.method === 'qlora';
  const reads = (isLora ? 2 : 3) + (x.full_recompute ? 1 : 0);
  const weightBytes = x.method === 'qlora' ? 0.52 : x.precision === 'fp32' ? 4 : 2;
  const linearWeights = (reads * weightBytes * x.parameters_per_gpu) / bandwidth;
  const linear = Math.max(linearArithmetic, linearWeights);
  const computePerMicro = (linear + attention + memoryBound) / method;

  // --- data parallel, per micro-batch ---
  const sameNode = x.count <= x.gpu.gpus_per_node;
  const dpExposed = dataParallelExposed(x, computePerMicro);

  const tpExposed = tensorParallelTime(x, tokensPerMicro);

  // --- CPU offload, per optimizer step, spread over its micro-batches ---
  let offloadExposed = 0;
  const offload = x.offload ?? 'none';
  if (offload !== 'none') {
    const { pcie, shard, cpuStep, weightsUp } = offloadStepParts(x);
    const m = Math.max(1, x.micro_batches);
    // Gradients down (16-bit) overlap with the backward pass like data-parallel traffic; the CPU step and the
    // weights coming back sit between two steps (DeepSpeed's default; its one-step-delayed update is opt-in).
    const gradsDown = (shard * 2) / pcie;
    const gradsExposed = Math.max(0, gradsDown - computePerMicro * m) + (1 - dp_overlap) * Math.min(computePerMicro * m, gradsDown);
    let perStep = gradsExposed + cpuStep + weightsUp;
    if (offload === 'optimizer_and_params') {
      // ZeRO-Infinity/ZeRO-3 parameter offload: this GPU's weights cross PCIe for forward and backward each micro-batch.
      const perMicroWeights = (2 * 2 * x.parameters_per_gpu) / (x.zero === 3 ? x.data_parallel : 1) / pcie;
      perStep += m * (Math.max(0, perMicroWeights - computePerMicro) + (1 - dp_overlap) * Math.min(computePerMicro, perMicroWeights));
    }
    offloadExposed = perStep / m;
  }

  const epExposed = expertAllToAll(x);

  // --- pipeline bubble: (p - 1) / v micro-batch slots of a stage's compute and critical-path communication ---
  const v = x.virtual_stages !== undefined ? Math.max(1, Math.min(x.virtual_stages, Math.ceil(x.arch.layers / p))) : Math.min(VIRTUAL_STAGES, Math.max(1, Math.floor(x.arch.layers / p)));
  const m = Math.max(1, x.micro_batches);
  const bubblePerMicro = p > 1 ? ((p - 1) / v / m) * (computePerMicro + tpExposed + epExposed) : 0;

  const perMicro = computePerMicro + dpExposed + tpExposed + offloadExposed + epExposed + bubblePerMicro;
  const step: StepTime = {
    compute: computePerMicro * m,
    data_parallel: dpExposed * m,
    tensor_parallel: tpExposed * m,
    offload: offloadExposed * m,
    bubble: bubblePerMicro * m,
    expert_parallel: epExposed * m,
    total: perMicro * m,
    data_parallel_between_nodes: !sameNode && x.data_parallel > 1,
    linear_bound: linearWeights > linearArithmetic ? 'weights' : 'compute',
    tokens: tokensPerMicro * m,
  };
  return fromStep(step, x, peak, method);
}

/**
 * Seconds of expert-parallel all-to-all per micro-batch on one GPU. Each MoE layer moves every token's hidden
 * state to its experts_per_token experts and back: a dispatch and a combine all-to-all in the forward pass and
 * the same two for their gradients in the backward pass (GShard, Lepikhin et al. 2020 §2.2; Megatron-Core's
 * "alltoall" token dispatcher), two more when full recomputation repeats the forward. Each all-to-all moves
 * tokens x experts_per_token x h 16-bit values per GPU, of which (ep - 1)/ep leave the GPU (routing balanced by
 * the load-balancing loss); the expert-parallel ranks sit next to each other after the tensor ranks (Megatron's
 * rank order), so the share bound for GPUs in the same node crosses NVLink and the rest the network, in
 * parallel. With sequence parallelism each tensor rank dispatches its own 1/t of the tokens. Not overlapped
 * with compute (DeepSeek-V3's DualPipe overlap is not modelled).
 */
export function expertAllToAll(x: Pick<EfficiencyInput, 'arch' | 'expert' | 'gpu' | 'tensor' | 'pipeline' | 'micro_batch_size' | 'sequence_length' | 'sequence_parallel' | 'full_recompute' | 'network_gbps'>): number {
  const ep = Math.max(1, x.expert ?? 1);
  if (ep <= 1 || x.arch.experts <= 1) return 0;
  const t = x.tensor;
  const moeLayers = (x.arch.layers - (x.arch.dense_layers ?? 0)) / x.pipeline;
  const tokens = (x.micro_batch_size * x.sequence_length) / (x.sequence_parallel ? t : 1);
  const buffer = tokens * x.arch.experts_per_token * x.arch.hidden_size * 2;
  const passes = 4 + (x.full_recompute ? 2 : 0);
  const local = Math.min(ep, Math.max(1, Math.floor(x.gpu.gpus_per_node / t)));
  const inNode = (buffer * ((local - 1) / ep)) / (x.gpu.intra_node_gbps * 1e9 * COLLECTIVE_EFFICIENCY);
  const acrossNodes = (buffer * ((ep - local) / ep)) / (interNodeGBps(x.gpu, x.network_gbps) * 1e9 * COLLECTIVE_EFFICIENCY);
  return moeLayers * passes * Math.max(inNode, acrossNodes);
}

/**
 * Utilisation from a step's time: hardware FLOPs done in the step over what the peak would do in it. Exported
 * so that a term added to the step recomputes HFU and MFU the same way.
 */
export function fromStep(step: StepTime, x: Pick<EfficiencyInput, 'hardware_flops_per_token' | 'model_flops_per_token' | 'tensor' | 'pipeline' | 'gpu' | 'precision'>, peak = peakTflops(x.gpu, x.precision).tflops * 1e12, method = 1): Efficiency {
  const flops = (x.hardware_flops_per_token * step.tokens) / (x.tensor * x.pipeline);
  const hfu = Math.min(1, flops / (peak * step.total));
  const ratio = (a: number, b: number) => (a + b > 0 ? a / (a + b) : 1);
  return {
    kernel: Math.min(1, flops / (peak * step.compute)),
    data_parallel: ratio(step.compute, step.data_parallel),
    tensor_parallel: ratio(step.compute, step.tensor_parallel),
    pipeline: ratio(step.total - step.bubble, step.bubble),
    method,
    hfu,
    mfu: (hfu * x.model_flops_per_token) / x.hardware_flops_per_token,
    step,
  };
}
