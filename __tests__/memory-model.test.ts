import { findModel } from '../src/catalog/models.js';
import { estimateJob } from '../src/estimate/estimate.js';
import { selectiveElementsPerToken } from '../src/estimate/activations.js';
import { lossBytesPerLogit } from '../src/estimate/loss.js';
import { GIB } from '../src/estimate/memory.js';
import { job } from './helpers/job.js';
import { parse, problemsOf } from './helpers/manifest.js';

const mem = (yaml: string) => estimateJob(job(`name: m\n${yaml}`)).memory;

describe('memory model parts, by hand', () => {
  it('counts the loss as PyTorch keeps it: 14 bytes per logit standard, 3.5 chunked, none fused', () => {
    // 16-bit logits 2 + fp32 log-probabilities 4 + their fp32 gradient 4 + the upcast's gradient 4; chunked keeps
    // the 16-bit logits and does the fp32 work one of 8 chunks at a time: 2 + 12/8.
    expect(lossBytesPerLogit('standard', 2)).toBe(14);
    expect(lossBytesPerLogit('chunked', 2)).toBe(3.5);
    expect(lossBytesPerLogit('fused', 2)).toBe(0);
    // On Llama 3.1 8B with 4,096 tokens per micro-batch the difference shows in the activations one for one:
    // 4,096 x 128,256 x (14 - 3.5) bytes = 5.52e9 bytes.
    const at = (loss: string) => mem(`model: llama-3.1-8b\nmethod: lora\ndata: { tokens: 1M }\ntraining: { sequence_length: 2048, micro_batch_size: 2, gradient_checkpointing: full, loss: ${loss} }\nhardware: { gpu: h100-80gb, count: 1 }\n`).per_gpu_bytes.activations;
    expect(at('standard') - at('chunked')).toBeCloseTo(4096 * 128256 * 10.5, -3);
  });

  it('keeps what op-level selective checkpointing keeps for Llama 3.1 8B: input, attention output, q, v, o, gate, down', () => {
    // h 4,096; q 4,096; k, v 1,024; o 4,096; gate, up 14,336; down 4,096. Matmul outputs in order q k v o gate up
    // down, every other one kept: q + v + gate + down... i.e. indices 0, 2, 4, 6 = q (4,096), v (1,024),
    // gate (14,336), down (4,096); plus the layer input (4,096) and the attention output (4,096).
    const a = findModel('llama-3.1-8b')!.architecture;
    expect(selectiveElementsPerToken(a)).toBe(4096 + 4096 + 4096 + 1024 + 14336 + 4096);
  });

  it('keeps the norms whole on every tensor rank without sequence parallelism', () => {
    // Llama 2 70B, TP 8, 4,096 tokens, no checkpointing: the 4h of norm inputs and outputs per token and layer are
    // no longer divided by 8: 80 layers x 4,096 tokens x 4 x 8,192 x 2 bytes x (1 - 1/8) more.
    const at = (sp: boolean) => mem(`model: llama-2-70b\nmethod: pretrain\ndata: { tokens: 1B }\ntraining: { sequence_length: 4096 }\nhardware: { gpu: h100-80gb, count: 64 }\nparallelism: { tensor: 8, sequence_parallel: ${sp} }\n`).per_gpu_bytes.activations;
    expect(at(false) - at(true)).toBeCloseTo(80 * 4096 * 4 * 8192 * 2 * (7 / 8), -3);
  });

  it('trains pure bf16 without a master copy: AdamW at 2 + 2 + 4 bytes per parameter instead of 2 + 2 + 12', () => {
    const at = (master: boolean) => mem(`model: llama-3.2-3b\nmethod: full\ndata: { tokens: 1M }\ntraining: { master_weights: ${master} }\nhardware: { gpu: a100-80gb, count: 1 }\n`).per_gpu_bytes;
    const n = 3_212_749_824;
    expect(at(true).optimizer).toBeCloseTo(12 * n, -3);
    expect(at(false).optimizer).toBeCloseTo(4 * n, -3);
  });

  it('moves gradients off the GPU with ZeRO-Offload, leaving one layer of them', () => {
    const at = (offload: string) => mem(`model: llama-2-13b\nmethod: full\ndata: { tokens: 1B }\nhardware: { gpu: a100-80gb, count: 1 }\nparallelism: { zero: 2, offload: ${offload} }\n`).per_gpu_bytes;
    // 13.0B x 2 bytes on the GPU without offload; with it the largest layer's (40 layers of ~0.32B) x 2 bytes.
    expect(at('none').gradients / 1e9).toBeCloseTo(26.0, 0);
    expect(at('optimizer').gradients / 1e9).toBeLessThan(0.7);
    expect(at('optimizer').optimizer).toBe(0);
  });

  it('shards routed experts with expert parallelism: DeepSeek-V3 at its published layout fits only with it', () => {
    // DeepSeek-V3 report §3.1-3.3: 2,048 H800s, PP 16, EP 64, ZeRO-1. Without expert parallelism each GPU holds a
    // stage's 256 routed experts per layer (~45B weights a stage): no fit.
    const at = (ep: number) => mem(`model: deepseek-v3\nmethod: pretrain\nprecision: fp8\ndata: { tokens: 1B }\ntraining: { sequence_length: 4096, gradient_checkpointing: selective }\nhardware: { gpu: h800, count: 2048 }\nparallelism: { zero: 1, pipeline: 16, expert: ${ep} }\n`);
    expect(at(64).fits).toBe(true);
    expect(at(1).fits).toBe(false);
    expect(at(1).per_gpu_bytes.weights / at(64).per_gpu_bytes.weights).toBeGreaterThan(10);
  });

  it('rejects expert parallelism that does not divide the experts or the data-parallel GPUs, or a dense model', () => {
    const base = (model: string, ep: number, count: number) => problemsOf(parse(`name: e\nmodel: ${model}\nmethod: pretrain\ndata: { tokens: 1B }\nhardware: { gpu: h100-80gb, count: ${count} }\nparallelism: { expert: ${ep} }\n`));
    expect(base('mixtral-8x7b', 8, 16)).toEqual([]);
    expect(base('mixtral-8x7b', 3, 12).join('\n')).toMatch(/must divide the model's 8 routed experts/);
    expect(base('mixtral-8x7b', 8, 12).join('\n')).toMatch(/must divide the data-parallel GPUs \(count \/ \(tensor x pipeline\) = 12\)/);
    expect(base('llama-3.1-8b', 2, 8).join('\n')).toMatch(/needs a mixture-of-experts model; llama-3.1-8b is dense/);
  });

  it('says when a fit is within the model\'s error', () => {
    const e = estimateJob(job('name: t\nmodel: llama-3.1-70b\nmethod: full\ndata: { tokens: 400M }\ntraining: { sequence_length: 4096, gradient_checkpointing: full }\nhardware: { gpu: h100-80gb, count: 16 }\n'));
    expect(e.memory.fits).toBe(true);
    const spare = (e.memory.gpu_capacity_bytes - e.memory.per_gpu_bytes.total) / GIB;
    expect(spare).toBeLessThan(0.2 * (e.memory.per_gpu_bytes.total / GIB));
    expect(e.assumptions.join('\n')).toMatch(/fits with \d+\.\d GiB to spare: within the model's error/);
  });
});
