import type { Accelerator } from '../catalog/accelerators.js';
import type { Architecture } from '../catalog/architecture.js';
import type { Checkpointing, Loss, Method, Offload, Optimizer, Precision } from '../manifest/types.js';
import { activationElementsPerToken, replicatedElementsPerToken, selectiveElementsPerToken } from './activations.js';
import { lossBytesPerLogit } from './loss.js';
import { expertParameters, type ParameterCounts } from './parameters.js';
import { int8BytesPerParam, int8DequantisedCopyBytes } from './int8-base.js';

export { activationElementsPerToken } from './activations.js';

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
export function optimizerBytes(optimizer: Optimizer, precision: Precision, masterWeights = true): number {
  if (!masterWeights && precision !== 'fp32') return PURE_16BIT_STATE_BYTES[optimizer];
  return OPTIMIZER_STATE_BYTES[optimizer] + (precision === 'fp32' ? 0 : 4);
}

/**
 * Pure 16-bit training (no fp32 master copy: torchtune's `dtype: bf16` recipes): the optimizer keeps its
 * states in the parameters' dtype, so AdamW's two moments take 2 bytes each (torch.optim.AdamW allocates them
 * with `torch.zeros_like(param)`), 8-bit Adam still 1 each, SGD-momentum and Lion one 2-byte state.
 */
const PURE_16BIT_STATE_BYTES: Record<Optimizer, number> = { adamw: 4, adamw_8bit: 2, adafactor: 0, sgd: 2, lion: 2 };

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
export const CONTEXT_BYTES = 1 * GIB;
export const NCCL_BYTES = 0.5 * GIB;
export const FRAGMENTATION = 0.05;

/**
 * How far below a measured peak the model has come out on the memory calibration (docs/methodology.md: lowest
 * ratio 0.82, torchtitan's 70B 2D run): a job that fits with less spare than this share of its estimate is
 * reported as within the model's error.
 */
export const MEMORY_UNDERESTIMATE = 0.2;

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
  /** The loss's logits: standard (default), chunked or fused. */
  loss?: Loss;
  /** false: pure 16-bit training, no fp32 master copy (default true). */
  master_weights?: boolean;
  /** Each gradient is applied and freed during the backward pass (default false). */
  optimizer_in_backward?: boolean;
  /** With tensor parallelism, norms and residuals split along the sequence (default true). */
  sequence_parallel?: boolean;
  /** 8: method lora over a bitsandbytes LLM.int8 base (int8-base.ts); absent: 16-bit. */
  base_bits?: 8;
  /** Preference training's frozen reference model (preference.ts): a second copy of the weights, and its logits. */
  reference?: { weights: boolean; logits: boolean };
}

/** How the job is split: tensor x pipeline x data-parallel ranks, the ZeRO stage, and expert parallelism. */
export interface Split {
  tensor: number;
  pipeline: number;
  data_parallel: number;
  zero: 0 | 1 | 2 | 3;
  /** Expert-parallel degree: routed experts sharded over this many of the data-parallel ranks (default 1). */
  expert?: number;
  /** Micro-batches per optimizer step on each pipeline (gradient accumulation); default 1. */
  micro_batches?: number;
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
 * Parameters on the most loaded GPU: its pipeline stage's layers (embedding or head included), split by tensor
 * parallelism, and with `expert`-way expert parallelism only 1/expert of the stage's routed experts.
 */
export function parametersPerGpu(counts: ParameterCounts, a: Architecture, tensor: number, pipeline: number, expert = 1): number {
  return parametersOnGpu(counts, a, archTerms(a).experts, tensor, pipeline, expert);
}

/** parametersPerGpu with the architecture's routed-expert weights (expertParameters) already worked out. */
function parametersOnGpu(counts: ParameterCounts, a: Architecture, expertWeights: number, tensor: number, pipeline: number, expert: number): number {
  return parametersOnStage(counts, a, expertWeights, pipeline <= 1 ? 1 : Math.ceil(a.layers / pipeline) / a.layers, tensor, pipeline, expert);
}

/** parametersOnGpu with the stage's share of the layers (`stageShare`) already worked out. */
function parametersOnStage(counts: ParameterCounts, a: Architecture, expertWeights: number, stageShare: number, tensor: number, pipeline: number, expert: number): number {
  const experts = expertWeights * stageShare;
  const expertSaving = expert > 1 ? (experts - experts / expert) / tensor : 0;
  if (pipeline <= 1) return counts.total / tensor - expertSaving;
  const layerParams = counts.total - counts.embedding - (a.tied_embeddings ? 0 : counts.lm_head);
  return (layerParams * stageShare + Math.max(counts.embedding, counts.lm_head)) / tensor - expertSaving;
}

export function memoryPerGpu(m: MemoryInput, split: Split): MemoryBreakdown {
  // The planner makes about a thousand of these per push run, all in V8's interpreter, which boxes every
  // fractional result: the inputs are read once, the stage's share once, and no helper closure is made per call.
  const a = m.arch;
  const counts = m.counts;
  const tensor = split.tensor;
  const pipeline = split.pipeline;
  const zero = split.zero;
  const ep = Math.max(1, split.expert ?? 1);
  const mp = tensor * pipeline;
  const nd = Math.max(1, split.data_parallel);
  const masterWeights = m.master_weights ?? true;
  const terms = archTerms(a);
  const stageShare = pipeline <= 1 ? 1 : Math.ceil(a.layers / pipeline) / a.layers;
  const psi = parametersOnStage(counts, a, terms.experts, stageShare, tensor, pipeline, ep);
  // Routed experts on this GPU are sharded by ZeRO over the expert-data-parallel group (nd / ep ranks), the
  // rest over all nd (DeepSpeed-MoE, Rajbhandari et al. 2022 §5; Megatron-LM's expert data-parallel group).
  const psiExperts = (terms.experts * stageShare) / tensor / ep;
  const ndExperts = Math.max(1, nd / ep);
  const wb = WEIGHT_BYTES[m.precision];
  // The unit ZeRO-3/FSDP gathers, and the gradients one layer produces: with expert parallelism a layer holds
  // 1/ep of its routed experts.
  const layerExperts = terms.layerExperts;
  const layerOnGpu = (counts.largest_layer - layerExperts + layerExperts / ep) / tensor;
  // With pipeline parallelism FSDP does not reshard a stage's weights between micro-batches (torchtitan sets
  // reshard_after_forward=False when pipelining): the stage keeps its weights whole for the step.
  const keepsStage = zero === 3 && pipeline > 1;
  const shardsWeights = zero === 3 && !keepsStage;
  const gathered = shardsWeights ? 2 * layerOnGpu * wb : 0; // ZeRO-3/FSDP: this layer and the prefetched next

  let weights: number;
  let gradients: number;
  let optimizer: number;
  const method = m.method;
  const onGpu = m.offload === 'none';

  if (method === 'lora' || method === 'qlora') {
    // The frozen base is sharded only by ZeRO-3/FSDP; QLoRA keeps its linear weights in 4-bit NF4, and FSDP
    // shards those too (torchtune's and Answer.AI's FSDP + QLoRA shard the packed 4-bit storage).
    let dense: number;
    let experts: number;
    if (method === 'qlora') {
      const quantised = (counts.layer_linear * stageShare) / tensor - (psiExperts * ep - psiExperts);
      experts = psiExperts * NF4_BYTES_PER_PARAM;
      dense = (quantised - psiExperts) * NF4_BYTES_PER_PARAM + Math.max(0, psi - quantised) * 2;
    } else if (m.base_bits === 8) {
      // LLM.int8 base (int8-base.ts): the linear weights as int8 with row scales, the rest 16-bit.
      const quantised = (counts.layer_linear * stageShare) / tensor - (psiExperts * ep - psiExperts);
      experts = psiExperts * int8BytesPerParam(a, counts);
      dense = (quantised - psiExperts) * int8BytesPerParam(a, counts) + Math.max(0, psi - quantised) * wb + int8DequantisedCopyBytes(a, tensor);
    } else {
      experts = psiExperts * wb;
      dense = psi * wb - experts;
    }
    // Adapters: PEFT keeps them in fp32 beside a 16-bit base (autocast_adapter_dtype), 4 + 4 bytes plus fp32
    // optimizer states; pure 16-bit training (torchtune, the QLoRA repository's bf16 adapters) keeps adapter,
    // gradient and states in 16 bits.
    const aw = masterWeights ? 4 : 2;
    const ao = onGpu ? (masterWeights ? OPTIMIZER_STATE_BYTES[m.optimizer] : optimizerBytes(m.optimizer, m.precision, false)) : 0;
    const adapters = modelStates(m.trainable / mp, aw, aw, ao, zero, nd);
    weights = shard(dense, experts, shardsWeights, nd, ndExperts) + adapters.weights + gathered * (method === 'qlora' ? NF4_BYTES_PER_PARAM / wb : 1);
    gradients = adapters.gradients;
    optimizer = adapters.optimizer;
  } else {
    const g = m.precision === 'fp32' ? 4 : 2;
    const o = optimizerBytes(m.optimizer, m.precision, masterWeights);
    const dense = psi - psiExperts;
    weights = m.offload === 'optimizer_and_params' ? gathered : shard(dense * wb, psiExperts * wb, shardsWeights, nd, ndExperts) + gathered;
    gradients = shard(dense * g, psiExperts * g, zero >= 2, nd, ndExperts);
    optimizer = onGpu ? shard(dense * o, psiExperts * o, zero >= 1, nd, ndExperts) : 0;
    // ZeRO-Offload moves each gradient to the CPU as the backward pass produces it (Ren et al. 2021, §4.1), and
    // an optimizer fused into the backward pass applies and frees it (torchtune's optimizer_in_bwd, PyTorch's
    // register_post_accumulate_grad_hook): either way about one layer's gradients are on the GPU at a time.
    if (!onGpu || m.optimizer_in_backward) gradients = Math.min(gradients, layerOnGpu * g);
  }
  // The reference model of a full-fine-tune preference job: 16-bit weights, sharded like the policy's only under ZeRO-3.
  const reference = m.reference;
  if (reference?.weights) weights += shard(psi - psiExperts, psiExperts, shardsWeights, nd, ndExperts) * wb;

  const precision = m.precision;
  const ckpt = m.checkpointing;
  const flash = m.flash_attention;
  const seq = m.sequence_length;
  const ab = ACTIVATION_BYTES[precision];
  const tokens = seq * m.micro_batch_size;
  const sp = (m.sequence_parallel ?? true) || tensor === 1;
  // Without the attention matrix the elements do not depend on the sequence (archTerms).
  const whole = !flash && ckpt === 'none' ? activationElementsPerToken(a, seq, true) : terms.elements;
  let kept: number;
  if (ckpt === 'full') kept = a.hidden_size;
  else if (ckpt === 'selective') kept = flash ? (terms.selective ??= selectiveElementsPerToken(a)) : terms.elements;
  else kept = whole;
  const replicated = sp ? 0 : replicatedElementsPerToken(a, ckpt);
  const perLayer = ((kept - replicated) / tensor + replicated) * tokens * ab;
  // Recomputation rebuilds one layer at a time during the backward pass.
  const rebuilt = ckpt === 'none' ? 0 : (whole / tensor) * tokens * ab;
  const stageLayers = Math.ceil(a.layers / pipeline);
  // 1F1B pipeline schedule: the first stage holds activations for `pipeline` micro-batches in flight
  // (Narayanan et al. 2021), fewer when a step has fewer micro-batches; the last stage one, and the loss.
  const micro = Math.max(1, split.micro_batches ?? 1);
  const inFlight = pipeline > 1 ? Math.min(pipeline, micro) : 1;
  const vocab = a.vocab_size;
  const loss = (tokens * vocab * lossBytesPerLogit(m.loss ?? 'standard', ab)) / tensor;
  // A reference model's forward runs after the policy's and materialises its 16-bit logits beside them (TRL
  // reduces them to log-probs row by row: selective_log_softmax, preference.ts).
  const referenceLogits = reference?.logits ? (tokens * vocab * ab) / tensor : 0;
  const lastStage = stageLayers * perLayer + rebuilt + loss + referenceLogits;
  const activations = pipeline > 1 ? Math.max(stageLayers * inFlight * perLayer + rebuilt, lastStage) : lastStage;

  // The backward pass frees each layer's activations as it produces that layer's gradients: at its start all
  // activations and the loss are held, at its end all gradients. Only when gradients persist across
  // micro-batches (gradient accumulation, pipelining) are both held at once.
  const work = micro > 1 ? gradients + activations : Math.max(gradients + rebuilt, activations);
  const held = weights + optimizer + work;
  const overhead = CONTEXT_BYTES + (mp * nd > 1 ? NCCL_BYTES : 0) + FRAGMENTATION * held;
  return { weights, gradients, optimizer, activations, overhead, total: held + overhead };
}

/**
 * Model states `dense` and routed `experts`, sharded (`on`) over the data-parallel ranks, the experts over the
 * expert-data-parallel group, or whole. Without routed experts (0) the sum adds nothing, so it is left out.
 */
function shard(dense: number, experts: number, on: boolean, nd: number, ndExperts: number): number {
  if (experts === 0) return on ? dense / nd : dense;
  return on ? dense / nd + experts / ndExperts : dense + experts;
}

/**
 * What memoryPerGpu reads of an architecture besides its plain fields, the same for every split and set-up: the
 * routed experts' weights (expertParameters), their share in one MoE layer, the activation elements per token
 * without the attention matrix (activationElementsPerToken, which then does not read the sequence) and, when
 * asked, under selective recomputation. The planner makes thousands of memory evaluations of one job, so they are
 * worked out once per architecture object (nothing mutates one once resolved) and kept for the last one asked:
 * the same expressions on the same values, so the same numbers.
 */
interface ArchTerms {
  arch: Architecture;
  experts: number;
  layerExperts: number;
  elements: number;
  selective?: number;
}
let lastTerms: ArchTerms | null = null;
function archTerms(a: Architecture): ArchTerms {
  if (lastTerms !== null && lastTerms.arch === a) return lastTerms;
  const experts = expertParameters(a);
  return (lastTerms = { arch: a, experts, layerExperts: a.experts > 1 ? experts / (a.layers - (a.dense_layers ?? 0)) : 0, elements: activationElementsPerToken(a, 0, false) });
}

/**
 * A floor under memoryPerGpu's total, from the parts of two other evaluations of it: `states` (weights, gradients,
 * optimizer states) of one with the same split, ZeRO stage and offload, at as many GPUs or more, and `activations`
 * of one with the same split, micro-batch and recomputation, at as many GPUs or more. The states depend on neither
 * the micro-batch nor recomputation, the activations on neither ZeRO nor offload, and neither grows as GPUs are
 * added (ZeRO shards over more ranks; fewer micro-batches in flight on a pipeline). memoryPerGpu holds the weights,
 * the optimizer states and at least the larger of the gradients and the activations (`work`), with the
 * fragmentation share on them, and the CUDA context; 1e-9 is taken off for rounding. The planner rules out with it,
 * unmeasured, the set-ups that fit at no count.
 */
export function memoryFloor(states: Pick<MemoryBreakdown, 'weights' | 'gradients' | 'optimizer'>, activations: number): number {
  return (CONTEXT_BYTES + (1 + FRAGMENTATION) * (states.weights + states.optimizer + Math.max(states.gradients, activations))) * (1 - 1e-9);
}

export function capacityBytes(gpu: Accelerator): number {
  return gpu.memory_gib * GIB;
}
