import { estimateJob, GOODPUT_ONE_NODE, GOODPUT_MULTI_NODE } from '../src/estimate/estimate.js';
import { job } from './helpers/job.js';

describe('compute, time, cost, energy, storage: hand calculations', () => {
  const pretrain7b = `name: p
model: llama-2-7b
method: pretrain
data: { tokens: 1T }
training: { sequence_length: 4096 }
hardware: { gpu: a100-80gb, count: 8 }
pricing: { gpu_hour_usd: 2 }
efficiency: { mfu: 0.5 }
`;

  it('counts training FLOPs as 6·N·D plus the attention term (PaLM Appendix B)', () => {
    const e = estimateJob(job(pretrain7b));
    // N = matmul weights a token passes through: 32 layers x (4·4096² + 3·4096·11008) + lm_head 32000·4096
    const n = 32 * (4 * 4096 ** 2 + 3 * 4096 * 11008) + 32000 * 4096;
    const attention = 12 * 32 * 4096 * 4096; // 12 · layers · seq · d_attn per token
    expect(e.compute.flops).toBeCloseTo((6 * n + attention) * 1e12, -15);
    expect(e.compute.flops / 1e22).toBeCloseTo(4.61, 2); // 6 x 6.607e9 + 6.44e9 = 4.61e10 per token
  });

  it('turns FLOPs into time through peak x MFU: a 7B model on 1T tokens takes about a year on 8 A100s, not a month', () => {
    const e = estimateJob(job(pretrain7b));
    const seconds = e.compute.flops / (8 * 312e12 * 0.5) / GOODPUT_ONE_NODE;
    expect(e.compute.wall_clock_hours.expected).toBeCloseTo(seconds / 3600, 3);
    expect(e.compute.wall_clock_hours.expected / 24).toBeGreaterThan(365); // over a year at 50% MFU
    expect(e.compute.gpu_hours.expected).toBeCloseTo((8 * seconds) / 3600, 3);
    expect(e.cost_usd.expected).toBeCloseTo(e.compute.gpu_hours.expected * 2, 2);
    expect(e.price).toMatchObject({ gpu_hour_usd: 2, source: 'manifest (pricing.gpu_hour_usd)' });
    expect(e.compute.gpu_hours.low).toBeLessThan(e.compute.gpu_hours.expected);
    expect(e.compute.gpu_hours.high).toBeGreaterThan(e.compute.gpu_hours.expected);
  });

  it('skips frozen-weight gradients for LoRA: 4N + 6T instead of 6N', () => {
    const full = estimateJob(job(pretrain7b.replace('method: pretrain', 'method: full')));
    const lora = estimateJob(job(pretrain7b.replace('method: pretrain', 'method: lora')));
    const n = 32 * (4 * 4096 ** 2 + 3 * 4096 * 11008) + 32000 * 4096;
    const t = lora.parameters.trainable;
    const attention = 12 * 32 * 4096 * 4096;
    expect(lora.compute.flops).toBeCloseTo((4 * n + 6 * t + attention) * 1e12, -15);
    expect(lora.compute.flops / full.compute.flops).toBeCloseTo((4 * n + 6 * t + attention) / (6 * n + attention), 6);
  });

  it('uses active parameters for mixtures of experts (Mixtral: 12.9B of 46.7B per token)', () => {
    const e = estimateJob(job(`name: m\nmodel: mixtral-8x7b\nmethod: pretrain\ndata: { tokens: 1B }\ntraining: { sequence_length: 4096 }\nhardware: { gpu: h100-80gb, count: 64 }\n`));
    const perToken = e.compute.flops / 1e9;
    // 6 x (12.88B active - 0.13B input embedding) + attention 12·32·4096·4096
    expect(perToken / (6 * (12.88e9 - 32000 * 4096) + 12 * 32 * 4096 * 4096)).toBeCloseTo(1, 2);
  });

  it('prices energy as GPU-hours x TDP x PUE x grid intensity', () => {
    const e = estimateJob(job(pretrain7b.replace('pricing: { gpu_hour_usd: 2 }', 'pricing: { provider: aws, region: us-west-2 }')));
    // A100 400 W, PUE 1.1 (LLaMA Table 15), AWS us-west-2 297.6 gCO2e/kWh (mlco2 impact.csv)
    expect(e.energy_kwh).toBeCloseTo((e.compute.gpu_hours.expected * 400 * 1.1) / 1000, 6);
    expect(e.co2_kg).toBeCloseTo((e.energy_kwh * 297.6) / 1000, 6);
    expect(e.price.gpu_hour_usd).toBe(3.4309); // p4de.24xlarge $27.44705 / 8 (after AWS's June-2025 cut)
    expect(e.price.as_of).toBe('2026-08-26');
  });

  it('falls back to the world-average grid, 475 g/kWh, where the region is unknown', () => {
    const e = estimateJob(job(pretrain7b));
    expect(e.co2_kg).toBeCloseTo((e.energy_kwh * 475) / 1000, 6);
  });

  it('sizes storage: dataset text + token ids, resumable checkpoints x kept', () => {
    const e = estimateJob(job(pretrain7b + 'checkpoints: { keep: 3 }\n'));
    // 1T tokens x (4 bytes of text + 2-byte ids for a 32,000 vocabulary)
    expect(e.storage_bytes.dataset).toBe(1e12 * 6);
    // 6.74B x (2 weights + 12 fp32 master + Adam moments) x 3 kept
    expect(e.storage_bytes.checkpoints).toBe(6_738_415_616 * 14 * 3);
    const lora = estimateJob(job(pretrain7b.replace('method: pretrain', 'method: lora')));
    expect(lora.storage_bytes.checkpoints).toBe(lora.parameters.trainable * (4 + 8) * 2);
    expect(lora.storage_bytes.base_model).toBe(6_738_415_616 * 2);
  });

  it('uses multi-node goodput past one node', () => {
    const one = estimateJob(job(pretrain7b));
    const many = estimateJob(job(pretrain7b.replace('count: 8', 'count: 64')));
    expect(many.compute.gpu_hours.expected / one.compute.gpu_hours.expected).toBeCloseTo(GOODPUT_ONE_NODE / GOODPUT_MULTI_NODE, 6);
  });

  it('is deterministic: the same job gives the same estimate', () => {
    expect(JSON.stringify(estimateJob(job(pretrain7b)))).toBe(JSON.stringify(estimateJob(job(pretrain7b))));
  });
});
