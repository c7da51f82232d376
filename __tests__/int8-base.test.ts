import { findModel } from '../src/catalog/models.js';
import { estimateJob } from '../src/estimate/estimate.js';
import { INT8_FORWARD_SLOWDOWN, int8ExtraFlopsPerToken } from '../src/estimate/int8-base.js';
import { flopsPerToken } from '../src/estimate/flops.js';
import { countParameters, loraParameters } from '../src/estimate/parameters.js';
import { job } from './helpers/job.js';
import { parse, problemsOf } from './helpers/manifest.js';

const manifest = (bits: 8 | 16, extra = '') => `name: int8
model: llama-3.1-8b
method: lora
lora: { rank: 16, targets: all_linear, base_bits: ${bits} }
data: { tokens: 100M }
training: { sequence_length: 2048, micro_batch_size: 4${extra} }
hardware: { gpu: a100-80gb, count: 1 }
`;

describe('LoRA over an 8-bit (LLM.int8) base', () => {
  it('stores the linear weights in 1 byte plus an fp32 scale per row, and dequantises one matrix in the backward pass', () => {
    // Llama 3.1 8B, per layer: q 4096x4096, k and v 4096x1024, o 4096x4096, gate/up/down 4096x14336:
    //   weights 2 x 16,777,216 + 2 x 4,194,304 + 3 x 58,720,256 = 218,103,808; x 32 layers = 6,979,321,856 linear weights.
    //   output rows 4096 + 1024 + 1024 + 4096 + 14336 + 14336 + 4096 = 43,008; x 32 = 1,376,256 fp32 scales = 5,505,024 bytes.
    //   the backward's 16-bit copy of the largest matrix: 4096 x 14336 x 2 bytes = 117,440,512 bytes.
    // 16-bit base: 2 bytes per linear weight; 8-bit: 1 byte + scales + the copy. Embeddings, norms, head: 16 bits in both.
    const linear = 32 * (2 * 4096 * 4096 + 2 * 4096 * 1024 + 3 * 4096 * 14336);
    expect(linear).toBe(6_979_321_856);
    expect(countParameters(findModel('llama-3.1-8b')!.architecture).layer_linear).toBe(linear);
    const saved = linear * (2 - 1) - 32 * 43_008 * 4 - 4096 * 14336 * 2;
    expect(saved).toBe(6_856_376_320);
    const w16 = estimateJob(job(manifest(16))).memory.per_gpu_bytes.weights;
    const w8 = estimateJob(job(manifest(8))).memory.per_gpu_bytes.weights;
    expect(w16 - w8).toBeCloseTo(saved, 0);
    // What is left for 8 bits: 6,979,321,856 + 5,505,024 + 117,440,512 + 2 x 1,050,939,392 (16-bit embedding, head,
    // norms) = 9,204,146,176 bytes, plus the fp32 adapters (4 bytes per trained parameter).
    const adapters = 4 * loraParameters(findModel('llama-3.1-8b')!.architecture, 16, 'all_linear');
    expect(w8).toBeCloseTo(9_204_146_176 + adapters, 0);
  });

  it('adds the int8 forward matmuls\' slowdown (15-23% measured, 19% taken) as extra FLOPs, twice under full recomputation', () => {
    const counts = countParameters(findModel('llama-3.1-8b')!.architecture);
    // 0.19 x 2 FLOPs x 6,979,321,856 active linear weights = 2,652,142,305 FLOPs per token (forward once).
    expect(INT8_FORWARD_SLOWDOWN).toBe(1.19);
    expect(int8ExtraFlopsPerToken(counts, 'none')).toBeCloseTo(0.19 * 2 * 6_979_321_856, 0);
    expect(int8ExtraFlopsPerToken(counts, 'full')).toBeCloseTo(2 * 0.19 * 2 * 6_979_321_856, 0);
    expect(int8ExtraFlopsPerToken(counts, 'selective')).toBeCloseTo(0.19 * 2 * 6_979_321_856, 0);
  });

  it('takes longer than a 16-bit base by at most the extra FLOPs\' share, and the same FLOPs of work are counted', () => {
    const a = findModel('llama-3.1-8b')!.architecture;
    const counts = countParameters(a);
    const e16 = estimateJob(job(manifest(16)));
    const e8 = estimateJob(job(manifest(8)));
    const hardware = flopsPerToken(a, counts, 2048, 'lora', loraParameters(a, 16, 'all_linear'), 'none').hardware;
    const extra = int8ExtraFlopsPerToken(counts, 'none');
    // The slowdown lengthens only the linear layers' arithmetic; attention and memory-bound kernels are unchanged,
    // so the step grows by less than extra / hardware (= 2.65e9 / 3.35e10, about 7.9%) but by most of it.
    const ratio = e8.compute.gpu_hours.expected / e16.compute.gpu_hours.expected;
    expect(extra / hardware).toBeGreaterThan(0.07);
    expect(ratio).toBeGreaterThan(1 + 0.5 * (extra / hardware));
    expect(ratio).toBeLessThanOrEqual(1 + extra / hardware + 1e-9);
    // The job's own FLOPs (what MFU counts) do not change: the int8 matmuls do the same multiplications, slower.
    expect(e8.compute.flops).toBe(e16.compute.flops);
    expect(e8.assumptions.join('\n')).toMatch(/8-bit base \(LLM\.int8\)/);
  });

  it('refuses base_bits 8 with qlora (a 4-bit base) and other widths, located at the key', () => {
    const q = parse(manifest(8).replace('method: lora', 'method: qlora'));
    expect(problemsOf(q).join('\n')).toMatch(/4:\d+: base_bits 8 is an LLM\.int8 base under method lora; qlora's base is 4-bit NF4/);
    const four = parse(manifest(8).replace('base_bits: 8', 'base_bits: 4'));
    expect(problemsOf(four).join('\n')).toMatch(/expected 8 \(an LLM\.int8 base, bitsandbytes load_in_8bit\) or 16/);
  });
});
