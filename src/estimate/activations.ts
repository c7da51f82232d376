import type { Architecture } from '../catalog/architecture.js';
import type { Checkpointing } from '../manifest/types.js';
import { headDim, layerModules } from './parameters.js';

/**
 * Activation elements one token leaves in memory for the backward pass of one layer (Korthikanti et al. 2022,
 * "Reducing Activation Recomputation in Large Transformer Models", §4.1: 34·s·b·h + 5·a·s²·b bytes per layer for
 * GPT-3, generalised here to grouped-query attention, gated MLPs of any width, mixtures of experts and no dropout):
 *  - attention: the norm output (h), Q (heads·d), K and V (2·kv_heads·d), the attention output (heads·d);
 *  - without FlashAttention (Dao et al. 2022) or selective recomputation: the softmax output, heads·s per token;
 *  - gated MLP: the norm output (h), the gate and up outputs and their product (3f): a fused SwiGLU kernel
 *    (Megatron-LM's bias_swiglu_impl, Liger's LigerSiLUMulFunction, torch.compile's fusion) saves its two inputs
 *    and recomputes silu(gate) in the backward pass instead of keeping it; plain MLP: h + 2f. A MoE token passes
 *    through experts_per_token routed experts plus the shared ones;
 *  - the residual inputs of the two norms (2h).
 */
export function activationElementsPerToken(a: Architecture, seq: number, attentionMatrix: boolean): number {
  const qkDim = a.mla ? a.mla.qk_nope_head_dim + a.mla.qk_rope_head_dim : headDim(a);
  const vDim = a.mla ? a.mla.v_head_dim : headDim(a);
  const kvHeads = a.mla ? a.attention_heads : a.kv_heads;
  const attention = a.hidden_size + a.attention_heads * qkDim + kvHeads * (qkDim + vDim) + a.attention_heads * vDim + (attentionMatrix ? a.attention_heads * seq : 0);
  const perExpert = (a.gated_mlp ? 3 : 2) * a.intermediate_size;
  const experts = a.experts > 1 ? a.experts_per_token + (a.shared_experts ?? 0) : 1;
  const mlp = a.hidden_size + experts * perExpert;
  return attention + mlp + 2 * a.hidden_size;
}

/**
 * Elements per token and layer that op-level selective activation checkpointing keeps with FlashAttention
 * (PyTorch's `create_selective_checkpoint_contexts` with torchtitan's policy, torchtitan
 * parallelize_llama.py `_save_list`): the layer's input, the attention kernel's output, and the output of every
 * other matmul in the order the layer runs them (q, k, v, o, gate, up, down); everything else is recomputed.
 */
export function selectiveElementsPerToken(a: Architecture): number {
  // A pure function of the architecture, asked once per memory evaluation (the planner makes thousands): kept
  // per architecture object, which nothing mutates once resolved.
  let n = selectiveCache.get(a);
  if (n === undefined) selectiveCache.set(a, (n = selectiveElements(a)));
  return n;
}
const selectiveCache = new WeakMap<Architecture, number>();

function selectiveElements(a: Architecture): number {
  const vDim = a.mla ? a.mla.v_head_dim : headDim(a);
  const outputs: number[] = [];
  for (const m of layerModules(a)) {
    if (m.name === 'router') continue;
    for (let i = 0; i < m.active; i++) outputs.push(m.d_out);
  }
  const everyOther = outputs.filter((_, i) => i % 2 === 0).reduce((s, x) => s + x, 0);
  return a.hidden_size + a.attention_heads * vDim + everyOther;
}

/**
 * Of a layer's activations, the part every tensor-parallel rank keeps whole when sequence parallelism is off:
 * the two norms' inputs and outputs (4h per token; Korthikanti et al. 2022, eq. 1 against eq. 2: the layer-norm
 * and dropout terms are not split by t without sequence parallelism). Under selective or full recomputation the
 * layer's saved input (h) is the replicated part.
 */
export function replicatedElementsPerToken(a: Architecture, checkpointing: Checkpointing): number {
  return checkpointing === 'none' ? 4 * a.hidden_size : a.hidden_size;
}
