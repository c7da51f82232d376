import { estimateJob, GOODPUT_ONE_NODE } from '../src/estimate/estimate.js';
import { job } from './helpers/job.js';

/**
 * Fine-tuning on one node: goodput from named time terms (src/estimate/goodput.ts), each input cited: the base
 * model read once, torchtune's checkpoint at the end of every epoch, the storage bandwidth Megatron-LM measured
 * (Narayanan et al. 2021 §5.10), and Llama 3's interruption rate (Llama Team 2024 §3.3.4).
 */
const finetune = (method: string, epochs: number) =>
  job(`name: ft\nmodel: llama-3.1-8b\nmethod: ${method}\nprecision: bf16\noptimizer: adamw\ndata: { tokens: 50M, epochs: ${epochs} }\ntraining: { sequence_length: 2048, micro_batch_size: 2, gradient_checkpointing: full }\nhardware: { gpu: h100-80gb, count: 1 }\n`);

describe('goodput of a fine-tune on one node', () => {
  const N = 8_030_261_248; // Llama 3.1 8B, all parameters (its model card's safetensors total)
  const read = 1000e9 / 384; // 384 Selene nodes load a checkpoint at 1 TB/s: 2.60 GB/s per node
  const write = 273e9 / 384; // and save at 273 GB/s: 0.711 GB/s per node
  const perGpuHour = 419 / (16384 * 54 * 24); // Llama 3: 419 unexpected interruptions, 54 days, 16,384 GPUs

  it('is the training time over training + loading + saving + interruptions, worked out by hand for a full fine-tune', () => {
    const e = estimateJob(finetune('full', 3));
    const train = e.compute.tokens / e.compute.tokens_per_gpu_second; // seconds on the one GPU
    const load = (2 * N) / read; // 16-bit weights: 6.2 s
    // every epoch saves the 16-bit weights (16 GB: 22.6 s); the first two also save AdamW's state with its fp32
    // master copy (12 bytes a parameter: 96 GB, 136 s) so that training can resume
    const saves = (3 * 2 * N + 2 * 12 * N) / write;
    const interruptions = perGpuHour * (train / 3600) * (load + train / 3 / 2);
    expect(e.compute.goodput).toBeCloseTo(train / (train + load + saves + interruptions), 9);
    expect(e.compute.gpu_hours.expected).toBeCloseTo(train / 3600 / e.compute.goodput, 6);
  });

  it('charges LoRA the merged 16-bit model and its adapters at each save, and sits well above the pretraining allowance', () => {
    const lora = estimateJob(finetune('lora', 1));
    const train = lora.compute.tokens / lora.compute.tokens_per_gpu_second;
    const adapters = lora.parameters.trainable;
    const expected = train / (train + (2 * N) / read + (2 * N + 2 * adapters) / write + perGpuHour * (train / 3600) * ((2 * N) / read + train / 2));
    expect(lora.compute.goodput).toBeCloseTo(expected, 9);
    expect(lora.compute.goodput).toBeGreaterThan(GOODPUT_ONE_NODE);
    expect(lora.compute.goodput).toBeLessThan(1);
  });

  it('keeps the one-node allowance for pretraining, and says in the assumptions what fine-tuning was charged', () => {
    const pre = estimateJob(job(`name: p\nmodel: llama-3.1-8b\nmethod: pretrain\ndata: { tokens: 1B }\nhardware: { gpu: h100-80gb, count: 8 }\n`));
    expect(pre.compute.goodput).toBe(GOODPUT_ONE_NODE);
    const ft = estimateJob(finetune('full', 3));
    expect(ft.assumptions.join('\n')).toMatch(/goodput on one node: loading the model .* s, 3 checkpoint saves .* s/);
  });
});
