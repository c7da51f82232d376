import type { FileReader } from './settings.js';

/**
 * Keys that can change memory, time or tokens: a key of this shape that a format's reader does not take and
 * that is not on its list of harmless keys is listed as a warning, so a setting the estimate misses is seen.
 */
const RELEVANT = /batch|seq|len|lora|peft|quant|bit|precision|^fp\d|bf16|zero|fsdp|deepspeed|parallel|offload|checkpoint|steps$|epoch|optim|adapter|expert|moe|packing|context|tensor|pipeline|shard|unfrozen|freeze|dtype/;

/** Keys of that shape that never change the estimate (logging, evaluation, saving, schedules, dropout). */
const HARMLESS = new Set([
  'logging_steps', 'save_steps', 'eval_steps', 'warmup_steps', 'per_device_eval_batch_size', 'eval_batch_size', 'lora_alpha', 'lora_dropout',
  'lora_model_dir', 'eval_sample_packing', 'gradient_checkpointing_kwargs', 'saves_per_epoch', 'evals_per_epoch', 'save_total_limit',
  'lora_fan_in_fan_out', 'save_epochs', 'max_grad_norm', 'eval_max_new_tokens', 'sample_packing_bin_size', 'sample_packing_group_size',
  'pad_to_sequence_len', 'sample_packing_eff_est', 'max_new_tokens', 'cutoff_len_eval', 'eval_accumulation_steps', 'dataset_batch_size',
  'lora_on_cpu', 'pretraining_dataset_max_length', 'auto_find_batch_size', 'save_only_model', 'use_reentrant', 'torch_compile',
  'eval_do_concat_batches', 'logging_first_step', 'total_num_steps', 'dataloader_prefetch_factor', 'batching_workers', 'batching_strategy',
  'packing_strategy', 'eval_packing', 'max_prompt_length', 'max_completion_length', 'lora_task_type', 'lora_bias', 'deepspeed_multinode_launcher',
  'zero3_save_16bit_model', 'zero3_init_flag', 'load_best_model_at_end', 'hub_strategy', 'lr_scheduler_kwargs', 'peft_lora_alpha', 'lora_dropout_p',
]);

export function warnUnknownRelevant(r: FileReader, taken: ReadonlySet<string>, what: string): void {
  for (const k of r.keys()) {
    if (taken.has(k) || HARMLESS.has(k) || !RELEVANT.test(k)) continue;
    const v = r.raw(k);
    if (v === null || v === undefined || v === false || v === '') continue; // an unset key changes nothing
    r.warn(k, `${what} key "${k}" may change the estimate but is not read: set the equivalent manifest key if it matters`);
  }
}
