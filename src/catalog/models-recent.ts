import type { Architecture } from './architecture.js';
import type { CatalogModel } from './models.js';
import { groupDigits } from './digits.js';

/**
 * Open models released 2024-2025 that teams fine-tune: Qwen3 (dense and MoE), Gemma 3, gpt-oss, the DeepSeek-R1
 * family and its distills, newer Mistral and Phi models. Each architecture is copied from the repository's
 * config.json (the text model's `text_config` for multimodal repositories); `published_parameters` is the
 * figure the publisher states (model card or technical report). Where the publisher only gives a rounded
 * figure ("1.7B"), `published_rounding` is that rounding unit and the parameter test accepts the interval it
 * implies as well as 1%.
 */
type Shape = Partial<Architecture> & Pick<Architecture, 'layers' | 'hidden_size' | 'intermediate_size' | 'attention_heads' | 'vocab_size'>;

function arch(s: Shape): Architecture {
  return { kv_heads: s.attention_heads, tied_embeddings: false, gated_mlp: true, experts: 1, experts_per_token: 1, ...s };
}


const HF = (repo: string) => `huggingface.co/${repo} config.json`;
const card = (repo: string) => `huggingface.co/${repo} model card`;

// Qwen3 (Qwen Team 2025, "Qwen3 Technical Report", Tables 1-2): head_dim 128, QK-norm, no biases; the model
// cards state total and non-embedding counts.
const qwen3 = (size: string, s: Omit<Shape, 'vocab_size'>, weights: number, carded: number, nonEmbedding: string, extra: Partial<CatalogModel> = {}): CatalogModel => ({
  id: `qwen3-${size.toLowerCase()}`, name: `Qwen3 ${size}`, context_length: 32768, published_parameters: weights,
  hf_ids: [`Qwen/Qwen3-${size}`, `Qwen/Qwen3-${size}-Base`],
  source: `${HF(`Qwen/Qwen3-${size}`)}; ${groupDigits(weights)} weights (the card rounds: "Number of Parameters: ${carded / 1e9}B; Non-Embedding: ${nonEmbedding}")`,
  architecture: arch({ head_dim: 128, ...s, vocab_size: 151936 }),
  ...extra,
});

const distill = (base: string, size: string, s: Shape, published: number, publishedText: string): CatalogModel => ({
  id: `deepseek-r1-distill-${base.toLowerCase()}-${size.toLowerCase()}`, name: `DeepSeek-R1-Distill-${base}-${size}`, context_length: 32768,
  published_parameters: published,
  hf_ids: [`deepseek-ai/DeepSeek-R1-Distill-${base}-${size}`],
  source: `${HF(`deepseek-ai/DeepSeek-R1-Distill-${base}-${size}`)}; ${publishedText}`,
  architecture: arch(s),
});

export const RECENT_MODELS: readonly CatalogModel[] = [
  qwen3('0.6B', { layers: 28, hidden_size: 1024, intermediate_size: 3072, attention_heads: 16, kv_heads: 8, tied_embeddings: true }, 596_049_920, 0.6e9, '0.44B'),
  qwen3('1.7B', { layers: 28, hidden_size: 2048, intermediate_size: 6144, attention_heads: 16, kv_heads: 8, tied_embeddings: true }, 1_720_574_976, 1.7e9, '1.4B'),
  qwen3('4B', { layers: 36, hidden_size: 2560, intermediate_size: 9728, attention_heads: 32, kv_heads: 8, tied_embeddings: true }, 4_022_468_096, 4.0e9, '3.6B'),
  qwen3('8B', { layers: 36, hidden_size: 4096, intermediate_size: 12288, attention_heads: 32, kv_heads: 8 }, 8_190_735_360, 8.2e9, '6.95B'),
  qwen3('14B', { layers: 40, hidden_size: 5120, intermediate_size: 17408, attention_heads: 40, kv_heads: 8 }, 14_768_307_200, 14.8e9, '13.2B'),
  qwen3('32B', { layers: 64, hidden_size: 5120, intermediate_size: 25600, attention_heads: 64, kv_heads: 8 }, 32_762_123_264, 32.8e9, '31.2B'),
  qwen3('30B-A3B', { layers: 48, hidden_size: 2048, intermediate_size: 768, attention_heads: 32, kv_heads: 4, experts: 128, experts_per_token: 8 }, 30_532_122_624, 30.5e9, '29.9B', { published_active_parameters: 3.3e9, published_active_rounding: 0.1e9, published_active_rounded_down: true }),
  qwen3('235B-A22B', { layers: 94, hidden_size: 4096, intermediate_size: 1536, attention_heads: 64, kv_heads: 4, experts: 128, experts_per_token: 8 }, 235_093_634_560, 235e9, '234B', { published_active_parameters: 22e9, published_active_rounding: 1e9 }),
  // Qwen1.5-MoE (qwen2_moe): 60 routed experts of width 1408, 4 per token, and a shared expert 4 x 1408 wide.
  {
    id: 'qwen1.5-moe-a2.7b', name: 'Qwen1.5-MoE-A2.7B', context_length: 8192, published_parameters: 14.3e9, published_active_parameters: 2.7e9,
    published_rounding: 0.1e9, hf_ids: ['Qwen/Qwen1.5-MoE-A2.7B'],
    source: `${HF('Qwen/Qwen1.5-MoE-A2.7B')}; Qwen blog "Qwen1.5-MoE: Matching 7B Model Performance with 1/3 Activated Parameters": 14.3B total, 2.7B activated`,
    architecture: arch({ layers: 24, hidden_size: 2048, intermediate_size: 1408, attention_heads: 16, vocab_size: 151936, experts: 60, experts_per_token: 4, shared_experts: 4, bias: 'qkv' }),
  },
  // Qwen2.5-Coder: the Qwen2.5 architecture (Hui et al. 2024, Qwen2.5-Coder technical report, Table 1).
  {
    id: 'qwen2.5-coder-7b', name: 'Qwen2.5-Coder 7B', context_length: 32768, published_parameters: 7.61e9, published_rounding: 0.01e9,
    hf_ids: ['Qwen/Qwen2.5-Coder-7B'], source: `${HF('Qwen/Qwen2.5-Coder-7B')}; ${card('Qwen/Qwen2.5-Coder-7B')}: "Number of Parameters: 7.61B"`,
    architecture: arch({ layers: 28, hidden_size: 3584, intermediate_size: 18944, attention_heads: 28, kv_heads: 4, vocab_size: 152064, bias: 'qkv' }),
  },
  {
    id: 'qwen2.5-coder-32b', name: 'Qwen2.5-Coder 32B', context_length: 32768, published_parameters: 32_763_876_352,
    hf_ids: ['Qwen/Qwen2.5-Coder-32B'], source: `${HF('Qwen/Qwen2.5-Coder-32B')}; 32,763,876,352 weights (${card('Qwen/Qwen2.5-Coder-32B')} rounds: "Number of Parameters: 32.5B")`,
    architecture: arch({ layers: 64, hidden_size: 5120, intermediate_size: 27648, attention_heads: 40, kv_heads: 8, vocab_size: 152064, bias: 'qkv' }),
  },
  // Gemma 3 (Gemma Team 2025, technical report Table 1: embedding + non-embedding parameters of the text model,
  // the 417M SigLIP vision encoder of the 4B-27B models excluded). GeGLU, QK-norm, four norms per layer, tied.
  ...([
    ['1b', { layers: 26, hidden_size: 1152, intermediate_size: 6912, attention_heads: 4, kv_heads: 1, vocab_size: 262144 }, 302e6 + 698e6, '302M embedding + 698M non-embedding'],
    ['4b', { layers: 34, hidden_size: 2560, intermediate_size: 10240, attention_heads: 8, kv_heads: 4, vocab_size: 262208 }, 675e6 + 3209e6, '675M embedding + 3,209M non-embedding'],
    ['12b', { layers: 48, hidden_size: 3840, intermediate_size: 15360, attention_heads: 16, kv_heads: 8, vocab_size: 262208 }, 1012e6 + 10759e6, '1,012M embedding + 10,759M non-embedding'],
    ['27b', { layers: 62, hidden_size: 5376, intermediate_size: 21504, attention_heads: 32, kv_heads: 16, head_dim: 128, vocab_size: 262208 }, 1416e6 + 25600e6, '1,416M embedding + 25,600M non-embedding'],
  ] as const).map(([size, s, published, text]): CatalogModel => ({
    id: `gemma-3-${size}`, name: `Gemma 3 ${size.toUpperCase()}`, context_length: 32768, published_parameters: published,
    hf_ids: [`google/gemma-3-${size}-pt`, `google/gemma-3-${size}-it`],
    source: `${HF(`google/gemma-3-${size}-pt`)}${size === '1b' ? '' : ' (text_config)'}; Gemma 3 technical report Table 1: ${text}`,
    architecture: arch({ head_dim: 256, tied_embeddings: true, norms_per_layer: 4, ...s }),
  })),
  // gpt-oss (OpenAI 2025, gpt-oss model card Table 1): MoE with biases on attention, router and experts.
  {
    id: 'gpt-oss-20b', name: 'gpt-oss-20b', context_length: 131072, published_parameters: 20.91e9, published_active_parameters: 3.61e9, published_active_excludes_embedding: true,
    hf_ids: ['openai/gpt-oss-20b'],
    source: `${HF('openai/gpt-oss-20b')}; gpt-oss model card (OpenAI, Aug 2025) Table 1: 20.91B total, 3.61B active`,
    architecture: arch({ layers: 24, hidden_size: 2880, intermediate_size: 2880, attention_heads: 64, kv_heads: 8, head_dim: 64, vocab_size: 201088, experts: 32, experts_per_token: 4, bias: 'all' }),
  },
  {
    id: 'gpt-oss-120b', name: 'gpt-oss-120b', context_length: 131072, published_parameters: 116.83e9, published_active_parameters: 5.13e9, published_active_excludes_embedding: true,
    hf_ids: ['openai/gpt-oss-120b'],
    source: `${HF('openai/gpt-oss-120b')}; gpt-oss model card (OpenAI, Aug 2025) Table 1: 116.83B total, 5.13B active`,
    architecture: arch({ layers: 36, hidden_size: 2880, intermediate_size: 2880, attention_heads: 64, kv_heads: 8, head_dim: 64, vocab_size: 201088, experts: 128, experts_per_token: 4, bias: 'all' }),
  },
  // DeepSeek-R1 shares DeepSeek-V3's architecture (DeepSeek-AI 2025, R1 paper §2.3; model card "671B total, 37B activated").
  {
    id: 'deepseek-r1', name: 'DeepSeek-R1', context_length: 4096, published_parameters: 671e9, published_active_parameters: 37e9,
    published_active_rounding: 1e9, published_active_rounded_down: true,
    hf_ids: ['deepseek-ai/DeepSeek-R1', 'deepseek-ai/DeepSeek-R1-0528', 'deepseek-ai/DeepSeek-V3-0324', 'deepseek-ai/DeepSeek-V3.1'],
    source: `${HF('deepseek-ai/DeepSeek-R1')}; ${card('deepseek-ai/DeepSeek-R1')}: "671B total parameters, 37B activated"`,
    architecture: arch({
      layers: 61, hidden_size: 7168, intermediate_size: 2048, attention_heads: 128, vocab_size: 129280,
      experts: 256, experts_per_token: 8, shared_experts: 1, dense_layers: 3, dense_intermediate_size: 18432,
      mla: { q_lora_rank: 1536, kv_lora_rank: 512, qk_nope_head_dim: 128, qk_rope_head_dim: 64, v_head_dim: 128 },
    }),
  },
  // R1 distills: fine-tunes of Qwen2.5-Math and Llama 3.x checkpoints, with those architectures (R1 paper Table 5 names the bases).
  distill('Qwen', '1.5B', { layers: 28, hidden_size: 1536, intermediate_size: 8960, attention_heads: 12, kv_heads: 2, vocab_size: 151936, bias: 'qkv' }, 1.78e9, 'Hub safetensors total 1.78B (Qwen2.5-Math-1.5B with an untied output layer)'),
  distill('Qwen', '7B', { layers: 28, hidden_size: 3584, intermediate_size: 18944, attention_heads: 28, kv_heads: 4, vocab_size: 152064, bias: 'qkv' }, 7_615_616_512, '7,615,616,512 weights (Qwen2.5-Math-7B; the Hub page rounds to 7.62B)'),
  distill('Qwen', '14B', { layers: 48, hidden_size: 5120, intermediate_size: 13824, attention_heads: 40, kv_heads: 8, vocab_size: 152064, bias: 'qkv' }, 14_770_033_664, '14,770,033,664 weights (Qwen2.5-14B; the Hub page rounds to 14.8B)'),
  distill('Qwen', '32B', { layers: 64, hidden_size: 5120, intermediate_size: 27648, attention_heads: 40, kv_heads: 8, vocab_size: 152064, bias: 'qkv' }, 32_763_876_352, '32,763,876,352 weights (Qwen2.5-32B; the Hub page rounds to 32.8B)'),
  distill('Llama', '8B', { layers: 32, hidden_size: 4096, intermediate_size: 14336, attention_heads: 32, kv_heads: 8, vocab_size: 128256 }, 8_030_261_248, '8,030,261,248 parameters (Llama-3.1-8B)'),
  distill('Llama', '70B', { layers: 80, hidden_size: 8192, intermediate_size: 28672, attention_heads: 64, kv_heads: 8, vocab_size: 128256 }, 70_553_706_496, '70,553,706,496 parameters (Llama-3.3-70B-Instruct)'),
  // Mistral AI.
  {
    id: 'mistral-7b-v0.3', name: 'Mistral 7B v0.3', context_length: 32768, published_parameters: 7_248_023_552,
    hf_ids: ['mistralai/Mistral-7B-v0.3', 'mistralai/Mistral-7B-Instruct-v0.3'],
    source: `${HF('mistralai/Mistral-7B-v0.3')}; 7,248,023,552 parameters (Hub safetensors total; vocabulary extended to 32768)`,
    architecture: arch({ layers: 32, hidden_size: 4096, intermediate_size: 14336, attention_heads: 32, kv_heads: 8, vocab_size: 32768 }),
  },
  {
    id: 'mistral-nemo-12b', name: 'Mistral NeMo 12B', context_length: 131072, published_parameters: 12_247_782_400,
    hf_ids: ['mistralai/Mistral-Nemo-Base-2407', 'mistralai/Mistral-Nemo-Instruct-2407'],
    source: `${HF('mistralai/Mistral-Nemo-Base-2407')}; 12,247,782,400 parameters (Hub safetensors total; "12B" in the model card)`,
    architecture: arch({ layers: 40, hidden_size: 5120, intermediate_size: 14336, attention_heads: 32, kv_heads: 8, head_dim: 128, vocab_size: 131072 }),
  },
  {
    id: 'mistral-small-24b', name: 'Mistral Small 3 (24B)', context_length: 32768, published_parameters: 23_572_403_200,
    hf_ids: ['mistralai/Mistral-Small-24B-Base-2501', 'mistralai/Mistral-Small-24B-Instruct-2501', 'mistralai/Mistral-Small-3.1-24B-Base-2503', 'mistralai/Mistral-Small-3.1-24B-Instruct-2503', 'mistralai/Mistral-Small-3.2-24B-Instruct-2506'],
    source: `${HF('mistralai/Mistral-Small-24B-Base-2501')}; 23,572,403,200 parameters (Hub safetensors total of the text model; "24B" in the model card; 3.1/3.2 add a 0.44B vision encoder)`,
    architecture: arch({ layers: 40, hidden_size: 5120, intermediate_size: 32768, attention_heads: 32, kv_heads: 8, head_dim: 128, vocab_size: 131072 }),
  },
  // Microsoft Phi.
  {
    id: 'phi-3.5-mini', name: 'Phi-3.5 mini (3.8B)', context_length: 131072, published_parameters: 3_821_079_552,
    hf_ids: ['microsoft/Phi-3.5-mini-instruct', 'microsoft/Phi-3-mini-128k-instruct'],
    source: `${HF('microsoft/Phi-3.5-mini-instruct')}; 3,821,079,552 parameters (Hub safetensors total, "3.8B" in the model card)`,
    architecture: arch({ layers: 32, hidden_size: 3072, intermediate_size: 8192, attention_heads: 32, vocab_size: 32064 }),
  },
  {
    id: 'phi-3.5-moe', name: 'Phi-3.5-MoE (16x3.8B)', context_length: 131072, published_parameters: 41.9e9, published_active_parameters: 6.6e9,
    published_rounding: 0.1e9, hf_ids: ['microsoft/Phi-3.5-MoE-instruct'],
    source: `${HF('microsoft/Phi-3.5-MoE-instruct')}; ${card('microsoft/Phi-3.5-MoE-instruct')}: "16x3.8B parameters with 6.6B active", 41.9B total (Abdin et al. 2024, Phi-3 report §2)`,
    architecture: arch({ layers: 32, hidden_size: 4096, intermediate_size: 6400, attention_heads: 32, kv_heads: 8, vocab_size: 32064, experts: 16, experts_per_token: 2, norm: 'layer' }),
  },
  {
    id: 'phi-4', name: 'Phi-4 (14B)', context_length: 16384, published_parameters: 14_659_507_200,
    hf_ids: ['microsoft/phi-4'],
    source: `${HF('microsoft/phi-4')}; Hub safetensors total 14,659,507,200 (14.7B on the Hub page; "14B" in Abdin et al. 2024, Phi-4 technical report)`,
    architecture: arch({ layers: 40, hidden_size: 5120, intermediate_size: 17920, attention_heads: 40, kv_heads: 10, vocab_size: 100352 }),
  },
  {
    id: 'phi-4-mini', name: 'Phi-4-mini (3.8B)', context_length: 131072, published_parameters: 3_836_021_760,
    hf_ids: ['microsoft/Phi-4-mini-instruct', 'microsoft/Phi-4-mini-reasoning'],
    source: `${HF('microsoft/Phi-4-mini-instruct')}; Hub safetensors total 3,836,021,760 (${card('microsoft/Phi-4-mini-instruct')}: "3.8B parameters")`,
    architecture: arch({ layers: 32, hidden_size: 3072, intermediate_size: 8192, attention_heads: 24, kv_heads: 8, vocab_size: 200064, tied_embeddings: true }),
  },
];
