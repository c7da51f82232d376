/**
 * Keys of the training configs people copy from, and where the same setting goes in a manifest. Names from
 * axolotl's config reference (sequence_len, micro_batch_size, lora_r, lora_target_modules, num_epochs,
 * base_model, load_in_4bit), Hugging Face TrainingArguments (per_device_train_batch_size, num_train_epochs,
 * gradient_accumulation_steps, max_seq_length in TRL's SFTConfig) and PEFT's LoraConfig (r, target_modules,
 * lora_alpha).
 */
const WHERE: Record<string, string> = {
  target_modules: 'lora.targets',
  lora_target_modules: 'lora.targets',
  lora_r: 'lora.rank',
  r: 'lora.rank',
  lora_alpha: 'nowhere: the estimate does not depend on it (leave it out)',
  lora_dropout: 'nowhere: the estimate does not depend on it (leave it out)',
  learning_rate: 'nowhere: the estimate does not depend on it (leave it out)',
  sequence_len: 'training.sequence_length',
  max_seq_length: 'training.sequence_length',
  seq_length: 'training.sequence_length',
  cutoff_len: 'training.sequence_length',
  micro_batch_size: 'training.micro_batch_size',
  per_device_train_batch_size: 'training.micro_batch_size',
  gradient_accumulation_steps: 'training.global_batch_size (micro_batch_size x GPUs x accumulation steps)',
  num_epochs: 'data.epochs',
  num_train_epochs: 'data.epochs',
  epochs: 'data.epochs',
  gradient_checkpointing: 'training.gradient_checkpointing',
  base_model: 'model (a catalog id, a Hugging Face id, or model.config)',
  model_name_or_path: 'model (a catalog id, a Hugging Face id, or model.config)',
  load_in_4bit: 'method: qlora',
  adapter: 'method (lora or qlora)',
};

/** ": a training-config key; in a manifest it is lora.targets", or "" for a key no trainer config uses. */
export function foreignKeyHint(key: string, path: readonly (string | number)[]): string {
  const where = WHERE[key];
  if (!where) return '';
  // Only where the key would not be right anyway: `epochs` under data, `gradient_checkpointing` under training are fine.
  if (path.length > 1 && where.startsWith(`${String(path[path.length - 2])}.`)) return '';
  return `: "${key}" comes from trainer configs (axolotl, Hugging Face TrainingArguments, PEFT); in a manifest it goes in ${where}`;
}
