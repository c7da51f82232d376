import type { Architecture } from '../catalog/architecture.js';
import type { Checkpointing, Method } from '../manifest/types.js';
import { headDim, type ParameterCounts } from './parameters.js';

/**
 * Training FLOPs per token.
 *
 * Model FLOPs (what MFU counts, Chowdhery et al. 2022, PaLM, Appendix B): 6N for the matmuls of N active
 * parameters (2N forward, 4N backward: gradients with respect to activations and to weights) plus the attention
 * term 12·L·s·d_attn (QK^T and AV, forward and backward, over the full s x s matrix by PaLM's convention). N counts
 * the weights a token is multiplied by: the transformer layers' active linear weights and the output head; the
 * input embedding is a lookup.
 *
 * LoRA and QLoRA skip the weight gradients of the frozen base (2N of the 6N) and add 6 FLOPs per adapter
 * parameter (Hu et al. 2021): 4N + 6T.
 *
 * Hardware FLOPs add recomputation: full activation checkpointing runs the forward pass again (+2N and +4·L·s·d);
 * selective recomputation reruns only the attention core (+4·L·s·d) (Korthikanti et al. 2022, §5).
 */
export interface FlopsPerToken {
  model: number;
  hardware: number;
  /** The part of `hardware` spent in the attention core (QK^T and AV, with their recomputation): it runs at 16 bits even in fp8 training. */
  attention: number;
}

export function attentionWidth(a: Architecture): number {
  if (a.mla) return (a.attention_heads * (a.mla.qk_nope_head_dim + a.mla.qk_rope_head_dim) + a.attention_heads * a.mla.v_head_dim) / 2;
  return a.attention_heads * headDim(a);
}

export function flopsPerToken(a: Architecture, counts: ParameterCounts, seq: number, method: Method, trainable: number, checkpointing: Checkpointing): FlopsPerToken {
  const n = counts.active_layer_linear + counts.lm_head;
  const attentionForward = 4 * a.layers * seq * attentionWidth(a);
  const isLora = method === 'lora' || method === 'qlora';
  const model = (isLora ? 4 * n + 6 * trainable : 6 * n) + 3 * attentionForward;
  const recompute = checkpointing === 'full' ? 2 * n + attentionForward : checkpointing === 'selective' ? attentionForward : 0;
  const attentionRecompute = checkpointing === 'none' ? 0 : attentionForward;
  return { model, hardware: model + recompute, attention: 3 * attentionForward + attentionRecompute };
}
