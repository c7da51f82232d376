import type { Job } from '../src/manifest/types.js';
import { memoryJob, memoryRecords } from './memory.js';
import type { Setup } from './setups.js';

/**
 * A full Job from a calibration setup: the set-up of its memory record when it names one (the same published
 * run), else the manifest defaults for everything the record does not say, as mixed-precision pretraining
 * keeps them (fp32 master weights, the optimizer stepped after the backward pass, no offload).
 */
export function jobFromSetup(s: Setup): Job {
  const j = s.job;
  if (s.memory_record !== undefined) {
    const record = memoryRecords().find((r) => r.id === s.memory_record);
    if (!record) throw new Error(`calibration setup ${s.id}: memory record ${s.memory_record} is not in published-memory.json`);
    const job = { ...memoryJob(record), name: s.id };
    // The row here repeats the run's shape for the reader; it must be the memory record's.
    const t = job.training;
    const shape = [job.method, job.hardware.gpu, job.hardware.count, t.sequence_length, t.micro_batch_size, t.gradient_checkpointing];
    const here = [j.method ?? 'pretrain', j.gpu, j.count, j.seq, j.micro, j.ckpt];
    if (JSON.stringify(shape) !== JSON.stringify(here)) throw new Error(`calibration setup ${s.id} differs from memory record ${s.memory_record}: ${JSON.stringify(here)} against ${JSON.stringify(shape)}`);
    return job;
  }
  return {
    file: 'calibration/published-runs.json',
    index: null,
    name: s.id,
    model: j.model,
    method: j.method ?? 'pretrain',
    precision: j.precision ?? 'bf16',
    optimizer: j.optimizer ?? 'adamw',
    // LoRA as torchtune's Llama 3.1 8B configs set it: rank 8 (attention and MLP projections).
    lora: (j.method ?? 'pretrain') === 'lora' || j.method === 'qlora' ? { rank: 8, targets: 'all_linear' } : null,
    data: { tokens: j.tokens ?? 1e9, epochs: 1 },
    training: { sequence_length: j.seq, micro_batch_size: j.micro, global_batch_size: j.global ?? null, gradient_checkpointing: j.ckpt, flash_attention: j.flash ?? true, loss: j.loss ?? 'standard', master_weights: true, optimizer_in_backward: false },
    hardware: { gpu: j.gpu, count: j.count, gpus: [j.gpu], gpu_choice: 'one', max_count: 4096 },
    parallelism: { zero: j.zero, tensor: j.tensor ?? 1, pipeline: j.pipeline ?? 1, sequence_parallel: j.sp ?? true, offload: 'none', expert: 1, ...(j.virtual !== undefined ? { virtual_stages: j.virtual } : {}) },
    pricing: { provider: null, market: 'on_demand', region: null, gpu_hour_usd: null },
    efficiency: { mfu: null },
    checkpoints: { keep: 1 },
    plan: { objective: 'cost', deadline_hours: null, max_cost_usd: null },
    positions: {},
  };
}

/**
 * The job the time comparison runs: the set-up's job, except that a paged optimizer (modelled as optimizer
 * offload for memory) steps on the GPU, without ZeRO-Offload's CPU step and PCIe round trip.
 */
export function timeJobFromSetup(s: Setup): Job {
  const job = jobFromSetup(s);
  return s.paged_optimizer ? { ...job, parallelism: { ...job.parallelism, offload: 'none' } } : job;
}
