import { architectureFromConfig } from '../src/manifest/hf-config.js';
import { countParameters } from '../src/estimate/parameters.js';

/**
 * config.json files of the newer families, with the keys as published on the Hub (the shape-defining subset),
 * counted against the publishers' figures. Each tolerance is the publisher's rounding or 1%.
 */
const cases: [string, Record<string, unknown>, number, number][] = [
  ['qwen3 (Qwen/Qwen3-8B; card: 8.2B)', { model_type: 'qwen3', hidden_size: 4096, intermediate_size: 12288, num_attention_heads: 32, num_hidden_layers: 36, num_key_value_heads: 8, head_dim: 128, vocab_size: 151936, tie_word_embeddings: false }, 8.2e9, 0.05e9],
  ['qwen3_moe (Qwen/Qwen3-30B-A3B; card: 30.5B)', { model_type: 'qwen3_moe', hidden_size: 2048, intermediate_size: 6144, moe_intermediate_size: 768, num_attention_heads: 32, num_hidden_layers: 48, num_key_value_heads: 4, head_dim: 128, num_experts: 128, num_experts_per_tok: 8, vocab_size: 151936, tie_word_embeddings: false }, 30.5e9, 0.05e9],
  ['qwen2_moe (Qwen/Qwen1.5-MoE-A2.7B; blog: 14.3B)', { model_type: 'qwen2_moe', hidden_size: 2048, intermediate_size: 5632, moe_intermediate_size: 1408, shared_expert_intermediate_size: 5632, num_attention_heads: 16, num_hidden_layers: 24, num_key_value_heads: 16, num_experts: 60, num_experts_per_tok: 4, vocab_size: 151936, tie_word_embeddings: false }, 14.3e9, 0.05e9],
  ['gemma3_text (google/gemma-3-1b-pt; report: 302M + 698M)', { model_type: 'gemma3_text', hidden_size: 1152, intermediate_size: 6912, num_attention_heads: 4, num_hidden_layers: 26, num_key_value_heads: 1, head_dim: 256, vocab_size: 262144 }, 1000e6, 10e6],
  // google/gemma-3-4b-it's config.json names only some text keys; the rest are Gemma3TextConfig's defaults.
  ['gemma3 nested text_config (google/gemma-3-4b-it; report: 675M + 3,209M)', { model_type: 'gemma3', architectures: ['Gemma3ForConditionalGeneration'], text_config: { hidden_size: 2560, intermediate_size: 10240, model_type: 'gemma3_text', num_hidden_layers: 34, sliding_window: 1024 }, vision_config: { hidden_size: 1152, num_hidden_layers: 27, model_type: 'siglip_vision_model' } }, 3884e6, 39e6],
  ['mistral3 nested text_config (Mistral-Small-3.1-24B; text model 23,572,403,200)', { model_type: 'mistral3', text_config: { model_type: 'mistral', head_dim: 128, hidden_size: 5120, intermediate_size: 32768, num_attention_heads: 32, num_hidden_layers: 40, num_key_value_heads: 8, vocab_size: 131072 }, vision_config: { model_type: 'pixtral', hidden_size: 1024 } }, 23_572_403_200, 0.24e9],
  ['gpt_oss (openai/gpt-oss-20b; model card: 20.91B)', { model_type: 'gpt_oss', hidden_size: 2880, intermediate_size: 2880, num_attention_heads: 64, num_hidden_layers: 24, num_key_value_heads: 8, head_dim: 64, num_local_experts: 32, num_experts_per_tok: 4, experts_per_token: 4, vocab_size: 201088, tie_word_embeddings: false }, 20.91e9, 0.21e9],
  ['deepseek_v3 (deepseek-ai/DeepSeek-V3; report: 671B)', {
    model_type: 'deepseek_v3', hidden_size: 7168, intermediate_size: 18432, moe_intermediate_size: 2048, num_attention_heads: 128, num_hidden_layers: 61, num_key_value_heads: 128,
    n_routed_experts: 256, n_shared_experts: 1, num_experts_per_tok: 8, first_k_dense_replace: 3, q_lora_rank: 1536, kv_lora_rank: 512, qk_nope_head_dim: 128, qk_rope_head_dim: 64, v_head_dim: 128, vocab_size: 129280, tie_word_embeddings: false,
  }, 671e9, 6.71e9],
];

describe('config.json families: qwen3, qwen3_moe, qwen2_moe, gemma3 (nested), mistral3 (text_config), gpt_oss, deepseek_v3', () => {
  it.each(cases)('%s', (_name, cfg, published, tolerance) => {
    const r = architectureFromConfig(cfg);
    if (!r.ok) throw new Error(r.error);
    expect(Math.abs(countParameters(r.architecture).total - published)).toBeLessThanOrEqual(tolerance);
  });

  it('names the keys a DeepSeek config lacks', () => {
    const r = architectureFromConfig({ model_type: 'deepseek_v3', hidden_size: 7168, intermediate_size: 18432, num_attention_heads: 128, num_hidden_layers: 61, vocab_size: 129280, n_routed_experts: 256, num_experts_per_tok: 8 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/lacks q_lora_rank, kv_lora_rank/);
  });
});
