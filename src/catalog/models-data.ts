import type { Architecture } from './architecture.js';
import type { CatalogModel } from './models.js';

/**
 * The model catalog's older entries (models-recent.ts has the newer ones), read through models.ts, which says
 * where the architectures and counts come from. Only tables.ts imports this module: see there why.
 */
type Shape = Partial<Architecture> &
  Pick<Architecture, 'layers' | 'hidden_size' | 'intermediate_size' | 'attention_heads' | 'vocab_size'>;

function arch(s: Shape): Architecture {
  return {
    kv_heads: s.attention_heads,
    tied_embeddings: false,
    gated_mlp: true,
    experts: 1,
    experts_per_token: 1,
    ...s,
  };
}

const HF = (repo: string) => `huggingface.co/${repo} config.json`;

export const CLASSIC_MODELS: readonly CatalogModel[] = [
  // GPT-2 (Radford et al. 2019): learned positions, biases everywhere, LayerNorm, tied embeddings.
  {
    id: 'gpt2', name: 'GPT-2 (124M)', context_length: 1024, published_parameters: 124_439_808,
    source: `${HF('openai-community/gpt2')}; 124,439,808 parameters (HF safetensors total)`,
    architecture: arch({ layers: 12, hidden_size: 768, intermediate_size: 3072, attention_heads: 12, vocab_size: 50257, tied_embeddings: true, gated_mlp: false, position_embeddings: 1024, bias: 'all', norm: 'layer' }),
  },
  {
    id: 'gpt2-xl', name: 'GPT-2 XL (1.5B)', context_length: 1024, published_parameters: 1_557_611_200,
    source: `${HF('openai-community/gpt2-xl')}; 1,557,611,200 parameters (HF safetensors total)`,
    architecture: arch({ layers: 48, hidden_size: 1600, intermediate_size: 6400, attention_heads: 25, vocab_size: 50257, tied_embeddings: true, gated_mlp: false, position_embeddings: 1024, bias: 'all', norm: 'layer' }),
  },
  {
    id: 'gpt-3-175b', name: 'GPT-3 175B', context_length: 2048, published_parameters: 174_600_000_000,
    source: 'Brown et al. 2020, "Language Models are Few-Shot Learners", Table 2.1 (96 layers, d_model 12288, 96 heads; 175.0B, 174.6B in the appendix)',
    architecture: arch({ layers: 96, hidden_size: 12288, intermediate_size: 49152, attention_heads: 96, vocab_size: 50257, tied_embeddings: true, gated_mlp: false, position_embeddings: 2048, bias: 'all', norm: 'layer' }),
  },
  // LLaMA 1 (Touvron et al. 2023, Table 2) and Llama 2 (Touvron et al. 2023b).
  {
    id: 'llama-7b', name: 'LLaMA 7B', context_length: 2048, published_parameters: 6_738_415_616,
    source: `${HF('huggyllama/llama-7b')}; LLaMA paper Table 2 "6.7B"`,
    architecture: arch({ layers: 32, hidden_size: 4096, intermediate_size: 11008, attention_heads: 32, vocab_size: 32000 }),
  },
  {
    id: 'llama-13b', name: 'LLaMA 13B', context_length: 2048, published_parameters: 13_015_864_320,
    source: `${HF('huggyllama/llama-13b')}; LLaMA paper Table 2 "13.0B"`,
    architecture: arch({ layers: 40, hidden_size: 5120, intermediate_size: 13824, attention_heads: 40, vocab_size: 32000 }),
  },
  {
    id: 'llama-33b', name: 'LLaMA 33B', context_length: 2048, published_parameters: 32_500_000_000,
    source: `${HF('huggyllama/llama-30b')}; LLaMA paper Table 2 "32.5B"`,
    architecture: arch({ layers: 60, hidden_size: 6656, intermediate_size: 17920, attention_heads: 52, vocab_size: 32000 }),
  },
  {
    id: 'llama-65b', name: 'LLaMA 65B', context_length: 2048, published_parameters: 65_200_000_000,
    source: `${HF('huggyllama/llama-65b')}; LLaMA paper Table 2 "65.2B"`,
    architecture: arch({ layers: 80, hidden_size: 8192, intermediate_size: 22016, attention_heads: 64, vocab_size: 32000 }),
  },
  {
    id: 'llama-2-7b', name: 'Llama 2 7B', context_length: 4096, published_parameters: 6_738_415_616,
    source: `${HF('meta-llama/Llama-2-7b-hf')}; 6,738,415,616 weights (the Hub's safetensors total, 6,738,417,664, adds 32 x 64 rotary inv_freq buffers)`,
    architecture: arch({ layers: 32, hidden_size: 4096, intermediate_size: 11008, attention_heads: 32, vocab_size: 32000 }),
  },
  {
    id: 'llama-2-13b', name: 'Llama 2 13B', context_length: 4096, published_parameters: 13_015_864_320,
    source: `${HF('meta-llama/Llama-2-13b-hf')}; 13,015,864,320 weights (the Hub's safetensors total, 13,015,866,880, adds 40 x 64 rotary inv_freq buffers)`,
    architecture: arch({ layers: 40, hidden_size: 5120, intermediate_size: 13824, attention_heads: 40, vocab_size: 32000 }),
  },
  {
    id: 'llama-2-70b', name: 'Llama 2 70B', context_length: 4096, published_parameters: 68_976_648_192,
    source: `${HF('meta-llama/Llama-2-70b-hf')}; 68,976,648,192 weights (the Hub's safetensors total, 68,976,653,312, adds 80 x 64 rotary inv_freq buffers)`,
    architecture: arch({ layers: 80, hidden_size: 8192, intermediate_size: 28672, attention_heads: 64, kv_heads: 8, vocab_size: 32000 }),
  },
  // Llama 3.x (Llama Team 2024, "The Llama 3 Herd of Models", Table 3).
  {
    id: 'llama-3.2-1b', name: 'Llama 3.2 1B', context_length: 8192, published_parameters: 1_235_814_400,
    source: `${HF('meta-llama/Llama-3.2-1B')}; 1,235,814,400 parameters (HF safetensors total, "1.23B" in the model card)`,
    architecture: arch({ layers: 16, hidden_size: 2048, intermediate_size: 8192, attention_heads: 32, kv_heads: 8, vocab_size: 128256, tied_embeddings: true }),
  },
  {
    id: 'llama-3.2-3b', name: 'Llama 3.2 3B', context_length: 8192, published_parameters: 3_212_749_824,
    source: `${HF('meta-llama/Llama-3.2-3B')}; 3,212,749,824 parameters (HF safetensors total, "3.21B" in the model card)`,
    architecture: arch({ layers: 28, hidden_size: 3072, intermediate_size: 8192, attention_heads: 24, kv_heads: 8, vocab_size: 128256, tied_embeddings: true }),
  },
  {
    id: 'llama-3.1-8b', name: 'Llama 3.1 8B', context_length: 8192, published_parameters: 8_030_261_248,
    aliases: ['llama-3-8b'],
    source: `${HF('meta-llama/Llama-3.1-8B')}; 8,030,261,248 parameters (HF safetensors total)`,
    architecture: arch({ layers: 32, hidden_size: 4096, intermediate_size: 14336, attention_heads: 32, kv_heads: 8, vocab_size: 128256 }),
  },
  {
    id: 'llama-3.1-70b', name: 'Llama 3.1 70B', context_length: 8192, published_parameters: 70_553_706_496,
    aliases: ['llama-3-70b', 'llama-3.3-70b'],
    source: `${HF('meta-llama/Llama-3.1-70B')}; 70,553,706,496 parameters (HF safetensors total)`,
    architecture: arch({ layers: 80, hidden_size: 8192, intermediate_size: 28672, attention_heads: 64, kv_heads: 8, vocab_size: 128256 }),
  },
  {
    id: 'llama-3.1-405b', name: 'Llama 3.1 405B', context_length: 8192, published_parameters: 405_853_388_800,
    source: `${HF('meta-llama/Llama-3.1-405B')}; Llama 3 paper Table 3 (126 layers, 16,384 wide, FFN 53,248, 128 heads, 8 KV heads); 405.85B (HF safetensors total)`,
    architecture: arch({ layers: 126, hidden_size: 16384, intermediate_size: 53248, attention_heads: 128, kv_heads: 8, vocab_size: 128256 }),
  },
  {
    id: 'tinyllama-1.1b', name: 'TinyLlama 1.1B', context_length: 2048, published_parameters: 1_100_048_384,
    source: `${HF('TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T')}; 1,100,048,384 parameters (HF safetensors total)`,
    architecture: arch({ layers: 22, hidden_size: 2048, intermediate_size: 5632, attention_heads: 32, kv_heads: 4, vocab_size: 32000 }),
  },
  // Mistral AI.
  {
    id: 'mistral-7b', name: 'Mistral 7B', context_length: 8192, published_parameters: 7_241_732_096,
    source: `${HF('mistralai/Mistral-7B-v0.1')}; 7,241,732,096 parameters (HF safetensors total)`,
    architecture: arch({ layers: 32, hidden_size: 4096, intermediate_size: 14336, attention_heads: 32, kv_heads: 8, vocab_size: 32000 }),
  },
  {
    id: 'mixtral-8x7b', name: 'Mixtral 8x7B', context_length: 32768, published_parameters: 46_702_792_704,
    published_active_parameters: 12_900_000_000,
    source: `${HF('mistralai/Mixtral-8x7B-v0.1')}; 46.7B total (HF safetensors total), 12.9B active (Jiang et al. 2024, "Mixtral of Experts")`,
    architecture: arch({ layers: 32, hidden_size: 4096, intermediate_size: 14336, attention_heads: 32, kv_heads: 8, vocab_size: 32000, experts: 8, experts_per_token: 2 }),
  },
  {
    id: 'mixtral-8x22b', name: 'Mixtral 8x22B', context_length: 65536, published_parameters: 141_000_000_000, published_rounding: 1e9,
    published_active_parameters: 39_000_000_000, published_active_rounding: 1e9,
    source: `${HF('mistralai/Mixtral-8x22B-v0.1')}; 141B total, 39B active (Mistral AI announcement "Cheaper, Better, Faster, Stronger", 2024)`,
    architecture: arch({ layers: 56, hidden_size: 6144, intermediate_size: 16384, attention_heads: 48, kv_heads: 8, vocab_size: 32768, experts: 8, experts_per_token: 2 }),
  },
  // DeepSeek-V3 (DeepSeek-AI 2024, technical report §2 and §4.2): MLA, 1 shared + 256 routed experts, 8 per token,
  // the first 3 layers dense. 671B total / 37B active excludes the 14B multi-token-prediction module.
  {
    id: 'deepseek-v3', name: 'DeepSeek-V3', context_length: 4096, published_parameters: 671_000_000_000,
    published_active_parameters: 37_000_000_000, published_active_rounding: 1e9, published_active_rounded_down: true,
    source: `${HF('deepseek-ai/DeepSeek-V3')}; DeepSeek-V3 technical report: "671B total parameters with 37B activated for each token"`,
    architecture: arch({
      layers: 61, hidden_size: 7168, intermediate_size: 2048, attention_heads: 128, vocab_size: 129280,
      experts: 256, experts_per_token: 8, shared_experts: 1, dense_layers: 3, dense_intermediate_size: 18432,
      mla: { q_lora_rank: 1536, kv_lora_rank: 512, qk_nope_head_dim: 128, qk_rope_head_dim: 64, v_head_dim: 128 },
    }),
  },
  // Qwen2.5 (Qwen Team 2024, technical report Table 1): biases on q/k/v only.
  {
    id: 'qwen2.5-0.5b', name: 'Qwen2.5 0.5B', context_length: 32768, published_parameters: 494_032_768,
    source: `${HF('Qwen/Qwen2.5-0.5B')}; 494,032,768 parameters (HF safetensors total, "0.49B" in the model card)`,
    architecture: arch({ layers: 24, hidden_size: 896, intermediate_size: 4864, attention_heads: 14, kv_heads: 2, vocab_size: 151936, tied_embeddings: true, bias: 'qkv' }),
  },
  {
    id: 'qwen2.5-1.5b', name: 'Qwen2.5 1.5B', context_length: 32768, published_parameters: 1_543_714_304,
    source: `${HF('Qwen/Qwen2.5-1.5B')}; 1,543,714,304 parameters (HF safetensors total, "1.54B" in the model card)`,
    architecture: arch({ layers: 28, hidden_size: 1536, intermediate_size: 8960, attention_heads: 12, kv_heads: 2, vocab_size: 151936, tied_embeddings: true, bias: 'qkv' }),
  },
  {
    id: 'qwen2.5-3b', name: 'Qwen2.5 3B', context_length: 32768, published_parameters: 3_085_938_688,
    source: `${HF('Qwen/Qwen2.5-3B')}; 3,085,938,688 parameters (HF safetensors total, "3.09B" in the model card)`,
    architecture: arch({ layers: 36, hidden_size: 2048, intermediate_size: 11008, attention_heads: 16, kv_heads: 2, vocab_size: 151936, tied_embeddings: true, bias: 'qkv' }),
  },
  {
    id: 'qwen2.5-7b', name: 'Qwen2.5 7B', context_length: 32768, published_parameters: 7_615_616_512,
    source: `${HF('Qwen/Qwen2.5-7B')}; 7,615,616,512 parameters (HF safetensors total, "7.61B" in the model card)`,
    architecture: arch({ layers: 28, hidden_size: 3584, intermediate_size: 18944, attention_heads: 28, kv_heads: 4, vocab_size: 152064, bias: 'qkv' }),
  },
  {
    id: 'qwen2.5-14b', name: 'Qwen2.5 14B', context_length: 32768, published_parameters: 14_770_033_664,
    source: `${HF('Qwen/Qwen2.5-14B')}; 14,770,033,664 parameters (HF safetensors total, "14.7B" in the model card)`,
    architecture: arch({ layers: 48, hidden_size: 5120, intermediate_size: 13824, attention_heads: 40, kv_heads: 8, vocab_size: 152064, bias: 'qkv' }),
  },
  {
    id: 'qwen2.5-32b', name: 'Qwen2.5 32B', context_length: 32768, published_parameters: 32_763_876_352,
    source: `${HF('Qwen/Qwen2.5-32B')}; 32,763,876,352 parameters (HF safetensors total, "32.5B" in the model card)`,
    architecture: arch({ layers: 64, hidden_size: 5120, intermediate_size: 27648, attention_heads: 40, kv_heads: 8, vocab_size: 152064, bias: 'qkv' }),
  },
  {
    id: 'qwen2.5-72b', name: 'Qwen2.5 72B', context_length: 32768, published_parameters: 72_706_203_648,
    source: `${HF('Qwen/Qwen2.5-72B')}; 72,706,203,648 parameters (HF safetensors total, "72.7B" in the model card)`,
    architecture: arch({ layers: 80, hidden_size: 8192, intermediate_size: 29568, attention_heads: 64, kv_heads: 8, vocab_size: 152064, bias: 'qkv' }),
  },
  // Gemma 2 (Gemma Team 2024, Table 1): GeGLU, head_dim 256 (2B, 9B) or 128 (27B), four RMSNorms per layer.
  {
    id: 'gemma-2-2b', name: 'Gemma 2 2B', context_length: 8192, published_parameters: 2_614_341_888,
    source: `${HF('google/gemma-2-2b')}; 2,614,341,888 parameters (HF safetensors total)`,
    architecture: arch({ layers: 26, hidden_size: 2304, intermediate_size: 9216, attention_heads: 8, kv_heads: 4, head_dim: 256, vocab_size: 256000, tied_embeddings: true, norms_per_layer: 4 }),
  },
  {
    id: 'gemma-2-9b', name: 'Gemma 2 9B', context_length: 8192, published_parameters: 9_241_705_984,
    source: `${HF('google/gemma-2-9b')}; 9,241,705,984 parameters (HF safetensors total)`,
    architecture: arch({ layers: 42, hidden_size: 3584, intermediate_size: 14336, attention_heads: 16, kv_heads: 8, head_dim: 256, vocab_size: 256000, tied_embeddings: true, norms_per_layer: 4 }),
  },
  {
    id: 'gemma-2-27b', name: 'Gemma 2 27B', context_length: 8192, published_parameters: 27_227_128_320,
    source: `${HF('google/gemma-2-27b')}; 27,227,128,320 parameters (HF safetensors total)`,
    architecture: arch({ layers: 46, hidden_size: 4608, intermediate_size: 36864, attention_heads: 32, kv_heads: 16, head_dim: 128, vocab_size: 256000, tied_embeddings: true, norms_per_layer: 4 }),
  },
  // Phi-3 (Abdin et al. 2024).
  {
    id: 'phi-3-mini', name: 'Phi-3 mini (3.8B)', context_length: 4096, published_parameters: 3_821_079_552,
    source: `${HF('microsoft/Phi-3-mini-4k-instruct')}; 3,821,079,552 parameters (HF safetensors total, "3.8B" in the paper)`,
    architecture: arch({ layers: 32, hidden_size: 3072, intermediate_size: 8192, attention_heads: 32, vocab_size: 32064 }),
  },
  {
    id: 'phi-3-medium', name: 'Phi-3 medium (14B)', context_length: 4096, published_parameters: 14e9,
    source: `${HF('microsoft/Phi-3-medium-4k-instruct')}; model card: "a 14B parameters, lightweight, state-of-the-art open model" (the formula gives 13.96B)`,
    architecture: arch({ layers: 40, hidden_size: 5120, intermediate_size: 17920, attention_heads: 40, kv_heads: 10, vocab_size: 32064 }),
  },
  // Falcon (Almazrouei et al. 2023): plain GELU MLP 4x wide, multi-query / grouped KV, LayerNorm.
  {
    id: 'falcon-7b', name: 'Falcon 7B', context_length: 2048, published_parameters: 6_921_720_704,
    source: `${HF('tiiuae/falcon-7b')}; 6,921,720,704 parameters (HF safetensors total)`,
    architecture: arch({ layers: 32, hidden_size: 4544, intermediate_size: 18176, attention_heads: 71, kv_heads: 1, head_dim: 64, vocab_size: 65024, tied_embeddings: true, gated_mlp: false, norm: 'layer', norms_per_layer: 1 }),
  },
  {
    id: 'falcon-40b', name: 'Falcon 40B', context_length: 2048, published_parameters: 41_800_000_000,
    source: `${HF('tiiuae/falcon-40b')}; 41.8B parameters (HF safetensors total)`,
    architecture: arch({ layers: 60, hidden_size: 8192, intermediate_size: 32768, attention_heads: 128, kv_heads: 8, head_dim: 64, vocab_size: 65024, gated_mlp: false, norm: 'layer' }),
  },
  {
    id: 'falcon-180b', name: 'Falcon 180B', context_length: 2048, published_parameters: 179_522_565_120,
    source: `${HF('tiiuae/falcon-180B')}; "180B" (Almazrouei et al. 2023), 179,522,565,120 by the Hub's safetensors total`,
    architecture: arch({ layers: 80, hidden_size: 14848, intermediate_size: 59392, attention_heads: 232, kv_heads: 8, head_dim: 64, vocab_size: 65024, gated_mlp: false, norm: 'layer' }),
  },
  // MosaicML MPT (ALiBi, no biases, LayerNorm without bias).
  {
    id: 'mpt-7b', name: 'MPT-7B', context_length: 2048, published_parameters: 6_649_286_656,
    source: `${HF('mosaicml/mpt-7b')}; 6.7B (MosaicML blog "Introducing MPT-7B", 2023), 6,649,286,656 by the HF total`,
    architecture: arch({ layers: 32, hidden_size: 4096, intermediate_size: 16384, attention_heads: 32, vocab_size: 50432, tied_embeddings: true, gated_mlp: false }),
  },
];
