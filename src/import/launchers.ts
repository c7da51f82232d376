import { IMPORT_RANGES } from './values.js';
import type { FileReader } from './settings.js';

/**
 * DeepSpeed JSON (deepspeed.ai/docs/config-json): zero_optimization.stage, offload_optimizer / offload_param
 * devices, bf16/fp16 enabled, and the batch keys. "auto" values are filled by the HF Trainer from the trainer
 * config, so they are taken from there (nothing is set from them here).
 */
export function readDeepSpeed(r: FileReader): void {
  const zo = r.child('zero_optimization');
  if (r.given('zero_optimization')) {
    const stage = zo.raw('stage') === 'auto' ? null : zo.number('stage', IMPORT_RANGES.zero_stage);
    if (stage !== null) zo.set('parallelism.zero', stage, 'stage');
    const dev = (k: string) => {
      const v = zo.child(k).raw('device');
      return typeof v === 'string' ? v.toLowerCase() : null;
    };
    const param = dev('offload_param');
    const opt = dev('offload_optimizer');
    if (param === 'cpu' || param === 'nvme') zo.set('parallelism.offload', 'optimizer_and_params', 'offload_param');
    else if (opt === 'cpu' || opt === 'nvme') zo.set('parallelism.offload', 'optimizer', 'offload_optimizer');
    if (param === 'nvme' || opt === 'nvme') zo.warn(param === 'nvme' ? 'offload_param' : 'offload_optimizer', 'NVMe offload is estimated as CPU offload (host memory instead of disk)');
  }
  for (const p of ['bf16', 'fp16'] as const) {
    const enabled = r.child(p).raw('enabled');
    if (enabled === true || enabled === 'true') r.child(p).set('precision', p, 'enabled');
  }
  const micro = r.raw('train_micro_batch_size_per_gpu') === 'auto' ? null : r.number('train_micro_batch_size_per_gpu', 'micro_batch_size');
  if (micro !== null) r.set('training.micro_batch_size', micro, 'train_micro_batch_size_per_gpu');
  const ga = r.raw('gradient_accumulation_steps') === 'auto' ? null : r.number('gradient_accumulation_steps', IMPORT_RANGES.accumulation);
  if (ga !== null) r.counter('gradient_accumulation_steps', 'gradient_accumulation_steps', ga);
}

/**
 * accelerate config YAML (`accelerate config`; huggingface/accelerate, commands/config/config_args.py):
 * num_processes is the GPU count over all machines; mixed_precision; DEEPSPEED with deepspeed_config.zero_stage
 * and offload devices; FSDP with fsdp_config (sharding strategy / reshard_after_forward, offload); MULTI_GPU is
 * plain data parallelism (ZeRO 0).
 */
export function readAccelerate(r: FileReader): { deepspeedFile: string | null } {
  const n = r.number('num_processes', 'count');
  if (n !== null) r.set('hardware.count', n, 'num_processes');
  const mp = r.string('mixed_precision');
  if (mp !== null && ['bf16', 'fp16', 'fp8'].includes(mp.toLowerCase())) r.set('precision', mp.toLowerCase(), 'mixed_precision');
  else if (mp !== null && mp.toLowerCase() === 'no') r.set('precision', 'fp32', 'mixed_precision');
  const type = (r.string('distributed_type') ?? '').toUpperCase();
  let deepspeedFile: string | null = null;
  if (type === 'DEEPSPEED') {
    const ds = r.child('deepspeed_config');
    const file = ds.string('deepspeed_config_file');
    if (file) deepspeedFile = file;
    const stage = ds.number('zero_stage', IMPORT_RANGES.zero_stage);
    if (stage !== null) ds.set('parallelism.zero', stage, 'zero_stage');
    const param = String(ds.raw('offload_param_device') ?? 'none').toLowerCase();
    const opt = String(ds.raw('offload_optimizer_device') ?? 'none').toLowerCase();
    if (param !== 'none') ds.set('parallelism.offload', 'optimizer_and_params', 'offload_param_device');
    else if (opt !== 'none') ds.set('parallelism.offload', 'optimizer', 'offload_optimizer_device');
  } else if (type === 'FSDP') {
    const f = r.child('fsdp_config');
    const strategy = String(f.raw('fsdp_sharding_strategy') ?? '').toUpperCase();
    const reshard = f.raw('fsdp_reshard_after_forward');
    const zero = strategy === 'SHARD_GRAD_OP' || strategy === '2' || reshard === false ? 2 : strategy === 'NO_SHARD' || strategy === '3' ? 0 : 3;
    r.set('parallelism.zero', zero, 'fsdp_config');
    if (f.raw('fsdp_offload_params') === true) f.set('parallelism.offload', 'optimizer_and_params', 'fsdp_offload_params');
  } else if (type === 'MULTI_GPU' || type === 'NO') {
    r.set('parallelism.zero', 0, 'distributed_type');
  }
  return { deepspeedFile };
}
