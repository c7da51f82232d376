import { ACCELERATORS, findAccelerator } from '../src/catalog/accelerators.js';
import { architectureFromConfig } from '../src/manifest/hf-config.js';
import { countParameters } from '../src/estimate/parameters.js';
import { GPU_PRICES } from '../src/catalog/prices.js';

describe('catalogs', () => {
  it('has every accelerator id the manifest format promises, case-insensitively', () => {
    for (const id of ['v100-16gb', 'v100-32gb', 't4', 'a10g', 'l4', 'l40s', 'a100-40gb', 'a100-80gb', 'h100-80gb', 'h100-pcie', 'h200', 'h800', 'b200', 'mi300x', 'rtx-3060', 'rtx-3070-ti', 'rtx-3090', 'rtx-4090', 'rtx-a5000', 'rtx-a6000']) {
      expect(findAccelerator(id.toUpperCase())?.id).toBe(id);
    }
  });

  it('stores dense figures (fp8 twice bf16 where both exist, as dense datasheet rows are), each with a source', () => {
    for (const a of ACCELERATORS) {
      expect(a.source.length).toBeGreaterThan(10);
      if (a.tflops.fp8 !== null && a.tflops.bf16 !== null) expect(Math.abs(a.tflops.fp8 / a.tflops.bf16 - 2)).toBeLessThan(0.05);
    }
    // Spot checks against datasheets (dense): H100 SXM bf16 989, A100 bf16 312, MI300X bf16 1307.4.
    expect(findAccelerator('h100-80gb')!.tflops.bf16).toBe(989);
    expect(findAccelerator('a100-80gb')!.tflops.bf16).toBe(312);
    expect(findAccelerator('mi300x')!.tflops.bf16).toBe(1307.4);
  });

  it('dates every price with an ISO date and names its source', () => {
    for (const p of GPU_PRICES) {
      expect(p.source).toBeTruthy();
      // A real calendar date: 'undated' or any other placeholder fails (issue 8, §5).
      expect(p.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(p.as_of))).toBe(false);
      expect(p.on_demand).toBeGreaterThan(0);
    }
  });
});

/**
 * Hugging Face config.json files as published (the keys that shape the model), imported and counted against
 * each model's published parameter count.
 */
describe('config.json import for the llama, mistral, mixtral, qwen2, gemma2 and phi3 families', () => {
  const configs: [string, Record<string, unknown>, number][] = [
    ['llama (Llama-3.1-8B)', { model_type: 'llama', hidden_size: 4096, intermediate_size: 14336, num_attention_heads: 32, num_hidden_layers: 32, num_key_value_heads: 8, vocab_size: 128256, tie_word_embeddings: false }, 8_030_261_248],
    ['mistral (Mistral-7B-v0.1)', { model_type: 'mistral', hidden_size: 4096, intermediate_size: 14336, num_attention_heads: 32, num_hidden_layers: 32, num_key_value_heads: 8, vocab_size: 32000, tie_word_embeddings: false }, 7_241_732_096],
    ['mixtral (Mixtral-8x7B-v0.1)', { model_type: 'mixtral', hidden_size: 4096, intermediate_size: 14336, num_attention_heads: 32, num_hidden_layers: 32, num_key_value_heads: 8, num_local_experts: 8, num_experts_per_tok: 2, vocab_size: 32000, tie_word_embeddings: false }, 46_702_792_704],
    ['qwen2 (Qwen2.5-7B)', { model_type: 'qwen2', hidden_size: 3584, intermediate_size: 18944, num_attention_heads: 28, num_hidden_layers: 28, num_key_value_heads: 4, vocab_size: 152064, tie_word_embeddings: false }, 7_615_616_512],
    ['qwen2 tied (Qwen2.5-0.5B)', { model_type: 'qwen2', hidden_size: 896, intermediate_size: 4864, num_attention_heads: 14, num_hidden_layers: 24, num_key_value_heads: 2, vocab_size: 151936, tie_word_embeddings: true }, 494_032_768],
    ['gemma2 (gemma-2-9b, no tie key: Gemma2Config ties by default)', { model_type: 'gemma2', hidden_size: 3584, intermediate_size: 14336, num_attention_heads: 16, num_hidden_layers: 42, num_key_value_heads: 8, head_dim: 256, vocab_size: 256000 }, 9_241_705_984],
    ['phi3 (Phi-3-mini-4k)', { model_type: 'phi3', hidden_size: 3072, intermediate_size: 8192, num_attention_heads: 32, num_hidden_layers: 32, num_key_value_heads: 32, vocab_size: 32064, tie_word_embeddings: false }, 3_821_079_552],
    ['gpt2', { model_type: 'gpt2', n_embd: 768, n_layer: 12, n_head: 12, n_positions: 1024, vocab_size: 50257 }, 124_439_808],
  ];
  it.each(configs)('%s', (_name, cfg, published) => {
    const r = architectureFromConfig(cfg);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(countParameters(r.architecture).total).toBe(published);
  });
});

describe("the action bundle's catalog data", () => {
  it('is the source tables: dist/catalog-tables.json holds every row and field the catalog modules build, nothing more', async () => {
    const { readFileSync } = await import('node:fs');
    const { TABLES } = await import('../src/catalog/tables.js');
    // toStrictEqual also tells a key set to undefined from a missing one, which JSON could not keep apart.
    expect(JSON.parse(readFileSync('dist/catalog-tables.json', 'utf8'))).toStrictEqual({ TABLES });
    // What the lookup modules export is read from the same tables.
    expect(TABLES.accelerators).toBe(ACCELERATORS);
    expect(TABLES.gpuPrices).toBe(GPU_PRICES);
  });
});
