import type { Architecture } from '../src/catalog/architecture.js';
import { MODELS } from '../src/catalog/models.js';

/**
 * Every catalog entry's parameter count, recomputed here from the entry's own architecture numbers with the
 * formula written out (not through src/estimate/parameters.ts), against the total (and, for mixtures of experts,
 * the active count) the entry cites. A wrong architecture number or a wrong citation fails on its own.
 *
 * Per transformer layer, with h = hidden_size, H = attention heads, K = KV heads, d = head_dim (h / H unless
 * given), f = intermediate_size:
 *   attention (GQA, Ainslie et al. 2023): q h·H·d + k h·K·d + v h·K·d + o H·d·h
 *   attention (DeepSeek MLA, DeepSeek-V2 report §2.1): q_a h·r_q + q_b r_q·H·(d_nope + d_rope) + kv_a h·(r_kv + d_rope)
 *     + kv_b r_kv·H·(d_nope + d_v) + o H·d_v·h, plus the two latent RMSNorms r_q + r_kv
 *   MLP: 3·h·f gated (SwiGLU/GeGLU, Shazeer 2020), 2·h·f plain (GPT-2/3, Falcon, MPT)
 *   MoE layer: E·MLP(f) routed + S·MLP(f) shared + router h·E; a token passes k routed + the shared ones
 *   biases: 'qkv' (Qwen2) H·d + 2·K·d; 'all' (GPT-2, gpt-oss) every linear's output width (each expert's too)
 *   norms: norms_per_layer (default 2) vectors of h, twice that for LayerNorm (weight + bias)
 * Model: layers + vocab·h input embedding (+ positions·h learned positions) + vocab·h output layer unless tied
 *   + the final norm (h, or 2h for LayerNorm).
 * Not counted (each < 0.01% of any total here): Qwen3/Gemma 3 QK-norm vectors (2·d a layer), Phi-3.5-MoE's
 * attention biases, Qwen1.5-MoE's shared-expert gate (h a layer), gpt-oss attention sinks (H a layer).
 */
function byHand(a: Architecture): { total: number; active: number; embedding: number } {
  const h = a.hidden_size;
  const H = a.attention_heads;
  const K = a.kv_heads;
  const d = a.head_dim ?? h / H;
  const mlpMatrices = a.gated_mlp ? 3 : 2;
  const biasAll = a.bias === 'all';

  let attention: number;
  if (a.mla) {
    const m = a.mla;
    attention = h * m.q_lora_rank + m.q_lora_rank * H * (m.qk_nope_head_dim + m.qk_rope_head_dim)
      + h * (m.kv_lora_rank + m.qk_rope_head_dim) + m.kv_lora_rank * H * (m.qk_nope_head_dim + m.v_head_dim)
      + H * m.v_head_dim * h + m.q_lora_rank + m.kv_lora_rank;
  } else {
    attention = h * H * d + 2 * h * K * d + H * d * h;
    if (a.bias === 'qkv') attention += H * d + 2 * K * d;
    if (biasAll) attention += H * d + 2 * K * d + h;
  }
  // One MLP of width f, with its biases when every linear has one (up/gate f each, down h).
  const mlp = (f: number) => mlpMatrices * h * f + (biasAll ? (mlpMatrices - 1) * f + h : 0);
  const norms = (a.norms_per_layer ?? 2) * h * (a.norm === 'layer' ? 2 : 1);

  const moe = a.experts > 1;
  const denseLayers = moe ? a.dense_layers ?? 0 : a.layers;
  const moeLayers = a.layers - denseLayers;
  const denseLayer = attention + mlp(moe ? a.dense_intermediate_size ?? a.intermediate_size : a.intermediate_size) + norms;
  const router = h * a.experts + (biasAll ? a.experts : 0);
  const shared = (a.shared_experts ?? 0) * mlp(a.intermediate_size);
  const moeLayerTotal = attention + a.experts * mlp(a.intermediate_size) + shared + router + norms;
  const moeLayerActive = attention + a.experts_per_token * mlp(a.intermediate_size) + shared + router + norms;

  const embedding = a.vocab_size * h + (a.position_embeddings ?? 0) * h;
  const outputLayer = a.tied_embeddings ? 0 : a.vocab_size * h;
  const finalNorm = h * (a.norm === 'layer' ? 2 : 1);
  const rest = embedding + outputLayer + finalNorm;
  return {
    total: denseLayers * denseLayer + moeLayers * moeLayerTotal + rest,
    active: denseLayers * denseLayer + moeLayers * (moe ? moeLayerActive : 0) + rest,
    embedding,
  };
}

/** Within 1% of the cited figure, or within half the publisher's rounding unit when it published a rounded figure. */
function allowed(cited: number, rounding: number | undefined): number {
  return Math.max(0.01 * cited, (rounding ?? 0) / 2);
}

describe('catalog parameter counts recomputed by hand from each entry', () => {
  it.each(MODELS.map((m) => [m.id, m] as const))('%s: total within 1% of its cited count', (_id, m) => {
    const counted = byHand(m.architecture).total;
    expect(Math.abs(counted - m.published_parameters)).toBeLessThanOrEqual(allowed(m.published_parameters, m.published_rounding));
  });

  const moe = MODELS.filter((m) => m.architecture.experts > 1);
  it('cites an active count for every mixture of experts', () => {
    expect(moe.length).toBeGreaterThanOrEqual(9);
    for (const m of moe) expect(m.published_active_parameters).toBeGreaterThan(0);
  });

  it.each(moe.map((m) => [m.id, m] as const))('%s: active parameters within 1% of its cited count', (_id, m) => {
    const c = byHand(m.architecture);
    // gpt-oss's model card counts active parameters without the embedding lookup (Table 1 note).
    const counted = m.published_active_excludes_embedding ? c.active - c.embedding : c.active;
    const cited = m.published_active_parameters!;
    if (m.published_active_rounded_down) {
      // A truncated figure ("37B") stands for [37B, 38B): DeepSeek-V3/R1 count 37.55B, Qwen3-30B-A3B 3.35B. These two
      // are NOT within 1% of the published figure (1.5%, 1.6%); see the catalog note.
      expect(counted).toBeGreaterThanOrEqual(cited);
      expect(counted).toBeLessThan(cited + m.published_active_rounding!);
    } else {
      expect(Math.abs(counted - cited)).toBeLessThanOrEqual(allowed(cited, m.published_active_rounding));
    }
  });

  it('says where each entry was read: a config copy or paper for the shape, a weight count or card for the total', () => {
    for (const m of MODELS) {
      expect(m.source).toMatch(/read: /);
      expect(m.source).toMatch(/github\.com|arxiv\.org|huggingface\.co|not re-read/);
    }
  });

  it('the formula is exact where a weight count is exact (hand arithmetic written out)', () => {
    // Llama 2 7B: 32 x (4 x 4096^2 + 3 x 4096 x 11008 + 2 x 4096) + 2 x 32000 x 4096 + 4096 = 6,738,415,616,
    // keras-hub's weight count of llama2_7b_en.
    const llama2 = MODELS.find((m) => m.id === 'llama-2-7b')!;
    expect(byHand(llama2.architecture).total).toBe(32 * (4 * 4096 ** 2 + 3 * 4096 * 11008 + 2 * 4096) + 2 * 32000 * 4096 + 4096);
    expect(byHand(llama2.architecture).total).toBe(6_738_415_616);
    // GPT-2: 12 x (attention 4 x 768^2 + 4 x 768 biases + MLP 2 x 768 x 3072 + 3072 + 768 biases + 2 LayerNorms 4 x 768)
    //   + (50257 + 1024) x 768 + final LayerNorm 2 x 768 = 124,439,808 (keras-hub gpt2_base_en).
    const gpt2 = MODELS.find((m) => m.id === 'gpt2')!;
    const perLayer = 4 * 768 ** 2 + 4 * 768 + 2 * 768 * 3072 + 3072 + 768 + 4 * 768;
    expect(byHand(gpt2.architecture).total).toBe(12 * perLayer + (50257 + 1024) * 768 + 2 * 768);
    expect(byHand(gpt2.architecture).total).toBe(124_439_808);
  });
});
