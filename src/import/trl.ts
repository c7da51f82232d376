import { loraTargetsFrom, trainingArguments, type TrainerRefs } from './common.js';
import { warnUnknownRelevant } from './relevant.js';
import { int8Base, preferenceStage } from './approximations.js';
import type { FileReader } from './settings.js';

/**
 * TRL CLI / alignment-handbook recipes: TRL ModelConfig (model_name_or_path, use_peft, load_in_4bit, lora_r,
 * lora_target_modules) with SFTConfig / HF TrainingArguments. SFTConfig's defaults (trl/trainer/sft_config.py):
 * max_length 1024, bf16 and gradient checkpointing on; ModelConfig's lora_r 16; TrainingArguments'
 * per_device_train_batch_size 8 and num_train_epochs 3.
 */
const TAKEN = new Set([
  'model_name_or_path', 'use_peft', 'load_in_4bit', 'load_in_8bit', 'lora_r', 'lora_target_modules', 'max_length', 'max_seq_length',
  'per_device_train_batch_size', 'gradient_accumulation_steps', 'num_train_epochs', 'max_steps', 'bf16', 'fp16', 'tf32', 'gradient_checkpointing',
  'deepspeed', 'fsdp', 'fsdp_config', 'optim', 'attn_implementation', 'model_revision', 'torch_dtype', 'dtype', 'packing', 'use_bnb_nested_quant',
  'bnb_4bit_quant_type', 'use_liger_kernel', 'use_liger', 'precompute_ref_log_probs', 'precompute_ref_batch_size',
]);

export function readTrl(r: FileReader): TrainerRefs {
  const model = r.string('model_name_or_path');
  if (model === null && !r.given('model_name_or_path')) r.out.problems.push({ file: r.src.file, line: 1, col: 1, message: 'TRL config without model_name_or_path: name the model to fine-tune' });
  const peft = r.bool('use_peft');
  const in4 = r.bool('load_in_4bit');
  const in8 = r.bool('load_in_8bit');
  if (peft === true) {
    r.set('method', in4 === true ? 'qlora' : 'lora', in4 === true ? 'load_in_4bit' : 'use_peft');
    if (in4 !== true && in8 === true) int8Base(r, 'load_in_8bit');
  } else {
    if (in4 === true) r.warn('load_in_4bit', 'load_in_4bit without use_peft: a quantised model cannot be fully fine-tuned; estimated as full fine-tuning');
    r.set('method', 'full', 'model_name_or_path');
  }
  const rank = r.number('lora_r', 'lora_rank');
  if (rank !== null) r.set('lora.rank', rank, 'lora_r');
  if (r.given('lora_target_modules')) loraTargetsFrom(r, 'lora_target_modules');
  for (const k of ['max_length', 'max_seq_length']) {
    const n = r.number(k, 'sequence_length');
    if (n !== null) r.set('training.sequence_length', n, k);
  }
  const refs = trainingArguments(r);
  warnUnknownRelevant(r, TAKEN, 'TRL');
  // TRL's preference configs (DPOConfig, KTOConfig, ORPOConfig) take beta, SFTConfig none; the recipe's script
  // decides which trainer runs. KTOConfig alone has desirable_weight/undesirable_weight; DPOConfig's loss_type
  // names its loss (sigmoid is DPO's); otherwise the config is taken as DPO's, the one with a reference model.
  if (r.given('beta')) {
    const kto = r.given('desirable_weight') || r.given('undesirable_weight');
    const lossType = (r.string('loss_type') ?? 'sigmoid').toLowerCase();
    if (kto) preferenceStage(r, r.given('desirable_weight') ? 'desirable_weight' : 'undesirable_weight', 'kto');
    else if (r.given('loss_type')) preferenceStage(r, 'loss_type', ['sigmoid', 'ipo'].includes(lossType) ? lossType : 'dpo');
    else {
      preferenceStage(r, 'beta', 'dpo');
      r.warn('beta', 'beta: a DPO, KTO or ORPO setting (the recipe\'s script picks the trainer): estimated as DPO, with a reference model; set preference.loss in the manifest if it is ORPO or KTO');
    }
    if (r.bool('precompute_ref_log_probs') === true) r.set('preference.reference', 'precomputed', 'precompute_ref_log_probs');
  }

  r.out.default('training.sequence_length', 1024, 'TRL SFTConfig default max_length 1024');
  r.out.default('precision', 'bf16', 'TRL SFTConfig default bf16');
  r.out.default('training.gradient_checkpointing', 'full', 'TRL SFTConfig default gradient_checkpointing true');
  r.out.default('training.micro_batch_size', 8, 'HF TrainingArguments default per_device_train_batch_size 8');
  r.out.default('data.epochs', 3, 'HF TrainingArguments default num_train_epochs 3');
  if (r.out.values.get('method') !== 'full') {
    r.out.default('lora.rank', 16, 'TRL ModelConfig default lora_r 16');
    r.out.default('lora.targets', ['q_proj', 'v_proj'], 'LoRA on q_proj and v_proj (PEFT\'s default target modules for Llama-style models; lora_target_modules unset)');
  }
  return { ...refs, model: model !== null ? { id: model, key: 'model_name_or_path' } : null };
}
