import { MODELS, findModel } from '../src/catalog/models.js';
import { countParameters, loraParameters, architectureForSize } from '../src/estimate/parameters.js';

describe('parameter counts', () => {
  it.each(MODELS.map((m) => [m.id, m] as const))('%s: computed total within 1% of the published count', (_id, m) => {
    const counted = countParameters(m.architecture).total;
    // A figure published rounded ("1.7B") stands for an interval: half a rounding unit either side of it.
    const allowed = Math.max(0.01 * m.published_parameters, (m.published_rounding ?? 0) / 2);
    expect(Math.abs(counted - m.published_parameters)).toBeLessThanOrEqual(allowed);
  });

  it('has at least 60 catalog entries, each with a source', () => {
    expect(MODELS.length).toBeGreaterThanOrEqual(60);
    for (const m of MODELS) expect(m.source).toMatch(/huggingface\.co|paper|report|et al\./);
  });

  it('counts active parameters of the newer mixtures of experts against their model cards', () => {
    // gpt-oss model card Table 1 counts active parameters without the unembedding: 3.61B (20b) and 5.13B (120b).
    for (const [id, active] of [['gpt-oss-20b', 3.61e9], ['gpt-oss-120b', 5.13e9]] as const) {
      const a = findModel(id)!.architecture;
      const c = countParameters(a);
      expect(Math.abs((c.active - a.vocab_size * a.hidden_size) / active - 1)).toBeLessThan(0.01);
    }
    // Qwen3 model cards: 30B-A3B activates 3.3B, 235B-A22B 22B (rounded figures; the architecture gives 3.35B and 22.2B).
    expect(Math.abs(countParameters(findModel('qwen3-30b-a3b')!.architecture).active / 3.3e9 - 1)).toBeLessThan(0.02);
    expect(Math.abs(countParameters(findModel('qwen3-235b-a22b')!.architecture).active / 22e9 - 1)).toBeLessThan(0.02);
  });

  it('matches exact checkpoint totals where the architecture is plain (hand-checked: Llama 2 7B = 6,738,415,616)', () => {
    // 32 x (4 x 4096^2 attention + 3 x 4096 x 11008 MLP + 2 x 4096 norms) + 2 x 32000 x 4096 + 4096
    const byHand = 32 * (4 * 4096 ** 2 + 3 * 4096 * 11008 + 2 * 4096) + 2 * 32000 * 4096 + 4096;
    expect(byHand).toBe(6_738_415_616);
    expect(countParameters(findModel('llama-2-7b')!.architecture).total).toBe(byHand);
    expect(countParameters(findModel('gpt2')!.architecture).total).toBe(124_439_808);
  });

  it('counts active parameters of mixtures of experts (Mixtral 12.9B of 46.7B; DeepSeek-V3 37B of 671B)', () => {
    const mixtral = countParameters(findModel('mixtral-8x7b')!.architecture);
    expect(mixtral.active / 12.9e9).toBeCloseTo(1, 1);
    expect(Math.abs(mixtral.active / 12.9e9 - 1)).toBeLessThan(0.01);
    const ds = countParameters(findModel('deepseek-v3')!.architecture);
    expect(Math.abs(ds.total / 671e9 - 1)).toBeLessThan(0.01);
    // The report's 37B is rounded down; the architecture gives 37.5B (of which 0.9B is the input embedding).
    expect(Math.abs(ds.active / 37e9 - 1)).toBeLessThan(0.02);
  });

  it('counts LoRA parameters as r x (d_in + d_out) per adapted matrix', () => {
    const a = findModel('llama-3.1-8b')!.architecture;
    // Per layer, rank 16: q 16(4096+4096) + k 16(4096+1024) + v the same + o 16(4096+4096)
    //   + gate 16(4096+14336) + up the same + down 16(14336+4096) = 16 x 81,920 = 1,310,720 ... written out:
    const perLayerAttention = 16 * (4096 + 4096) + 2 * 16 * (4096 + 1024) + 16 * (4096 + 4096);
    const perLayerMlp = 3 * 16 * (4096 + 14336);
    expect(loraParameters(a, 16, 'attention')).toBe(32 * perLayerAttention);
    expect(loraParameters(a, 16, 'all_linear')).toBe(32 * (perLayerAttention + perLayerMlp));
    expect(loraParameters(a, 16, 'all_linear')).toBe(41_943_040); // PEFT prints "trainable params: 41,943,040" for this set-up
    expect(loraParameters(a, 8, ['q_proj', 'v_proj'])).toBe(32 * (8 * 8192 + 8 * 5120));
  });

  it('builds an architecture of the asked size for { parameters }', () => {
    for (const n of [1e9, 7e9, 70e9, 400e9]) {
      expect(Math.abs(countParameters(architectureForSize(n)).total / n - 1)).toBeLessThan(0.001);
    }
  });
});
