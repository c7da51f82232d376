import type { Architecture } from '../catalog/architecture.js';

/**
 * Parameter counts from an architecture. Per layer: attention (q, k, v, o with grouped-query K/V heads, or
 * DeepSeek's multi-head latent attention), the MLP (three matrices when gated as in SwiGLU, Shazeer 2020; two in
 * the GPT-2/3 MLP), mixture-of-experts routers and experts, and norm weights; plus embeddings (tied or not) and
 * learned position embeddings. The same arithmetic as counting the tensors of a Hugging Face checkpoint.
 */
export interface ParameterCounts {
  total: number;
  /** Parameters a token passes through (MoE: only experts_per_token routed experts + shared ones). */
  active: number;
  /** Input embedding (+ position embeddings): a lookup, no matmul FLOPs. */
  embedding: number;
  /** Output projection to the vocabulary (shared with the input embedding when tied). */
  lm_head: number;
  /** Largest single layer, the unit ZeRO-3/FSDP gathers at once. */
  largest_layer: number;
  /** Matmul weights in the transformer layers a token passes through (MoE: active experts only). */
  active_layer_linear: number;
  /** Every matmul weight in the layers (all experts), the part QLoRA quantises to 4 bits. */
  layer_linear: number;
}

export function headDim(a: Architecture): number {
  return a.head_dim ?? a.hidden_size / a.attention_heads;
}

/** A linear layer of a transformer block: its name (as PEFT's target_modules spell it) and shape. */
export interface LinearModule {
  name: string;
  d_in: number;
  d_out: number;
  /** How many of it a layer has (MoE: one per expert); `active` of them per token. */
  copies: number;
  active: number;
}

/** The linear modules of one transformer block (a MoE block; dense_layers of DeepSeek use dense_intermediate_size). */
export function layerModules(a: Architecture, dense = a.experts <= 1): LinearModule[] {
  const h = a.hidden_size;
  const mods: LinearModule[] = [];
  if (a.mla) {
    const m = a.mla;
    const qk = m.qk_nope_head_dim + m.qk_rope_head_dim;
    mods.push({ name: 'q_proj', d_in: h, d_out: m.q_lora_rank, copies: 1, active: 1 });
    mods.push({ name: 'q_proj', d_in: m.q_lora_rank, d_out: a.attention_heads * qk, copies: 1, active: 1 });
    mods.push({ name: 'k_proj', d_in: h, d_out: m.kv_lora_rank + m.qk_rope_head_dim, copies: 1, active: 1 });
    mods.push({ name: 'v_proj', d_in: m.kv_lora_rank, d_out: a.attention_heads * (m.qk_nope_head_dim + m.v_head_dim), copies: 1, active: 1 });
    mods.push({ name: 'o_proj', d_in: a.attention_heads * m.v_head_dim, d_out: h, copies: 1, active: 1 });
  } else {
    const hd = headDim(a);
    mods.push({ name: 'q_proj', d_in: h, d_out: a.attention_heads * hd, copies: 1, active: 1 });
    mods.push({ name: 'k_proj', d_in: h, d_out: a.kv_heads * hd, copies: 1, active: 1 });
    mods.push({ name: 'v_proj', d_in: h, d_out: a.kv_heads * hd, copies: 1, active: 1 });
    mods.push({ name: 'o_proj', d_in: a.attention_heads * hd, d_out: h, copies: 1, active: 1 });
  }
  const mlp = (f: number, copies: number, active: number) => {
    if (a.gated_mlp) mods.push({ name: 'gate_proj', d_in: h, d_out: f, copies, active });
    mods.push({ name: 'up_proj', d_in: h, d_out: f, copies, active });
    mods.push({ name: 'down_proj', d_in: f, d_out: h, copies, active });
  };
  if (dense) {
    mlp(a.experts > 1 ? a.dense_intermediate_size ?? a.intermediate_size : a.intermediate_size, 1, 1);
  } else {
    mlp(a.intermediate_size, a.experts, a.experts_per_token);
    if (a.shared_experts) mlp(a.intermediate_size, a.shared_experts, a.shared_experts);
    mods.push({ name: 'router', d_in: h, d_out: a.experts, copies: 1, active: 1 });
  }
  return mods;
}

/** Biases and norm weights of one block: small, counted so totals match checkpoints exactly. */
function layerSmall(a: Architecture, mods: LinearModule[]): number {
  let n = 0;
  if (a.bias === 'all') n += mods.reduce((s, m) => s + m.d_out * m.copies, 0);
  if (a.bias === 'qkv') n += mods.filter((m) => ['q_proj', 'k_proj', 'v_proj'].includes(m.name)).reduce((s, m) => s + m.d_out, 0);
  const normVectors = (a.norms_per_layer ?? 2) * (a.norm === 'layer' ? 2 : 1);
  n += normVectors * a.hidden_size;
  if (a.mla) n += a.mla.q_lora_rank + a.mla.kv_lora_rank; // the latent projections' own RMSNorms
  return n;
}

const sumWeights = (mods: LinearModule[], pick: 'copies' | 'active') => mods.reduce((s, m) => s + m.d_in * m.d_out * m[pick], 0);

export function countParameters(a: Architecture): ParameterCounts {
  // A pure function of the architecture, asked by validation, the estimate and each of the planner's scorers of a
  // job: kept per architecture object, which nothing mutates once resolved (nor the counts, which callers only read).
  let c = countsCache.get(a);
  if (c === undefined) countsCache.set(a, (c = count(a)));
  return c;
}
const countsCache = new WeakMap<Architecture, ParameterCounts>();

function count(a: Architecture): ParameterCounts {
  const denseLayers = a.experts > 1 ? a.dense_layers ?? 0 : a.layers;
  const moeLayers = a.layers - denseLayers;
  const denseMods = layerModules(a, true);
  const moeMods = a.experts > 1 ? layerModules(a, false) : [];
  const denseTotal = sumWeights(denseMods, 'copies') + layerSmall(a, denseMods);
  const moeTotal = moeLayers ? sumWeights(moeMods, 'copies') + layerSmall(a, moeMods) : 0;
  const moeActive = moeLayers ? sumWeights(moeMods, 'active') + layerSmall(a, moeMods) : 0;
  const embedding = a.vocab_size * a.hidden_size + (a.position_embeddings ?? 0) * a.hidden_size;
  const lmHead = a.vocab_size * a.hidden_size;
  const finalNorm = a.hidden_size * (a.norm === 'layer' ? 2 : 1);
  const head = a.tied_embeddings ? 0 : lmHead;
  const layerLinear = denseLayers * sumWeights(denseMods, 'copies') + moeLayers * (moeLayers ? sumWeights(moeMods, 'copies') : 0);
  const activeLinear = denseLayers * sumWeights(denseMods, 'active') + moeLayers * (moeLayers ? sumWeights(moeMods, 'active') : 0);
  return {
    total: denseLayers * denseTotal + moeLayers * moeTotal + embedding + head + finalNorm,
    active: denseLayers * denseTotal + moeLayers * moeActive + embedding + head + finalNorm,
    embedding,
    lm_head: lmHead,
    largest_layer: Math.max(denseLayers ? denseTotal : 0, moeTotal),
    active_layer_linear: activeLinear,
    layer_linear: layerLinear,
  };
}

/** PEFT's module names that each `lora.targets` shorthand adapts. */
export function loraTargetNames(targets: 'all_linear' | 'attention' | readonly string[]): string[] {
  if (targets === 'all_linear') return ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'];
  if (targets === 'attention') return ['q_proj', 'k_proj', 'v_proj', 'o_proj'];
  return [...targets];
}

/**
 * LoRA trainable parameters: r x (d_in + d_out) for each adapted matrix (Hu et al. 2021: W + BA with
 * B in R^{d_out x r}, A in R^{r x d_in}). Routed experts each get their own adapter, as PEFT does.
 */
export function loraParameters(a: Architecture, rank: number, targets: 'all_linear' | 'attention' | readonly string[]): number {
  const names = new Set(loraTargetNames(targets));
  const perLayer = (mods: LinearModule[]) => mods.filter((m) => names.has(m.name)).reduce((s, m) => s + rank * (m.d_in + m.d_out) * m.copies, 0);
  const denseLayers = a.experts > 1 ? a.dense_layers ?? 0 : a.layers;
  return denseLayers * perLayer(layerModules(a, true)) + (a.layers - denseLayers) * (a.experts > 1 ? perLayer(layerModules(a, false)) : 0);
}

/**
 * A Llama-style architecture of a given size, for `model: { parameters: N }`. Llama models keep d_model about
 * 128 x layers (Llama 2 7B: 32 layers, 4096 wide); a gated MLP 8/3 as wide as d_model gives 12 d^2 per layer
 * (Touvron et al. 2023), so layers = cube root of (non-embedding parameters / (12 x 128^2)). The MLP width is
 * then set so the total is the asked size.
 */
export function architectureForSize(parameters: number): Architecture {
  const vocab = 32000;
  let layers = Math.max(2, Math.round(Math.cbrt(parameters / (12 * 128 * 128))));
  let hidden = 128 * layers;
  for (let i = 0; i < 5; i++) {
    const nonEmbedding = Math.max(parameters - 2 * vocab * hidden, parameters * 0.5);
    layers = Math.max(2, Math.round(Math.cbrt(nonEmbedding / (12 * 128 * 128))));
    hidden = Math.max(128, Math.round(Math.sqrt(nonEmbedding / (12 * layers)) / 128) * 128);
  }
  const heads = Math.max(1, hidden / 128);
  // The MLP width that makes the total exact: N = L (4h^2 + 3hf + 2h) + 2Vh + h.
  const f = Math.max(hidden, Math.round((parameters - 2 * vocab * hidden - hidden - layers * (4 * hidden * hidden + 2 * hidden)) / (3 * hidden * layers)));
  return {
    layers, hidden_size: hidden, intermediate_size: f, attention_heads: heads, kv_heads: heads,
    vocab_size: vocab, tied_embeddings: false, gated_mlp: true, experts: 1, experts_per_token: 1,
  };
}

/** Weights of the routed experts (all of them, every MoE layer): what expert parallelism shards. 0 for a dense model. */
export function expertParameters(a: Architecture): number {
  if (a.experts <= 1) return 0;
  const moeLayers = a.layers - (a.dense_layers ?? 0);
  const perExpert = (a.gated_mlp ? 3 : 2) * a.hidden_size * a.intermediate_size;
  return moeLayers * a.experts * perExpert;
}
