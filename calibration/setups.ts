import type { Architecture } from '../src/catalog/architecture.js';
import type { Job, ModelSpec } from '../src/manifest/types.js';

/**
 * How each published record in published-runs.json (copied from shared/reference, sources inside) was set up,
 * transcribed from the record's own `method`, `batch`, `seq_len` and `notes` fields, and what it is compared on:
 *  - gpu_hours: the run's published GPU-hours against the estimate's expected GPU-hours (goodput included);
 *  - mfu / hfu / tflops: a throughput benchmark's utilisation against the model's (no goodput: benchmarks
 *    time steady-state steps). Megatron-LM's "% of peak" counts the recomputation pass, so it is HFU.
 * Records left out say why.
 */
export type Compare = 'gpu_hours' | 'mfu' | 'hfu' | 'tflops' | 'tokens_per_gpu_second';

export interface Setup {
  id: string;
  compare: Compare;
  job: Partial<Omit<Job, 'model'>> & { model: ModelSpec; gpu: string; count: number; tokens?: number; seq: number; micro: number; global?: number; ckpt: Job['training']['gradient_checkpointing']; loss?: Job['training']['loss']; zero: 0 | 1 | 2 | 3; tensor?: number; pipeline?: number; flash?: boolean; sp?: boolean; virtual?: number };
  /** Published GPU-hours when the record gives GPUs x days instead. */
  derived_gpu_hours?: number;
  /**
   * Why the published GPU-hours count steady-state training time (tokens over throughput), not wall-clock time
   * with restarts and evaluation: compared with the estimate before goodput, like with like. Absent: wall-clock.
   */
  steady_state_hours?: string;
  /**
   * Fields of `job` the source does not publish, each with the other values a run like it could have used:
   * `npm run calibrate` prints how much each moves the record's error (calibration/sensitivity.ts).
   */
  assumed?: Partial<Record<AssumedField, (number | string)[]>>;
  /**
   * The id of a record in calibration/published-memory.json that is the same published run (the same README
   * row): its manifest set-up, validated by the loader, is this run's set-up too (precision, master weights,
   * optimizer, optimizer in backward, loss, LoRA targets), so memory and time are checked on one set-up.
   */
  memory_record?: string;
  /**
   * The memory record's `offload: optimizer` stands for bitsandbytes' paged optimizer (states in CUDA unified
   * memory, outside PyTorch's allocator count): the GPU still runs the optimizer step, so the time comparison
   * runs it without the CPU optimizer step that ZeRO-Offload's time term charges.
   */
  paged_optimizer?: boolean;
  /**
   * Why the source's utilisation counts 6·N FLOPs per token (N: its parameter count), without the attention
   * term our model FLOPs carry (PaLM's convention): the published figure is then turned into tokens per second
   * and compared in our FLOPs. Absent: the source counts FLOPs as we do.
   */
  six_n?: { parameters: number; why: string };
}

/** Set-up fields a source may leave unpublished. */
export type AssumedField = 'count' | 'tensor' | 'micro' | 'ckpt' | 'virtual';

export interface Skipped {
  id: string;
  why: string;
}

/** Megatron-LM's GPT models (Narayanan et al. 2021, Table 1): vocabulary 51,200, sequence 2,048, GPT-2-style blocks. */
function gpt(layers: number, hidden: number, heads: number): ModelSpec {
  const arch: Architecture = {
    layers, hidden_size: hidden, intermediate_size: 4 * hidden, attention_heads: heads, kv_heads: heads, vocab_size: 51200,
    tied_embeddings: true, gated_mlp: false, experts: 1, experts_per_token: 1, position_embeddings: 2048, bias: 'all', norm: 'layer',
  };
  return { kind: 'architecture', architecture: arch, from: 'manifest' };
}

/** MosaicML llm-foundry's MPT models: plain 4x MLP, no biases, vocabulary 50,368 (llm-foundry scripts/train/yamls/pretrain). */
function mpt(layers: number, hidden: number, heads: number): ModelSpec {
  const arch: Architecture = {
    layers, hidden_size: hidden, intermediate_size: 4 * hidden, attention_heads: heads, kv_heads: heads, vocab_size: 50368,
    tied_embeddings: true, gated_mlp: false, experts: 1, experts_per_token: 1,
  };
  return { kind: 'architecture', architecture: arch, from: 'manifest' };
}

const cat = (id: string): ModelSpec => ({ kind: 'catalog', id });

const LLAMA_STEADY = 'LLaMA §2.4: 1.4T tokens at 380 tokens/s/GPU is 1,023,392 GPU-hours, Table 15 gives 1,022,362 for 65B: tokens over throughput';

/**
 * Llama 3's FLOP accounting: "pre-trained using 3.8 x 10^25 FLOPs ... 405B trainable parameters on 15.6T text
 * tokens" (§1) is 6 x 405e9 x 15.6e12 = 3.79e25, six FLOPs per parameter and token with no attention term (which
 * would add 8% at 8K: 4.1e25). Its Table 4 TFLOPs/GPU and MFU are read with the same count.
 */
const LLAMA3_6N = { parameters: 405e9, why: 'Llama 3 §1: 3.8e25 FLOPs for 405B parameters on 15.6T tokens = 6ND, no attention term' };

export const SETUPS: Setup[] = [
  // Touvron et al. 2023 (LLaMA), Table 15: GPU-hours on A100-80GB; 4M-token batches of 2,048; efficient attention
  // (xformers) and checkpointing of the expensive activations (selective); 2,048 GPUs for 65B (§2.4).
  // Table 15's GPU-hours are steady-state time: §2.4's 380 tokens/s/GPU for 65B gives 1.4T / 380 / 3600 =
  // 1,023,392 GPU-hours against the table's 1,022,362 (0.1% apart), so they are tokens over throughput, with no
  // restarts or evaluation in them; the smaller models' rows come from the same table (assumed the same basis).
  { id: 'llama_7b', assumed: { count: [512, 2048], tensor: [2], micro: [1, 4] }, compare: 'gpu_hours', steady_state_hours: LLAMA_STEADY, job: { model: cat('llama-7b'), gpu: 'a100-80gb', count: 1024, tokens: 1e12, seq: 2048, micro: 2, global: 2048, ckpt: 'selective', zero: 1 } },
  { id: 'llama_13b', assumed: { count: [512, 2048], tensor: [1, 4], micro: [1, 4] }, compare: 'gpu_hours', steady_state_hours: LLAMA_STEADY, job: { model: cat('llama-13b'), gpu: 'a100-80gb', count: 1024, tokens: 1e12, seq: 2048, micro: 2, global: 2048, ckpt: 'selective', zero: 1, tensor: 2 } },
  { id: 'llama_33b', assumed: { count: [1024], tensor: [2, 8], micro: [2] }, compare: 'gpu_hours', steady_state_hours: LLAMA_STEADY, job: { model: cat('llama-33b'), gpu: 'a100-80gb', count: 2048, tokens: 1.4e12, seq: 2048, micro: 1, global: 2048, ckpt: 'selective', zero: 1, tensor: 4 } },
  { id: 'llama_65b', assumed: { tensor: [4], micro: [2] }, compare: 'gpu_hours', steady_state_hours: LLAMA_STEADY, job: { model: cat('llama-65b'), gpu: 'a100-80gb', count: 2048, tokens: 1.4e12, seq: 2048, micro: 1, global: 2048, ckpt: 'selective', zero: 1, tensor: 8 } },
  // Llama 2 model card: GPU-hours on A100-80GB, 2T tokens at 4,096, 4M-token global batch.
  // Not published for LLaMA and Llama 2 (marked `assumed`): GPU counts (but LLaMA 65B's 2,048), tensor degrees
  // and micro-batches; for Llama 3.1 the micro-batch and the chunks per GPU (read from the text); for MPT-7B the micro-batch and recomputation.
  { id: 'llama_2_7b', assumed: { count: [512, 2048], tensor: [2], micro: [2] }, compare: 'gpu_hours', job: { model: cat('llama-2-7b'), gpu: 'a100-80gb', count: 1024, tokens: 2e12, seq: 4096, micro: 1, global: 1024, ckpt: 'selective', zero: 1 } },
  { id: 'llama_2_70b', assumed: { count: [1024, 4096], tensor: [4], micro: [2] }, compare: 'gpu_hours', job: { model: cat('llama-2-70b'), gpu: 'a100-80gb', count: 2048, tokens: 2e12, seq: 4096, micro: 1, global: 1024, ckpt: 'selective', zero: 1, tensor: 8 } },
  // Llama 3.1 405B: 15.6T tokens, 16K H100s, TP8 PP16, 16M-token batches of 8,192 (Llama 3 paper §3.3). Its FSDP
  // "shard[s] optimizer states and gradients, but for model shards we do not reshard after forward computation"
  // (§3.3.2): ZeRO stage 2 in our terms. Interleaved schedule with bubble (PP-1)/(V*M) (§3.3.2); V is not given as a
  // number, but "we reduce one Transformer layer each from the first and the last stages ... the first model chunk
  // on the first stage has only the embedding" means a chunk held one layer: (126 + 2) / 16 = 8 chunks per GPU.
  { id: 'llama_3_1_405b_stage1_8k', assumed: { micro: [2], virtual: [2, 4] }, compare: 'mfu', six_n: LLAMA3_6N, job: { model: cat('llama-3.1-405b'), gpu: 'h100-80gb', count: 8192, seq: 8192, micro: 1, global: 2048, ckpt: 'none', zero: 2, tensor: 8, pipeline: 16, virtual: 8 } },
  { id: 'llama_3_1_405b_stage2_16k', assumed: { micro: [2], virtual: [2, 4] }, compare: 'mfu', six_n: LLAMA3_6N, job: { model: cat('llama-3.1-405b'), gpu: 'h100-80gb', count: 16384, seq: 8192, micro: 1, global: 2048, ckpt: 'none', zero: 2, tensor: 8, pipeline: 16, virtual: 8 } },
  // MPT-7B: 440 A100-40GB for 9.5 days (MosaicML blog), FSDP, global batch 1,760 x 2,048.
  { id: 'mpt_7b', assumed: { micro: [2, 8], ckpt: ['selective', 'full'] }, compare: 'gpu_hours', derived_gpu_hours: 440 * 9.5 * 24, job: { model: cat('mpt-7b'), gpu: 'a100-40gb', count: 440, tokens: 1e12, seq: 2048, micro: 4, global: 1760, ckpt: 'none', zero: 3, loss: 'chunked' } },
  // TinyLlama: 16 A100-40GB, FSDP, FlashAttention-2, 16K tokens per GPU per step; reports 56% MFU.
  { id: 'tinyllama_1_1b', compare: 'mfu', job: { model: cat('tinyllama-1.1b'), gpu: 'a100-40gb', count: 16, seq: 2048, micro: 8, global: 1024, ckpt: 'none', zero: 3 } },
  // Narayanan et al. 2021, Table 1: PTD-P with full recomputation ("uniform"), the interleaved schedule (§5.1), fp16;
  // 2021 software, before FlashAttention (Dao et al. 2022) and sequence parallelism (Korthikanti et al. 2022).
  // Micro-batches and interleaving as the authors' scripts for the paper set them (NVIDIA/Megatron-LM
  // examples/sc21/run_table_1.sh, 2021-08): MBS 16, 16, 16, 8, 4, 2, 2, 1, 1, 1 and
  // --num-layers-per-virtual-pipeline-stage 5, 5, 3, 1 for 76B, 145B, 310B, 530B (chunks per GPU = layers per
  // stage / that: 3, 2, 2, 3); 39B and 1T run without it (1 chunk).
  { id: 'megatron_table1_1p7b', compare: 'hfu', job: { model: gpt(24, 2304, 24), gpu: 'a100-80gb', count: 32, seq: 2048, micro: 16, global: 512, ckpt: 'full', zero: 0, flash: false, sp: false } },
  { id: 'megatron_table1_3p6b', compare: 'hfu', job: { model: gpt(30, 3072, 32), gpu: 'a100-80gb', count: 64, seq: 2048, micro: 16, global: 512, ckpt: 'full', zero: 0, flash: false, sp: false, tensor: 2 } },
  { id: 'megatron_table1_7p5b', compare: 'hfu', job: { model: gpt(36, 4096, 32), gpu: 'a100-80gb', count: 128, seq: 2048, micro: 16, global: 512, ckpt: 'full', zero: 0, flash: false, sp: false, tensor: 4 } },
  { id: 'megatron_table1_18p4b', compare: 'hfu', job: { model: gpt(40, 6144, 48), gpu: 'a100-80gb', count: 256, seq: 2048, micro: 8, global: 1024, ckpt: 'full', zero: 0, flash: false, sp: false, tensor: 8 } },
  { id: 'megatron_table1_39p1b', compare: 'hfu', job: { model: gpt(48, 8192, 64), gpu: 'a100-80gb', count: 512, seq: 2048, micro: 4, global: 1536, ckpt: 'full', zero: 0, flash: false, sp: false, tensor: 8, pipeline: 2, virtual: 1 } },
  { id: 'megatron_table1_76p1b', compare: 'hfu', job: { model: gpt(60, 10240, 80), gpu: 'a100-80gb', count: 1024, seq: 2048, micro: 2, global: 1792, ckpt: 'full', zero: 0, flash: false, sp: false, tensor: 8, pipeline: 4, virtual: 3 } },
  { id: 'megatron_table1_145p6b', compare: 'hfu', job: { model: gpt(80, 12288, 96), gpu: 'a100-80gb', count: 1536, seq: 2048, micro: 2, global: 2304, ckpt: 'full', zero: 0, flash: false, sp: false, tensor: 8, pipeline: 8, virtual: 2 } },
  { id: 'megatron_table1_310p1b', compare: 'hfu', job: { model: gpt(96, 16384, 128), gpu: 'a100-80gb', count: 1920, seq: 2048, micro: 1, global: 2160, ckpt: 'full', zero: 0, flash: false, sp: false, tensor: 8, pipeline: 16, virtual: 2 } },
  { id: 'megatron_table1_529p6b', compare: 'hfu', job: { model: gpt(105, 20480, 128), gpu: 'a100-80gb', count: 2520, seq: 2048, micro: 1, global: 2520, ckpt: 'full', zero: 0, flash: false, sp: false, tensor: 8, pipeline: 35, virtual: 3 } },
  { id: 'megatron_table1_1008p0b', compare: 'hfu', job: { model: gpt(128, 25600, 160), gpu: 'a100-80gb', count: 3072, seq: 2048, micro: 1, global: 3072, ckpt: 'full', zero: 0, flash: false, sp: false, tensor: 8, pipeline: 64, virtual: 1 } },
  // Narayanan et al. 2021, Table 2: ZeRO-3 without model parallelism, TFLOP/s per GPU (recomputation counted).
  { id: 'megatron_table2_zero3_174p6b_384gpu', compare: 'tflops', job: { model: gpt(96, 12288, 96), gpu: 'a100-80gb', count: 384, seq: 2048, micro: 4, global: 1536, ckpt: 'full', zero: 3, flash: false, sp: false } },
  { id: 'megatron_table2_zero3_174p6b_768gpu', compare: 'tflops', job: { model: gpt(96, 12288, 96), gpu: 'a100-80gb', count: 768, seq: 2048, micro: 2, global: 1536, ckpt: 'full', zero: 3, flash: false, sp: false } },
  { id: 'megatron_table2_zero3_174p6b_1536gpu', compare: 'tflops', job: { model: gpt(96, 12288, 96), gpu: 'a100-80gb', count: 1536, seq: 2048, micro: 1, global: 1536, ckpt: 'full', zero: 3, flash: false, sp: false } },
  { id: 'megatron_table2_zero3_529p6b_640gpu', compare: 'tflops', job: { model: gpt(105, 20480, 128), gpu: 'a100-80gb', count: 640, seq: 2048, micro: 4, global: 2560, ckpt: 'full', zero: 3, flash: false, sp: false } },
  { id: 'megatron_table2_zero3_529p6b_1120gpu', compare: 'tflops', job: { model: gpt(105, 20480, 128), gpu: 'a100-80gb', count: 1120, seq: 2048, micro: 2, global: 2240, ckpt: 'full', zero: 3, flash: false, sp: false } },
  { id: 'megatron_table2_zero3_529p6b_2240gpu', compare: 'tflops', job: { model: gpt(105, 20480, 128), gpu: 'a100-80gb', count: 2240, seq: 2048, micro: 1, global: 2240, ckpt: 'full', zero: 3, flash: false, sp: false } },
  // IBM's FSDP benchmarks (foundation-model-stack/fms-fsdp README): Llama 2 architectures, seq 4,096, 2 per GPU.
  { id: 'ibm_llamat_7b_2t', compare: 'mfu', job: { model: cat('llama-2-7b'), gpu: 'a100-80gb', count: 128, seq: 4096, micro: 2, global: 256, ckpt: 'none', zero: 3 } },
  { id: 'ibm_fsdp_7b_h100', compare: 'mfu', job: { model: cat('llama-2-7b'), gpu: 'h100-80gb', count: 96, seq: 4096, micro: 2, global: 192, ckpt: 'none', zero: 3 } },
  { id: 'ibm_fsdp_13b_a100', compare: 'mfu', job: { model: cat('llama-2-13b'), gpu: 'a100-80gb', count: 128, seq: 4096, micro: 2, global: 256, ckpt: 'selective', zero: 3 } },
  { id: 'ibm_fsdp_34b_a100', compare: 'mfu', job: { model: { kind: 'architecture', from: 'manifest', architecture: { layers: 48, hidden_size: 8192, intermediate_size: 22016, attention_heads: 64, kv_heads: 8, vocab_size: 32000, tied_embeddings: false, gated_mlp: true, experts: 1, experts_per_token: 1 } }, gpu: 'a100-80gb', count: 128, seq: 4096, micro: 2, global: 256, ckpt: 'full', zero: 3 } },
  { id: 'ibm_fsdp_34b_h100', compare: 'mfu', job: { model: { kind: 'architecture', from: 'manifest', architecture: { layers: 48, hidden_size: 8192, intermediate_size: 22016, attention_heads: 64, kv_heads: 8, vocab_size: 32000, tied_embeddings: false, gated_mlp: true, experts: 1, experts_per_token: 1 } }, gpu: 'h100-80gb', count: 96, seq: 4096, micro: 2, global: 192, ckpt: 'full', zero: 3 } },
  { id: 'ibm_fsdp_70b_h100', compare: 'mfu', job: { model: cat('llama-2-70b'), gpu: 'h100-80gb', count: 96, seq: 4096, micro: 2, global: 192, ckpt: 'full', zero: 3 } },
  // MosaicML llm-foundry throughput table (scripts/train/benchmarking/README.md, 'H100 80GB BF16'): FSDP
  // FULL_SHARD, bf16, seq 2,048; micro-batch, gradient accumulation and global batch as the table gives them.
  // llm-foundry's models default to loss_fn 'fused_crossentropy' (flash-attn's cross-entropy kernel: 16-bit logits
  // kept, no fp32 copy of the batch), modelled as the chunked loss; MPT-7B above was trained with the same code.
  { id: 'llmfoundry_70b_h100_64gpu_seq2048', compare: 'mfu', job: { model: mpt(80, 8192, 64), gpu: 'h100-80gb', count: 64, seq: 2048, micro: 8, global: 2048, ckpt: 'full', zero: 3, loss: 'chunked' } },
  { id: 'llmfoundry_30b_h100_32gpu_seq2048', compare: 'mfu', job: { model: mpt(48, 7168, 56), gpu: 'h100-80gb', count: 32, seq: 2048, micro: 14, global: 1344, ckpt: 'full', zero: 3, loss: 'chunked' } },
  { id: 'llmfoundry_13b_h100_8gpu_seq2048', compare: 'mfu', job: { model: mpt(40, 5120, 40), gpu: 'h100-80gb', count: 8, seq: 2048, micro: 2, global: 16, ckpt: 'none', zero: 3, loss: 'chunked' } },
  { id: 'llmfoundry_7b_h100_8gpu_seq2048', compare: 'mfu', job: { model: mpt(32, 4096, 32), gpu: 'h100-80gb', count: 8, seq: 2048, micro: 6, global: 48, ckpt: 'none', zero: 3, loss: 'chunked' } },
  { id: 'llmfoundry_3b_h100_16gpu_seq2048', compare: 'mfu', job: { model: mpt(32, 2560, 20), gpu: 'h100-80gb', count: 16, seq: 2048, micro: 10, global: 480, ckpt: 'none', zero: 3, loss: 'chunked' } },
  { id: 'llmfoundry_1b_h100_8gpu_seq2048', compare: 'mfu', job: { model: mpt(24, 2048, 16), gpu: 'h100-80gb', count: 8, seq: 2048, micro: 14, global: 112, ckpt: 'none', zero: 3, loss: 'chunked' } },
  // The same README, 'H100 80GB FP8' (amp_fp8, Transformer Engine): MFU against the fp8 peak.
  { id: 'llmfoundry_3b_h100_8gpu_seq2048_fp8', compare: 'mfu', job: { model: mpt(32, 2560, 20), gpu: 'h100-80gb', count: 8, seq: 2048, micro: 10, global: 480, ckpt: 'none', zero: 3, precision: 'fp8' } },
  { id: 'llmfoundry_1b_h100_8gpu_seq8192_fp8', compare: 'mfu', job: { model: mpt(24, 2048, 16), gpu: 'h100-80gb', count: 8, seq: 8192, micro: 2, global: 64, ckpt: 'none', zero: 3, precision: 'fp8' } },
  // torchtune README 'Memory and training speed' (calibration/published-finetune.json): Llama 3.1 8B on one
  // RTX 4090, batch 2 packed to 2,048 tokens, no accumulation; tokens/s over a full epoch. The same README rows
  // give the memory peaks: the set-up is the memory record's (its recipe config: pure bf16, activation
  // checkpointing, chunked loss; full: paged 8-bit AdamW stepped in the backward pass; LoRA/QLoRA: rank 8 on
  // q, v, output and MLP projections).
  { id: 'torchtune_8b_full_1x4090', compare: 'tokens_per_gpu_second', memory_record: 'torchtune_8b_full_1x4090', paged_optimizer: true, job: { model: cat('llama-3.1-8b'), method: 'full', gpu: 'rtx-4090', count: 1, seq: 2048, micro: 2, global: 2, ckpt: 'full', zero: 0 } },
  { id: 'torchtune_8b_lora_1x4090', compare: 'tokens_per_gpu_second', memory_record: 'torchtune_8b_lora_1x4090', job: { model: cat('llama-3.1-8b'), method: 'lora', gpu: 'rtx-4090', count: 1, seq: 2048, micro: 2, global: 2, ckpt: 'full', zero: 0 } },
  { id: 'torchtune_8b_qlora_1x4090', compare: 'tokens_per_gpu_second', memory_record: 'torchtune_8b_qlora_1x4090', job: { model: cat('llama-3.1-8b'), method: 'qlora', gpu: 'rtx-4090', count: 1, seq: 2048, micro: 2, global: 2, ckpt: 'full', zero: 0 } },
];

export const SKIPPED: Skipped[] = [
  { id: 'llama_3_1_405b', why: "GPU-hours include post-training (the model card's figure covers the whole training), not what a pre-training estimate predicts; the run's pre-training is compared through its two throughput records (stage 1 and 2 MFU)" },
  { id: 'torchtune_8b_full_1xa6000', why: 'implies more than the RTX A6000 dense bf16 peak under any FLOP count (2,579 tokens/s x 6N = 124 TFLOP/s without recomputation, of 154.8, while the same table gives the RTX 4090 1,650); kept out until the figure is confirmed' },
  { id: 'torchtune_8b_lora_1xa6000', why: 'implies ~100% of the RTX A6000 dense bf16 peak (4,699 tokens/s x 4N = 151 TFLOP/s of 154.8): not a sustainable figure; kept out until confirmed' },
  { id: 'opt_175b', why: 'GPU-hours are a re-computation of wall-clock time dominated by hardware failures and restarts (its notes); 147 TFLOP/s is a peak, not an average' },
  { id: 'gpt3_175b', why: 'no GPU type, count or time published' },
  { id: 'palm_540b', why: 'TPU v4, not in the accelerator catalog' },
  { id: 'llama_3_1_405b_stage3_cp16', why: '131K-token sequences over 16-way context parallelism, which the estimator does not model' },
  { id: 'zero_100b_400gpu', why: "a lower bound ('over 38' TFLOP/s) on 2019 V100 software" },
  { id: 'alpaca_7b', why: 'tokens not published (52K instructions of unknown length); cost is an upper bound' },
  { id: 'qlora_guanaco_65b', why: 'tokens not published; a memory claim (checked in the memory tests), not a throughput record' },
];

/**
 * Which publication each record comes from: the unit of leave-one-source-out cross-validation (records of one
 * paper share its software and habits, so holding out one record at a time would flatter the fit).
 */
export function sourceOf(id: string): string {
  const prefixes: [string, string][] = [
    ['llama_3_1', 'Llama 3 (Llama Team 2024)'],
    ['llama_2', 'Llama 2 model card'],
    ['llama_', 'LLaMA (Touvron et al. 2023)'],
    ['mpt_', 'MosaicML MPT-7B blog'],
    ['tinyllama', 'TinyLlama README'],
    ['megatron_table1', 'Narayanan et al. 2021, Table 1'],
    ['megatron_table2', 'Narayanan et al. 2021, Table 2'],
    ['ibm_', 'IBM fms-fsdp README'],
    ['llmfoundry', 'llm-foundry throughput table'],
    ['torchtune', 'torchtune README'],
  ];
  const hit = prefixes.find(([p]) => id.startsWith(p));
  if (!hit) throw new Error(`calibration record ${id} has no source group`);
  return hit[1];
}
