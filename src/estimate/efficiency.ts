import type { Accelerator } from '../catalog/accelerators.js';
import type { Architecture } from '../catalog/architecture.js';
import type { Method, Precision } from '../manifest/types.js';

/**
 * How much of a GPU's dense peak a training job turns into useful FLOPs, from what moves it:
 *
 * 1. Kernel efficiency. Training's matrix multiplies reach about two thirds of dense peak (E_MM);
 *    everything else (norms, activations, softmax, RoPE, the optimizer step) is bound by memory bandwidth. Per
 *    token and layer the matmuls cost ~24·h² FLOPs while those passes move O(h) bytes, so their share of the time
 *    grows with the GPU's FLOPs-to-bandwidth ratio and shrinks with the model's width:
 *      e = E_MM / (1 + E_MM · (peak / bandwidth) · bytes / FLOPs), per token and layer on one GPU,
 *    with bytes = K·h (plus the s x s score matrix without FlashAttention).
 *    This is why an H100 (295 FLOP/byte) reaches a lower MFU than an A100 (153 FLOP/byte) on the same model, why
 *    small models run less efficiently than large ones, and why fp8 speeds training up by ~1.4x rather than 2x.
 * 2. Data-parallel communication (ZeRO/FSDP). ZeRO-3 gathers the weights twice and reduce-scatters the gradients
 *    for every micro-batch, 3·2Ψ bytes per GPU against 6Ψ·b·s FLOPs of compute, so the ratio of communication
 *    to compute time is peak·e / (bandwidth · b·s): independent of model size, set by the tokens per micro-batch.
 *    Stages 0-2 all-reduce the gradients once per optimizer step. Most of it overlaps with compute.
 * 3. Tensor-parallel all-reduces (4 per layer, Shoeybi et al. 2019), on the critical path.
 * 4. The pipeline bubble (p - 1) / (v·m + p - 1) for p stages, m micro-batches and v chunks per GPU
 *    (Narayanan et al. 2021).
 * 5. QLoRA dequantises its 4-bit weights on every use: torchtune measured 2,413 vs 3,083 tokens/s for QLoRA vs
 *    LoRA of Llama 3.1 8B on one RTX 4090 (0.78).
 *
 * Four constants were set on the published runs (`npm run calibrate`, docs/methodology.md), all at once and none
 * per record: E_MM and K fitted, and DP_OVERLAP and TP_EXPOSED picked from the values tried in the same search
 * (0.85-0.95 and 0.5-1); the fit was flat around the chosen values.
 */
export const E_MM = 0.65;
/**
 * Bytes of memory-bound traffic per token, per layer and per unit of width (norms, activations, residuals,
 * RoPE, the optimizer step and launch gaps folded in): the one constant fitted on the published runs.
 */
export const K_BYTES_PER_WIDTH = 600;
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
export const DP_OVERLAP = 0.9;
/** Share of tensor-parallel communication left exposed, its all-reduces sitting between dependent matmuls: set in the calibration search. */
export const TP_EXPOSED = 1;
export const QLORA_FACTOR = 0.78;
/**
 * Collectives reach ~80% of the links' line rate (NCCL's own nccl-tests report bus bandwidths of 80-90% of
 * NVLink and InfiniBand peaks).
 */
export const COLLECTIVE_EFFICIENCY = 0.8;
/**
 * Pipelines run Megatron-LM's interleaved 1F1B schedule with 2 model chunks per GPU (the chunk count is our
 * assumption; the papers do not publish theirs), which divides the bubble
 * by the chunk count: (p - 1) / (v·m) (Narayanan et al. 2021, §2.2.2; used for Llama 3, Llama Team 2024 §3.3.2).
 */
export const VIRTUAL_STAGES = 2;
/**
 * AMD accelerators: no AMD run is in the calibration set, so their kernel efficiency is an allowance of ours,
 * 75% of what the NVIDIA calibration gives (ROCm's GEMMs reach a smaller share of their higher paper peak); the
 * estimate's assumptions say so.
 */
export const VENDOR_FACTOR: Readonly<Record<string, number>> = { cdna2: 0.75, cdna3: 0.75 };

export function peakTflops(gpu: Accelerator, precision: Precision): { tflops: number; used: Precision | 'fp16' } {
  if (precision === 'fp32') return { tflops: gpu.tflops.fp32, used: 'fp32' };
  if (precision === 'fp8' && gpu.tflops.fp8 !== null) return { tflops: gpu.tflops.fp8, used: 'fp8' };
  if (precision === 'bf16' && gpu.tflops.bf16 !== null) return { tflops: gpu.tflops.bf16, used: 'bf16' };
  return { tflops: gpu.tflops.fp16, used: 'fp16' };
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
}

export interface Efficiency {
  kernel: number;
  data_parallel: number;
  tensor_parallel: number;
  pipeline: number;
  method: number;
  /** Hardware FLOPs utilisation (recomputation counted as work). */
  hfu: number;
  /** Model FLOPs utilisation (what the job's own FLOPs achieve). */
  mfu: number;
}

export function efficiency(x: EfficiencyInput): Efficiency {
  const peak = peakTflops(x.gpu, x.precision).tflops * 1e12;
  const flopsPerByte = peak / (x.gpu.memory_bandwidth_tbps * 1e12);
  // Per token and layer, on one GPU: matmul FLOPs (split by tensor parallelism) against memory-bound bytes.
  const t = x.tensor;
  const flopsPerLayer = x.hardware_flops_per_token / x.arch.layers / t;
  const widthShare = x.sequence_parallel || t === 1 ? 1 / t : REPLICATED_SHARE + (1 - REPLICATED_SHARE) / t;
  const memoryBytes = K_BYTES_PER_WIDTH * x.arch.hidden_size * widthShare + (x.flash_attention ? 0 : (ATTENTION_MATRIX_BYTES * x.arch.attention_heads * x.sequence_length) / t);
  const eMM = E_MM * (VENDOR_FACTOR[x.gpu.generation] ?? 1);
  const kernel = eMM / (1 + (eMM * flopsPerByte * memoryBytes) / flopsPerLayer);
  const rate = peak * kernel; // FLOP/s one GPU sustains in compute

  const tokensPerMicro = x.micro_batch_size * x.sequence_length;
  const computePerMicro = (x.hardware_flops_per_token * tokensPerMicro) / (x.tensor * x.pipeline) / rate;
  const sameNode = x.count <= x.gpu.gpus_per_node;
  const dpBandwidth = (sameNode ? x.gpu.intra_node_gbps : x.gpu.inter_node_gbps) * 1e9 * COLLECTIVE_EFFICIENCY;

  // Data parallel: bytes each GPU sends per micro-batch (ring collectives move (n-1)/n of the buffer per GPU).
  let dp = 1;
  if (x.data_parallel > 1) {
    const ring = (x.data_parallel - 1) / x.data_parallel;
    const isLora = x.method === 'lora' || x.method === 'qlora';
    const w16 = x.parameters_per_gpu * 2;
    const g16 = x.trained_per_gpu * (isLora ? 4 : 2);
    const perMicro =
      x.zero === 3
        ? (2 * w16 + g16) * ring // gather weights for forward and backward, reduce-scatter gradients
        : (2 * g16 * ring) / Math.max(1, x.micro_batches); // one all-reduce per optimizer step
    const comm = perMicro / dpBandwidth;
    dp = computePerMicro / (Math.max(computePerMicro, comm) + (1 - DP_OVERLAP) * Math.min(computePerMicro, comm));
  }

  // Tensor parallel: 4 all-reduces of b·s·h 16-bit activations per layer and micro-batch (6 with recomputation,
  // approximated by the hardware/model FLOPs ratio), inside one node.
  let tp = 1;
  if (x.tensor > 1) {
    const layersHere = x.arch.layers / x.pipeline;
    const bytes = layersHere * 4 * (x.hardware_flops_per_token / x.model_flops_per_token) * 2 * ((x.tensor - 1) / x.tensor) * tokensPerMicro * x.arch.hidden_size * 2;
    const comm = bytes / (x.gpu.intra_node_gbps * 1e9 * COLLECTIVE_EFFICIENCY);
    tp = computePerMicro / (computePerMicro + TP_EXPOSED * comm);
  }

  const v = Math.min(VIRTUAL_STAGES, Math.max(1, Math.floor(x.arch.layers / x.pipeline)));
  const pipeline = x.pipeline > 1 ? (v * x.micro_batches) / (v * x.micro_batches + x.pipeline - 1) : 1;
  const method = x.method === 'qlora' ? QLORA_FACTOR : 1;
  const hfu = kernel * dp * tp * pipeline * method;
  return { kernel, data_parallel: dp, tensor_parallel: tp, pipeline, method, hfu, mfu: (hfu * x.model_flops_per_token) / x.hardware_flops_per_token };
}
