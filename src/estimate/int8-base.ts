import type { Architecture } from '../catalog/architecture.js';
import type { Checkpointing } from '../manifest/types.js';
import { layerModules, type ParameterCounts } from './parameters.js';

/**
 * LoRA over an 8-bit base: bitsandbytes' LLM.int8 (`load_in_8bit`, LLaMA-Factory `quantization_bit: 8`).
 *
 * Memory. Each frozen linear weight is kept as int8 (`weight.CB`, 1 byte) with one fp32 scale per output row
 * (`weight.SCB`): vector-wise quantisation, Dettmers et al. 2022, "LLM.int8()", §3.1; the names as in Hugging
 * Face's integration post, github.com/huggingface/blog/blob/7f66c85aa377/hf-bitsandbytes-integration.md. The
 * embeddings, norms and the output layer stay in 16 bits (the integration converts nn.Linear layers and leaves
 * `lm_head` out). The backward pass of a frozen 8-bit layer dequantises its weight into a 16-bit copy before the
 * input-gradient matmul (`CB = state.CB.to(ctx.dtype_A, copy=True).mul_(state.SCB ...)` in MatMul8bitLt.backward,
 * github.com/bitsandbytes-foundation/bitsandbytes/blob/60a0d8a5084f/bitsandbytes/autograd/_functions.py): one
 * layer's largest matrix in 16 bits is held at a time.
 *
 * Time. The forward matmuls run as int8 with the outlier columns decomposed into a 16-bit matmul; Hugging Face
 * measured BLOOM-176B generation with LLM.int8 "about 15% to 23% slower than the fp16 version" (same post, "Is it
 * faster than native models?", and slower still for T5-3B/11B). The estimate takes the middle, 19%, for the base's
 * forward matmuls (twice under full recomputation); the backward's input gradient runs in 16 bits on the
 * dequantised copy. For small models the post measured larger slowdowns, so there the time is a lower bound.
 */
export const INT8_FORWARD_SLOWDOWN = 1.19;
/** One fp32 scale per output row of each quantised weight (SCB). */
const SCALE_BYTES = 4;

/** Output rows of the quantised linear weights of the whole model (each gets an fp32 scale). */
function quantisedRows(a: Architecture): number {
  const rows = (dense: boolean) => layerModules(a, dense).filter((m) => m.name !== 'router').reduce((s, m) => s + m.d_out * m.copies, 0);
  const denseLayers = a.experts > 1 ? a.dense_layers ?? 0 : a.layers;
  return denseLayers * rows(true) + (a.layers - denseLayers) * (a.experts > 1 ? rows(false) : 0);
}

/** Bytes per quantised base weight: 1 for the int8 value plus its share of the row scales. */
export function int8BytesPerParam(a: Architecture, counts: ParameterCounts): number {
  return 1 + (SCALE_BYTES * quantisedRows(a)) / counts.layer_linear;
}

/** The 16-bit copy one backward step dequantises: the layer's largest linear weight, split by tensor parallelism. */
export function int8DequantisedCopyBytes(a: Architecture, tensor: number): number {
  const largest = Math.max(...layerModules(a, true).concat(a.experts > 1 ? layerModules(a, false) : []).map((m) => m.d_in * m.d_out));
  return (largest * 2) / tensor;
}

/**
 * The int8 forward matmuls' extra time, as extra 16-bit FLOPs per token: (slowdown - 1) x 2 FLOPs per active
 * base linear weight, once more when full recomputation reruns the forward pass.
 */
export function int8ExtraFlopsPerToken(counts: ParameterCounts, checkpointing: Checkpointing): number {
  const forwards = checkpointing === 'full' ? 2 : 1;
  return (INT8_FORWARD_SLOWDOWN - 1) * 2 * counts.active_layer_linear * forwards;
}

/** What the report says about an 8-bit base. */
export const int8BaseAssumption = `8-bit base (LLM.int8): linear weights at 1 byte plus an fp32 scale per row, embeddings, norms and output layer at 16 bits, one layer dequantised to 16 bits in the backward pass; the base's forward matmuls ${Math.round((INT8_FORWARD_SLOWDOWN - 1) * 100)}% slower than 16-bit (Hugging Face measured 15-23% on BLOOM-176B; more on small models, where the time is a lower bound)`;
