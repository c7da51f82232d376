import type { Scored } from '../estimate/setup.js';
import type { Job } from '../manifest/types.js';

/**
 * The set-up as manifest keys to paste over the job's own `hardware`, `parallelism` and `training` blocks. The
 * training keys the manifest sets and the planner does not vary (sequence length, global batch, FlashAttention)
 * are repeated, so the pasted block loses nothing.
 */
export function manifestFragment(job: Job, s: Scored): string {
  const u = s.setup;
  const lines = ['hardware:', ...(u.cluster ? [`  cluster: ${u.cluster}`] : []), `  gpu: ${u.gpu}`, `  count: ${u.count}`];
  if (job.hardware.max_count !== 4096) lines.push(`  max_count: ${job.hardware.max_count}`);
  lines.push('parallelism:', `  zero: ${u.zero}`, `  tensor: ${u.tensor}`, `  pipeline: ${u.pipeline}`, `  offload: ${u.offload}`);
  if (!job.parallelism.sequence_parallel) lines.push('  sequence_parallel: false');
  lines.push('training:', `  sequence_length: ${job.training.sequence_length}`, `  micro_batch_size: ${u.micro_batch_size}`);
  if (job.training.global_batch_size !== null) lines.push(`  global_batch_size: ${job.training.global_batch_size}`);
  lines.push(`  gradient_checkpointing: ${u.gradient_checkpointing}`);
  if (!job.training.flash_attention) lines.push('  flash_attention: false');
  return lines.join('\n') + '\n';
}
