import type { Architecture } from '../catalog/architecture.js';

/**
 * What a config.json's family adds to the common Llama-style keys (hf-config.ts), following `transformers`'
 * configuration classes: Qwen2MoeConfig, Qwen3MoeConfig, Gemma3TextConfig, DeepseekV3Config, GptOssConfig, and
 * the multimodal configs (Gemma3Config, LlavaConfig, Mistral3Config, ...) that nest the language model under
 * `text_config`.
 */
export const FAMILY_MODEL_TYPES = ['qwen2_moe', 'qwen3_moe', 'gemma3', 'gemma3_text', 'deepseek_v3', 'deepseek_v2', 'gpt_oss', 'phimoe'] as const;

type Cfg = Record<string, unknown>;
const isObj = (v: unknown): v is Cfg => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The text model's config: `text_config` when the repository is multimodal (its own keys win; the outer
 * `tie_word_embeddings` applies when the inner one is absent), else the config itself. Family defaults that
 * sparse Hub configs leave out are filled in (Gemma3TextConfig: 8 heads, 4 KV heads, head_dim 256, vocabulary
 * 262,208 — the 4B model's published text_config omits them).
 */
export function textConfig(cfg: Cfg): { config: Cfg; nested: boolean } {
  let c = cfg;
  let nested = false;
  if (isObj(cfg.text_config) && typeof cfg.num_hidden_layers !== 'number') {
    c = { ...cfg.text_config };
    if (c.tie_word_embeddings === undefined && typeof cfg.tie_word_embeddings === 'boolean') c.tie_word_embeddings = cfg.tie_word_embeddings;
    if (typeof c.model_type !== 'string' && cfg.model_type === 'gemma3') c.model_type = 'gemma3_text';
    nested = true;
  }
  if (c.model_type === 'gemma3_text' || c.model_type === 'gemma3') {
    c = { num_attention_heads: 8, num_key_value_heads: 4, head_dim: 256, vocab_size: 262208, ...c, model_type: 'gemma3_text' };
  }
  if (c.model_type === 'deepseek_v3' || c.model_type === 'deepseek_v2') {
    // DeepSeek names its routed experts n_routed_experts; its intermediate_size is the dense layers' width.
    c = { num_experts: c.n_routed_experts, ...c };
  }
  if (c.model_type === 'gpt_oss' && c.num_experts_per_tok === undefined) c = { ...c, num_experts_per_tok: c.experts_per_token };
  return { config: c, nested };
}

const num = (c: Cfg, k: string): number | undefined => (typeof c[k] === 'number' && Number.isFinite(c[k]) ? (c[k] as number) : undefined);

/** Family-specific fields on top of the common ones; an error when a key the family needs is missing. */
export function applyFamily(modelType: string, c: Cfg, arch: Architecture): string | null {
  switch (modelType) {
    case 'qwen2_moe': {
      // Qwen2MoeConfig: a shared expert shared_expert_intermediate_size wide beside the routed ones, biases on q/k/v.
      arch.bias = 'qkv';
      const shared = num(c, 'shared_expert_intermediate_size');
      if (shared && arch.experts > 1) arch.shared_experts = Math.max(1, Math.round(shared / arch.intermediate_size));
      return null;
    }
    case 'gemma3_text':
      arch.norms_per_layer = 4;
      return null;
    case 'gpt_oss':
      // GptOssConfig: biases on attention projections, the router and every expert.
      arch.bias = 'all';
      return null;
    case 'phimoe':
      arch.norm = 'layer';
      return null;
    case 'deepseek_v3':
    case 'deepseek_v2': {
      const keys = ['q_lora_rank', 'kv_lora_rank', 'qk_nope_head_dim', 'qk_rope_head_dim', 'v_head_dim'] as const;
      const missing = keys.filter((k) => num(c, k) === undefined);
      if (missing.length) return `config.json (${modelType}) lacks ${missing.join(', ')} (multi-head latent attention; a null q_lora_rank, as in DeepSeek-V2-Lite, is not supported)`;
      arch.mla = {
        q_lora_rank: num(c, 'q_lora_rank')!, kv_lora_rank: num(c, 'kv_lora_rank')!, qk_nope_head_dim: num(c, 'qk_nope_head_dim')!,
        qk_rope_head_dim: num(c, 'qk_rope_head_dim')!, v_head_dim: num(c, 'v_head_dim')!,
      };
      arch.kv_heads = arch.attention_heads;
      delete arch.head_dim;
      const shared = num(c, 'n_shared_experts');
      if (shared) arch.shared_experts = shared;
      const dense = num(c, 'first_k_dense_replace');
      if (dense) {
        arch.dense_layers = dense;
        arch.dense_intermediate_size = num(c, 'intermediate_size')!;
      }
      return null;
    }
    default:
      return null;
  }
}
