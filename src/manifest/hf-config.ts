import type { Architecture } from '../catalog/architecture.js';
import { applyFamily, FAMILY_MODEL_TYPES, textConfig } from './hf-families.js';

/**
 * Hugging Face `config.json` -> Architecture. Key names follow `transformers`' configuration classes
 * (LlamaConfig, MistralConfig, MixtralConfig, Qwen2Config, Gemma2Config, Phi3Config, GPT2Config). Where a key
 * is absent, the class's own default applies; `tie_word_embeddings` defaults to true only for Gemma
 * (Gemma2Config) and GPT-2, false for the others.
 */
export const SUPPORTED_MODEL_TYPES = ['llama', 'mistral', 'mixtral', 'qwen2', 'qwen3', 'gemma', 'gemma2', 'phi3', 'gpt2', ...FAMILY_MODEL_TYPES] as const;

export type ConfigResult = { ok: true; architecture: Architecture; model_type: string } | { ok: false; error: string };

const TIED_BY_DEFAULT = new Set(['gemma', 'gemma2', 'gemma3_text', 'gpt2']);

function num(cfg: Record<string, unknown>, ...keys: string[]): number | undefined {
  for (const k of keys) {
    const v = cfg[k];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
  }
  return undefined;
}

export function architectureFromConfig(cfg: unknown): ConfigResult {
  if (typeof cfg !== 'object' || cfg === null || Array.isArray(cfg)) return { ok: false, error: 'config.json must hold a JSON object' };
  const c = textConfig(cfg as Record<string, unknown>).config;
  const modelType = typeof c.model_type === 'string' ? c.model_type : 'unknown';

  if (modelType === 'gpt2') {
    const hidden = num(c, 'n_embd');
    const layers = num(c, 'n_layer');
    const heads = num(c, 'n_head');
    const vocab = num(c, 'vocab_size');
    const missing = [['n_embd', hidden], ['n_layer', layers], ['n_head', heads], ['vocab_size', vocab]].filter(([, v]) => v === undefined).map(([k]) => k);
    if (missing.length) return { ok: false, error: `config.json (gpt2) lacks ${missing.join(', ')}` };
    return {
      ok: true,
      model_type: modelType,
      architecture: {
        layers: layers!, hidden_size: hidden!, intermediate_size: num(c, 'n_inner') ?? 4 * hidden!, attention_heads: heads!, kv_heads: heads!,
        vocab_size: vocab!, tied_embeddings: c.tie_word_embeddings !== false, gated_mlp: false, experts: 1, experts_per_token: 1,
        position_embeddings: num(c, 'n_positions') ?? 1024, bias: 'all', norm: 'layer',
      },
    };
  }

  const needed: Record<string, number | undefined> = {
    num_hidden_layers: num(c, 'num_hidden_layers'),
    hidden_size: num(c, 'hidden_size'),
    intermediate_size: num(c, 'intermediate_size'),
    num_attention_heads: num(c, 'num_attention_heads'),
    vocab_size: num(c, 'vocab_size'),
  };
  const missing = Object.entries(needed).filter(([, v]) => v === undefined).map(([k]) => k);
  if (missing.length) {
    return { ok: false, error: `config.json lacks ${missing.join(', ')} (model_type "${modelType}"; supported: ${SUPPORTED_MODEL_TYPES.join(', ')})` };
  }
  const heads = needed.num_attention_heads!;
  const experts = num(c, 'num_local_experts', 'num_experts') ?? 1;
  const arch: Architecture = {
    layers: needed.num_hidden_layers!,
    hidden_size: needed.hidden_size!,
    intermediate_size: experts > 1 ? num(c, 'moe_intermediate_size') ?? needed.intermediate_size! : needed.intermediate_size!,
    attention_heads: heads,
    kv_heads: num(c, 'num_key_value_heads') ?? heads,
    vocab_size: needed.vocab_size!,
    tied_embeddings: typeof c.tie_word_embeddings === 'boolean' ? c.tie_word_embeddings : TIED_BY_DEFAULT.has(modelType),
    gated_mlp: true,
    experts,
    experts_per_token: experts > 1 ? num(c, 'num_experts_per_tok') ?? 2 : 1,
  };
  const headDim = num(c, 'head_dim');
  if (headDim !== undefined && headDim * heads !== arch.hidden_size) arch.head_dim = headDim;
  if (modelType === 'qwen2') arch.bias = 'qkv';
  if (modelType === 'gemma2') arch.norms_per_layer = 4;
  const familyError = applyFamily(modelType, c, arch);
  if (familyError) return { ok: false, error: familyError };
  return { ok: true, architecture: arch, model_type: modelType };
}
