import { findModel } from '../src/catalog/models.js';
import { estimateJob } from '../src/estimate/estimate.js';
import { flopsPerToken } from '../src/estimate/flops.js';
import { countParameters, loraParameters } from '../src/estimate/parameters.js';
import { extraForwardPasses, withPreferenceFlops } from '../src/estimate/preference.js';
import { job } from './helpers/job.js';
import { parse, problemsOf } from './helpers/manifest.js';

const yaml = (method: string, preference: string, extra = '') => `name: pref
model: llama-3.1-8b
method: ${method}
${preference}
data: { tokens: 100M${extra} }
training: { sequence_length: 2048, micro_batch_size: 2, gradient_checkpointing: true }
hardware: { gpu: h100-80gb, count: 8 }
parallelism: { zero: 3 }
`;

describe('preference training (DPO and kin)', () => {
  const a = findModel('llama-3.1-8b')!.architecture;
  const counts = countParameters(a);
  // One forward pass per token, Llama 3.1 8B at 2048 tokens: 2 x (6,979,321,856 layer linear + 525,336,576 head)
  //   + 4 x 32 layers x 2048 x 4096 attention = 15,009,316,864 + 1,073,741,824 = 16,083,058,688 FLOPs.
  const forward = 2 * (6_979_321_856 + 128_256 * 4096) + 4 * 32 * 2048 * 4096;

  it('counts the reference model\'s forward pass per sequence (DPO, IPO), two for KTO plus a policy pass for its KL term, none for ORPO/SimPO', () => {
    expect(forward).toBe(16_083_058_688);
    const sft = flopsPerToken(a, counts, 2048, 'full', counts.total, 'full');
    const dpo = withPreferenceFlops(sft, a, counts, 2048, { loss: 'dpo', reference: 'model' }, 1);
    // Full fine-tune: 6N + 3 x attention forward (model); the reference adds one forward: 2N + attention forward.
    expect(dpo.model - sft.model).toBe(forward);
    expect(dpo.hardware - sft.hardware).toBe(forward);
    // DPO on a full fine-tune: (6N + 3A + 2N + A) / (6N + 3A), N = 7,504,658,432 active weights, A = 1,073,741,824:
    //   (60,037,267,456 + 4,294,967,296) / (45,027,950,592 + 3,221,225,472) = 64,332,234,752 / 48,249,176,064 = 1.3333...
    expect(dpo.model / sft.model).toBeCloseTo(64_332_234_752 / 48_249_176_064, 10);
    expect(withPreferenceFlops(sft, a, counts, 2048, { loss: 'kto', reference: 'model' }, 1).model - sft.model).toBe(3 * forward);
    expect(withPreferenceFlops(sft, a, counts, 2048, { loss: 'orpo', reference: 'none' }, 1)).toEqual(sft);
    // precompute_ref_log_probs: the reference passes run once over the data, not each of 3 epochs.
    expect(extraForwardPasses({ loss: 'dpo', reference: 'precomputed' }, 3)).toEqual({ reference: 1 / 3, policy: 0 });
    expect(extraForwardPasses({ loss: 'kto', reference: 'precomputed' }, 2)).toEqual({ reference: 1, policy: 1 });
  });

  it('holds a second 16-bit copy of the weights for a full fine-tune (sharded under ZeRO-3), none under LoRA or precomputed', () => {
    const sft = estimateJob(job(yaml('full', '')));
    const dpo = estimateJob(job(yaml('full', 'preference: { loss: dpo }')));
    // 8,030,261,248 parameters x 2 bytes / 8 ZeRO-3 ranks = 2,007,565,312 bytes more weights per GPU.
    expect(dpo.memory.per_gpu_bytes.weights - sft.memory.per_gpu_bytes.weights).toBeCloseTo((8_030_261_248 * 2) / 8, 0);
    // and its 16-bit logits beside the policy's: micro-batch 2 x 2048 tokens x 128,256 vocabulary x 2 bytes
    // = 1,050,673,152 bytes (TRL turns them into log-probs a row at a time).
    expect(dpo.memory.per_gpu_bytes.activations - sft.memory.per_gpu_bytes.activations).toBe(2 * 2048 * 128_256 * 2);
    const pre = estimateJob(job(yaml('full', 'preference: { loss: dpo, reference: precomputed }')));
    expect(pre.memory.per_gpu_bytes.weights).toBe(sft.memory.per_gpu_bytes.weights);
    expect(pre.memory.per_gpu_bytes.activations).toBe(sft.memory.per_gpu_bytes.activations);
    const lora = estimateJob(job(yaml('lora', '')));
    const loraDpo = estimateJob(job(yaml('lora', 'preference: { loss: dpo }')));
    expect(loraDpo.memory.per_gpu_bytes.weights).toBe(lora.memory.per_gpu_bytes.weights); // the adapter is switched off
    const orpo = estimateJob(job(yaml('full', 'preference: { loss: orpo }')));
    expect(orpo.memory.per_gpu_bytes.total).toBe(sft.memory.per_gpu_bytes.total);
  });

  it('takes a quarter longer for full-fine-tune DPO with recomputation, up to a third for LoRA DPO, than the same tokens of SFT', () => {
    // On one GPU (no communication to hide the extra work behind), where the step is the kernels' time.
    const one = (m: string, p: string) => yaml(m, p).replace('count: 8', 'count: 1').replace('parallelism: { zero: 3 }\n', '');
    const ratio = (method: string, pref: string) =>
      estimateJob(job(one(method, pref))).compute.gpu_hours.expected / estimateJob(job(one(method, ''))).compute.gpu_hours.expected;
    // Full, with full recomputation: hardware 8N + 4A per token for SFT, + 2N + A for the reference: (10N + 5A) / (8N + 4A) = 1.25.
    const N = 7_504_658_432;
    const A = 1_073_741_824;
    expect(ratio('full', 'preference: { loss: dpo }')).toBeCloseTo((10 * N + 5 * A) / (8 * N + 4 * A), 1);
    // LoRA with recomputation: 4N + 6T + 2N + 4A hardware; the reference adds 2N + A: (8N + 6T + 5A) / (6N + 6T + 4A)
    // = 1.32 in FLOPs. The added FLOPs lengthen the matmuls only (the step's memory-bound kernels are not scaled),
    // so the time grows by most of that, never more.
    const T = loraParameters(a, 16, 'all_linear');
    const flopsRatio = (8 * N + 6 * T + 5 * A) / (6 * N + 6 * T + 4 * A);
    expect(flopsRatio).toBeCloseTo(1.32, 2);
    expect(ratio('lora', 'preference: { loss: dpo }')).toBeGreaterThan(1 + 0.6 * (flopsRatio - 1));
    expect(ratio('lora', 'preference: { loss: dpo }')).toBeLessThanOrEqual(flopsRatio);
    expect(ratio('full', 'preference: { loss: orpo }')).toBe(1);
  });

  it('refuses a reference model for ORPO/SimPO and preference training of a pretraining job, located at the key', () => {
    expect(problemsOf(parse(yaml('full', 'preference: { loss: orpo, reference: model }'))).join('\n')).toMatch(/4:\d+: orpo has no reference model/);
    expect(problemsOf(parse(yaml('pretrain', 'preference: { loss: dpo }'))).join('\n')).toMatch(/4:1: preference training fine-tunes a trained model/);
    expect(problemsOf(parse(yaml('full', 'preference: { loss: rlhf }'))).join('\n')).toMatch(/4:\d+: .*dpo.*ipo.*kto.*orpo.*simpo/);
  });
});
