import type { Job } from '../src/manifest/types.js';
import type { Setup } from './setups.js';

/** A full Job from a calibration setup (the manifest defaults for everything the record does not say). */
export function jobFromSetup(s: Setup): Job {
  const j = s.job;
  return {
    file: 'calibration/published-runs.json',
    index: null,
    name: s.id,
    model: j.model,
    method: j.method ?? 'pretrain',
    precision: j.precision ?? 'bf16',
    optimizer: j.optimizer ?? 'adamw',
    lora: null,
    data: { tokens: j.tokens ?? 1e9, epochs: 1 },
    training: { sequence_length: j.seq, micro_batch_size: j.micro, global_batch_size: j.global ?? null, gradient_checkpointing: j.ckpt, flash_attention: j.flash ?? true, loss: j.loss ?? 'standard', master_weights: true, optimizer_in_backward: false },
    hardware: { gpu: j.gpu, count: j.count, gpus: [j.gpu], gpu_choice: 'one', max_count: 4096 },
    parallelism: { zero: j.zero, tensor: j.tensor ?? 1, pipeline: j.pipeline ?? 1, sequence_parallel: j.sp ?? true, offload: 'none', expert: 1 },
    pricing: { provider: null, market: 'on_demand', region: null, gpu_hour_usd: null },
    efficiency: { mfu: null },
    checkpoints: { keep: 1 },
    plan: { objective: 'cost', deadline_hours: null, max_cost_usd: null },
    positions: {},
  };
}
