import type { IMPORT_FORMATS } from '../manifest/schema.js';

export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * The trainer a config was written for, from keys only it uses: axolotl's base_model / sequence_len /
 * micro_batch_size with num_epochs; LLaMA-Factory's stage / finetuning_type / cutoff_len / lora_target /
 * template; its newer format's model with peft_config / dist_config / micro_batch_size; TRL's
 * model_name_or_path with HF TrainingArguments. null when none fits.
 */
export function detectFormat(data: Record<string, unknown>): ImportFormat | null {
  const has = (k: string) => k in data;
  if (has('base_model') || has('sequence_len') || (has('micro_batch_size') && has('num_epochs')) || has('adapter')) return 'axolotl';
  if (has('model') && !has('model_name_or_path') && (has('peft_config') || has('dist_config') || has('micro_batch_size') || has('model_class') || has('train_dataset'))) return 'llama-factory-v1';
  if (has('stage') || has('finetuning_type') || has('cutoff_len') || has('lora_target') || has('template') || has('quantization_bit')) return 'llama-factory';
  if (has('model_name_or_path')) return 'trl';
  return null;
}
