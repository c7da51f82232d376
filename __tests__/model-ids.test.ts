import { findModel, MODELS } from '../src/catalog/models.js';
import { hubNameVariants } from '../src/catalog/hf-ids.js';

describe('Hugging Face model ids resolve to catalog entries offline', () => {
  it.each([
    ['meta-llama/Llama-3.1-8B-Instruct', 'llama-3.1-8b'],
    ['META-LLAMA/llama-3.1-8b-instruct', 'llama-3.1-8b'],
    ['meta-llama/Llama-3.1-8B@main', 'llama-3.1-8b'],
    ['meta-llama/Llama-2-7b-chat-hf', 'llama-2-7b'],
    ['mistralai/Mistral-7B-Instruct-v0.3', 'mistral-7b-v0.3'],
    ['mistralai/Mistral-Nemo-Instruct-2407', 'mistral-nemo-12b'],
    ['Qwen/Qwen3-8B-Base', 'qwen3-8b'],
    ['Qwen/Qwen2.5-7B-Instruct', 'qwen2.5-7b'],
    ['google/gemma-3-4b-it', 'gemma-3-4b'],
    ['google/gemma-2-9b-it', 'gemma-2-9b'],
    ['openai/gpt-oss-20b', 'gpt-oss-20b'],
    ['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 'deepseek-r1-distill-qwen-7b'],
    ['microsoft/Phi-3-mini-4k-instruct', 'phi-3-mini'],
    ['qwen3-8b', 'qwen3-8b'],
    ['Llama-3.1-8B-Instruct', 'llama-3.1-8b'],
  ])('%s -> %s', (hub, id) => {
    expect(findModel(hub)?.id).toBe(id);
  });

  it('does not resolve a different size or an unknown repository', () => {
    expect(findModel('meta-llama/Llama-3.1-9B-Instruct')).toBeUndefined();
    expect(findModel('someone/private-model')).toBeUndefined();
  });

  it('drops variant parts wherever they stand, keeping the owner form first', () => {
    expect(hubNameVariants('mistralai/Mistral-7B-Instruct-v0.3')).toEqual(['mistralai/mistral-7b-instruct-v0.3', 'mistralai/mistral-7b-v0.3', 'mistral-7b-instruct-v0.3', 'mistral-7b-v0.3']);
    expect(findModel('Qwen/Qwen3-4B-Instruct-2507')?.id).toBe('qwen3-4b');
  });

  it('never maps one hub id to two catalog entries', () => {
    const seen = new Map<string, string>();
    for (const m of MODELS) {
      for (const h of m.hf_ids ?? []) {
        const k = h.toLowerCase();
        expect(seen.get(k) ?? m.id).toBe(m.id);
        seen.set(k, m.id);
      }
    }
  });
});
