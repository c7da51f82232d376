import type { Accelerator } from '../catalog/accelerators.js';
import type { Architecture } from '../catalog/architecture.js';
import type { Checkpointing, Method, Offload, Optimizer, Precision } from '../manifest/types.js';
import { headDim, type ParameterCounts } from './parameters.js';

export const GIB = 2 ** 30;

/** Bytes of one weight in the precision the GPU computes in. fp8 (Transformer Engine) keeps a bf16 copy and an fp8 cache. */
export const WEIGHT_BYTES: Record<Precision, number> = { fp32: 4, fp16: 2, bf16: 2, fp8: 3 };

/**
 * Optimizer-state bytes per trained parameter, including the fp32 master copy that mixed precision keeps
 * (Micikevicius et al. 2018). Mixed-precision Adam: fp32 master 4 + momentum 4 + variance 4 = 12 bytes, the
 * "K = 12" of the ZeRO paper (Rajbhandari et al. 2020, §3.1). 8-bit Adam stores both moments in one byte each
 * (Dettmers et al. 2022); Adafactor factors the second moment into row and column vectors and keeps no first
 * moment by default (Shazeer & Stern 2018), so only the master copy is left; SGD with momentum and Lion (Chen et
 * al. 2023) keep one fp32 state. In pure fp32 training there is no separate master copy.
 */
const OPTIMIZER_STATE_BYTES: Record<Optimizer, number> = { adamw: 8, adamw_8bit: 2, adafactor: 0, sgd: 4, lion: 4 };
export function optimizerBytes(optimizer: Optimizer, precision: Precision): number {
  return OPTIMIZER_STATE_BYTES[optimizer] + (precision === 'fp32' ? 0 : 4);
}

/**
 * QLoRA stores the frozen linear weights as 4-bit NormalFloat with double quantisation: 4 bits plus 0.127 bits
 * of quantisation constants per parameter (Dettmers et al. 2023, §3 "Double Quantization"). Embeddings, the
 * output head and norms stay in 16 bits (bitsandbytes quantises nn.Linear layers only).
 */
export const NF4_BYTES_PER_PARAM = (4 + 0.127) / 8;

/** Activations and the loss are kept in 16 bits in mixed precision, 32 in fp32. */
const ACTIVATION_BYTES: Record<Precision, number> = { fp32: 4, fp16: 2, bf16: 2, fp8: 2 };

/**
 * Fixed per-GPU overhead: the CUDA context, cuBLAS/cuDNN workspaces and loaded kernels take about 1 GiB
 * (Hugging Face's "Model training anatomy" measures ~1.3 GB on a V100 before any tensor). The other two are
 * allowances of ours, not measurements: 0.5 GiB once a job spans several GPUs for NCCL's channel buffers
 * (NCCL_BUFFSIZE, 4 MiB per channel and peer) and the frameworks' gradient buckets (DDP/FSDP: 25 MB each), and
 * 5% of what the caching allocator holds for fragmentation.
 */
const CONTEXT_BYTES = 1 * GIB;
const NCCL_BYTES = 0.5 * GIB;
const FRAGMENTATION = 0.05;

/**
 * Model states per GPU under ZeRO (Rajbhandari et al. 2020, §5, Figure 1): Ψ parameters, each with w bytes of
 * weights, g of gradients and o of optimizer state, over N_d data-parallel ranks. Stage 1 shards the optimizer
 * states, stage 2 the gradients too, stage 3 the weights too.
 */
export function modelStates(psi: number, w: number, g: number, o: number, zero: 0 | 1 | 2 | 3, nd: number) {
  return {
    weights: (psi * w) / (zero === 3 ? nd : 1),
    gradients: (psi * g) / (zero >= 2 ? nd : 1),
    optimizer: (psi * o) / (zero >= 1 ? nd : 1),
  };
}

export interface MemoryInput {
  arch: Architecture;
  counts: ParameterCounts;
  method: Method;
  precision: Precision;
  optimizer: Optimizer;
  trainable: number;
  sequence_length: number;
  micro_batch_size: number;
  checkpointing: Checkpointing;
  flash_attention: boolean;
  offload: Offload;
}

/** How the job is split: tensor x pipeline x data-parallel ranks and the ZeRO stage. */
export interface Split {
  tensor: number;
  pipeline: number;
  data_parallel: number;
  zero: 0 | 1 | 2 | 3;
}

export interface MemoryBreakdown {
  weights: number;
  gradients: number;
  optimizer: number;
  activations: number;
  overhead: number;
  total: number;
}

/**
 * Activation bytes one token leaves in memory for the backward pass of one layer, 16-bit (Korthikanti et al.
 * 2022, "Reducing Activation Recomputation in Large Transformer Models", §4.1: 34·s·b·h + 5·a·s²·b per layer for
 * GPT-3, generalised here to grouped-query attention, gated MLPs of any width, mixtures of experts and no dropout):
 *  - attention: the norm output (h), Q (heads·d), K and V (2·kv_heads·d), the attention output (heads·d);
 *  - without FlashAttention (Dao et al. 2022) or selective recomputation: the softmax output, heads·s per token;
 *  - gated MLP: the norm output (h), gate and up outputs, the activation and the product (4f); plain MLP: h + 2f;
 *    a MoE token passes through experts_per_token experts;
 *  - the residual inputs of the two norms (2h).
 */
export function activationElementsPerToken(a: Architecture, seq: number, attentionMatrix: boolean): number {
  const qkDim = a.mla ? a.mla.qk_nope_head_dim + a.mla.qk_rope_head_dim : headDim(a);
  const vDim = a.mla ? a.mla.v_head_dim : headDim(a);
  const kvHeads = a.mla ? a.attention_heads : a.kv_heads;
  const attention = a.hidden_size + a.attention_heads * qkDim + kvHeads * (qkDim + vDim) + a.attention_heads * vDim + (attentionMatrix ? a.attention_heads * seq : 0);
  const perExpert = (a.gated_mlp ? 4 : 2) * a.intermediate_size;
  const experts = a.experts > 1 ? a.experts_per_token + (a.shared_experts ?? 0) : 1;
  const mlp = a.hidden_size + experts * perExpert;
  return attention + mlp + 2 * a.hidden_size;
}

/** Parameters on the most loaded GPU: its pipeline stage's layers (embedding or head included), split by tensor parallelism. */
export function parametersPerGpu(counts: ParameterCounts, a: Architecture, tensor: number, pipeline: number): number {
  if (pipeline <= 1) return counts.total / tensor;
  const layerParams = counts.total - counts.embedding - (a.tied_embeddings ? 0 : counts.lm_head);
  const stageLayers = Math.ceil(a.layers / pipeline) / a.layers;
  return (layerParams * stageLayers + Math.max(counts.embedding, counts.lm_head)) / tensor;
}

export function memoryPerGpu(m: MemoryInput, split: Split): MemoryBreakdown {
  const { arch: a, counts } = m;
  const { tensor, pipeline, data_parallel, zero } = split;
  const mp = tensor * pipeline;
  const nd = Math.max(1, data_parallel);
  const psi = parametersPerGpu(counts, a, tensor, pipeline);
  const wb = WEIGHT_BYTES[m.precision];
  const gathered = zero === 3 ? 2 * (counts.largest_layer / tensor) * wb : 0; // ZeRO-3/FSDP: this layer and the prefetched next

  let weights: number;
  let gradients: number;
  let optimizer: number;
  const onGpu = m.offload === 'none';

  if (m.method === 'lora' || m.method === 'qlora') {
    // The frozen base is sharded only by ZeRO-3; QLoRA keeps its linear weights in 4-bit NF4.
    let base: number;
    if (m.method === 'qlora') {
      const quantised = counts.layer_linear / mp;
      base = quantised * NF4_BYTES_PER_PARAM + Math.max(0, psi - quantised) * 2;
    } else {
      base = psi * wb;
    }
    // Adapters train in fp32 (PEFT keeps them so under autocast): 4 bytes weight, 4 gradient, plus optimizer state.
    const adapters = modelStates(m.trainable / mp, 4, 4, onGpu ? OPTIMIZER_STATE_BYTES[m.optimizer] : 0, zero, nd);
    weights = base / (zero === 3 ? nd : 1) + adapters.weights + (zero === 3 ? gathered * (m.method === 'qlora' ? NF4_BYTES_PER_PARAM / wb : 1) : 0);
    gradients = adapters.gradients;
    optimizer = adapters.optimizer;
  } else {
    const states = modelStates(psi, wb, m.precision === 'fp32' ? 4 : 2, onGpu ? optimizerBytes(m.optimizer, m.precision) : 0, zero, nd);
    weights = m.offload === 'optimizer_and_params' ? gathered : states.weights + gathered;
    gradients = states.gradients;
    optimizer = states.optimizer;
  }

  const ab = ACTIVATION_BYTES[m.precision];
  const tokens = m.sequence_length * m.micro_batch_size;
  const attentionMatrix = !m.flash_attention && m.checkpointing === 'none';
  const perLayer = activationElementsPerToken(a, m.sequence_length, attentionMatrix) * tokens * ab / tensor;
  const stageLayers = Math.ceil(a.layers / pipeline);
  // 1F1B pipeline schedule: the first stage holds activations for `pipeline` micro-batches in flight (Narayanan et al. 2021).
  const inFlight = pipeline;
  let activations: number;
  if (m.checkpointing === 'full') {
    // Only each layer's input is kept; one layer's activations are rebuilt at a time during the backward pass.
    activations = stageLayers * inFlight * (a.hidden_size * tokens * ab) / tensor + perLayer;
  } else {
    activations = stageLayers * inFlight * perLayer;
  }
  // Logits for the loss: one 16-bit (32 in fp32) value per vocabulary entry per token, on the last stage.
  activations += (tokens * a.vocab_size * ab) / tensor;

  const held = weights + gradients + optimizer + activations;
  const overhead = CONTEXT_BYTES + (tensor * pipeline * nd > 1 ? NCCL_BYTES : 0) + FRAGMENTATION * held;
  return { weights, gradients, optimizer, activations, overhead, total: held + overhead };
}

export function capacityBytes(gpu: Accelerator): number {
  return gpu.memory_gib * GIB;
}
