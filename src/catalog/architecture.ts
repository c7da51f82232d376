/**
 * The shape of a decoder-only transformer, in the terms of a Hugging Face config.json. Everything the estimator
 * needs to count parameters, FLOPs and activation bytes.
 */
export interface Architecture {
  layers: number;
  hidden_size: number;
  /** FFN width; for mixture-of-experts models, the width of each routed expert. */
  intermediate_size: number;
  attention_heads: number;
  /** Key/value heads (grouped-query attention); equals attention_heads for multi-head attention. */
  kv_heads: number;
  vocab_size: number;
  tied_embeddings: boolean;
  /** true: SwiGLU/GeGLU, three matrices per MLP; false: the plain two-matrix MLP (GPT-2/3, BLOOM, Falcon). */
  gated_mlp: boolean;
  /** Routed experts per MoE layer (1 = dense). */
  experts: number;
  experts_per_token: number;
  /** Per-head width when it is not hidden_size / attention_heads (Gemma 2). */
  head_dim?: number;
  /** Learned absolute position embeddings (GPT-2/3): their count. */
  position_embeddings?: number;
  /** Linear layers carry biases: 'all' (GPT-2), 'qkv' (Qwen2), none otherwise. */
  bias?: 'all' | 'qkv';
  /** Normalisation weights per layer: RMSNorm has one vector, LayerNorm two; Gemma 2 has four norms. */
  norm?: 'rms' | 'layer';
  norms_per_layer?: number;
  /** DeepSeek-style MoE: shared experts beside the routed ones, and the first layers dense. */
  shared_experts?: number;
  dense_layers?: number;
  dense_intermediate_size?: number;
  /** DeepSeek multi-head latent attention (MLA) ranks and head widths. */
  mla?: { q_lora_rank: number; kv_lora_rank: number; qk_nope_head_dim: number; qk_rope_head_dim: number; v_head_dim: number };
}
