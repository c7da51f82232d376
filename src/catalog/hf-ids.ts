/**
 * Hugging Face Hub repositories of the older catalog entries (models.ts), by catalog id. Newer entries carry
 * their `hf_ids` inline (models-recent.ts).
 */
export const HF_IDS: Readonly<Record<string, readonly string[]>> = {
  gpt2: ['openai-community/gpt2', 'gpt2'],
  'gpt2-xl': ['openai-community/gpt2-xl', 'gpt2-xl'],
  'llama-7b': ['huggyllama/llama-7b'],
  'llama-13b': ['huggyllama/llama-13b'],
  'llama-33b': ['huggyllama/llama-30b'],
  'llama-65b': ['huggyllama/llama-65b'],
  'llama-2-7b': ['meta-llama/Llama-2-7b-hf', 'meta-llama/Llama-2-7b-chat-hf'],
  'llama-2-13b': ['meta-llama/Llama-2-13b-hf', 'meta-llama/Llama-2-13b-chat-hf'],
  'llama-2-70b': ['meta-llama/Llama-2-70b-hf', 'meta-llama/Llama-2-70b-chat-hf'],
  'llama-3.2-1b': ['meta-llama/Llama-3.2-1B'],
  'llama-3.2-3b': ['meta-llama/Llama-3.2-3B'],
  'llama-3.1-8b': ['meta-llama/Llama-3.1-8B', 'meta-llama/Meta-Llama-3.1-8B', 'meta-llama/Meta-Llama-3-8B', 'NousResearch/Meta-Llama-3.1-8B', 'unsloth/Meta-Llama-3.1-8B'],
  'llama-3.1-70b': ['meta-llama/Llama-3.1-70B', 'meta-llama/Meta-Llama-3.1-70B', 'meta-llama/Meta-Llama-3-70B', 'meta-llama/Llama-3.3-70B-Instruct'],
  'llama-3.1-405b': ['meta-llama/Llama-3.1-405B', 'meta-llama/Meta-Llama-3.1-405B'],
  'tinyllama-1.1b': ['TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T', 'TinyLlama/TinyLlama_v1.1', 'TinyLlama/TinyLlama-1.1B-Chat-v1.0'],
  'mistral-7b': ['mistralai/Mistral-7B-v0.1', 'mistralai/Mistral-7B-Instruct-v0.1', 'mistralai/Mistral-7B-Instruct-v0.2'],
  'mixtral-8x7b': ['mistralai/Mixtral-8x7B-v0.1', 'mistralai/Mixtral-8x7B-Instruct-v0.1'],
  'mixtral-8x22b': ['mistralai/Mixtral-8x22B-v0.1', 'mistralai/Mixtral-8x22B-Instruct-v0.1'],
  'deepseek-v3': ['deepseek-ai/DeepSeek-V3', 'deepseek-ai/DeepSeek-V3-Base'],
  'qwen2.5-0.5b': ['Qwen/Qwen2.5-0.5B'],
  'qwen2.5-1.5b': ['Qwen/Qwen2.5-1.5B'],
  'qwen2.5-3b': ['Qwen/Qwen2.5-3B'],
  'qwen2.5-7b': ['Qwen/Qwen2.5-7B'],
  'qwen2.5-14b': ['Qwen/Qwen2.5-14B'],
  'qwen2.5-32b': ['Qwen/Qwen2.5-32B'],
  'qwen2.5-72b': ['Qwen/Qwen2.5-72B'],
  'gemma-2-2b': ['google/gemma-2-2b'],
  'gemma-2-9b': ['google/gemma-2-9b'],
  'gemma-2-27b': ['google/gemma-2-27b'],
  'phi-3-mini': ['microsoft/Phi-3-mini-4k-instruct'],
  'phi-3-medium': ['microsoft/Phi-3-medium-4k-instruct', 'microsoft/Phi-3-medium-128k-instruct'],
  'falcon-7b': ['tiiuae/falcon-7b'],
  'falcon-40b': ['tiiuae/falcon-40b'],
  'falcon-180b': ['tiiuae/falcon-180B'],
  'mpt-7b': ['mosaicml/mpt-7b'],
};

/** Name parts that mark a tuned or packaged variant of the same architecture. */
const VARIANT_PARTS = new Set(['instruct', 'chat', 'base', 'it', 'pt', 'hf']);

/**
 * Lower-cased forms under which a Hub id (or a catalog-style name) is looked up: as written, then with variant
 * parts (-Instruct, -Chat, -Base, -it, -pt, -hf) dropped wherever they stand (Mistral-7B-Instruct-v0.3 ->
 * mistral-7b-v0.3), each with and without the owner.
 */
export function hubNameVariants(id: string): string[] {
  const lower = id.trim().toLowerCase();
  const slash = lower.indexOf('/');
  const owner = slash >= 0 ? lower.slice(0, slash + 1) : '';
  const name = slash >= 0 ? lower.slice(slash + 1) : lower;
  const stripped = name.split('-').filter((p) => !VARIANT_PARTS.has(p)).join('-');
  // A dated re-release of a tuned variant (Qwen3-4B-Instruct-2507) keeps the base model's shape.
  const undated = stripped !== name ? stripped.replace(/-\d{4}$/, '') : stripped;
  const out = [lower, owner + stripped, owner + undated];
  if (owner) out.push(name, stripped, undated);
  return [...new Set(out)];
}
