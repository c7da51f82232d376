import { IMPORT_RANGES } from './values.js';
import { attentionFrom, loraTargetsFrom, optimizerKey, trainingArguments, type TrainerRefs } from './common.js';
import { warnUnknownRelevant } from './relevant.js';
import { int8Base, preferenceStage } from './approximations.js';
import type { FileReader } from './settings.js';

/**
 * LLaMA-Factory YAML (hiyouga/LLaMA-Factory, src/llamafactory/hparams: ModelArguments, DataArguments,
 * FinetuningArguments, and HF TrainingArguments). Its defaults: finetuning_type lora, lora_rank 8, lora_target
 * all, cutoff_len 2048, gradient checkpointing on unless disable_gradient_checkpointing; TrainingArguments'
 * per_device_train_batch_size 8 and num_train_epochs 3.
 */
const TAKEN = new Set([
  'model_name_or_path', 'stage', 'finetuning_type', 'quantization_bit', 'quantization_method', 'lora_rank', 'lora_target', 'cutoff_len',
  'per_device_train_batch_size', 'gradient_accumulation_steps', 'num_train_epochs', 'max_steps', 'bf16', 'fp16', 'fp8', 'pure_bf16', 'tf32',
  'deepspeed', 'fsdp', 'fsdp_config', 'disable_gradient_checkpointing', 'gradient_checkpointing', 'flash_attn', 'optim', 'attn_implementation',
  'model_revision', 'infer_dtype',
]);

export function readLlamaFactory(r: FileReader): TrainerRefs {
  const model = r.string('model_name_or_path');
  if (model === null && !r.given('model_name_or_path')) r.out.problems.push({ file: r.src.file, line: 1, col: 1, message: 'LLaMA-Factory config without model_name_or_path: name the model to fine-tune' });
  const stage = (r.string('stage') ?? 'sft').toLowerCase();
  // stage dpo with pref_loss orpo or simpo trains without a reference model (LLaMA-Factory FinetuningArguments).
  const prefLoss = (r.string('pref_loss') ?? 'sigmoid').toLowerCase();
  if (stage === 'dpo') {
    const known = ['sigmoid', 'ipo', 'orpo', 'simpo'].includes(prefLoss);
    if (!known) r.warn('pref_loss', `pref_loss ${prefLoss}: estimated as DPO (a reference forward pass per sequence)`);
    preferenceStage(r, r.given('pref_loss') ? 'pref_loss' : 'stage', known ? prefLoss : 'dpo');
  } else if (stage !== 'sft' && stage !== 'pt') preferenceStage(r, 'stage', stage);
  const type = (r.string('finetuning_type') ?? 'lora').toLowerCase();
  if (!r.given('finetuning_type')) r.out.defaults.push('LLaMA-Factory default finetuning_type lora');
  const qbit = r.number('quantization_bit', IMPORT_RANGES.quantization_bit);
  if (type === 'lora') {
    r.set('method', qbit === 4 ? 'qlora' : 'lora', qbit === 4 ? 'quantization_bit' : r.given('finetuning_type') ? 'finetuning_type' : 'model_name_or_path');
    if (qbit === 8) int8Base(r, 'quantization_bit');
    else if (qbit !== null && qbit !== 4) r.warn('quantization_bit', `a ${qbit}-bit base model is estimated as a 16-bit LoRA base: the weights line counts 2 bytes per base parameter where ${qbit} bits store ${qbit / 8} (memory is an upper bound)`);
  } else {
    if (type !== 'full') r.warn('finetuning_type', `finetuning_type ${type} trains part of the model: estimated as a full fine-tune`);
    r.set('method', 'full', 'finetuning_type');
  }
  const rank = r.number('lora_rank', 'lora_rank');
  if (rank !== null) r.set('lora.rank', rank, 'lora_rank');
  if (r.given('lora_target')) loraTargetsFrom(r, 'lora_target');
  const cutoff = r.number('cutoff_len', 'sequence_length');
  if (cutoff !== null) r.set('training.sequence_length', cutoff, 'cutoff_len');
  if (r.raw('pure_bf16') === true) r.set('precision', 'bf16', 'pure_bf16');
  if (r.given('flash_attn')) attentionFrom(r, 'flash_attn');
  if (r.bool('disable_gradient_checkpointing') === true) r.set('training.gradient_checkpointing', 'none', 'disable_gradient_checkpointing');
  const refs = trainingArguments(r);
  warnUnknownRelevant(r, TAKEN, 'LLaMA-Factory');

  r.out.default('training.gradient_checkpointing', 'full', 'LLaMA-Factory enables gradient checkpointing unless disable_gradient_checkpointing is set');
  r.out.default('training.sequence_length', 2048, 'LLaMA-Factory default cutoff_len 2048');
  r.out.default('training.micro_batch_size', 8, 'HF TrainingArguments default per_device_train_batch_size 8');
  r.out.default('data.epochs', 3, 'HF TrainingArguments default num_train_epochs 3');
  r.out.default('training.flash_attention', true, 'LLaMA-Factory default flash_attn auto (FlashAttention-2 or SDPA)');
  if (type === 'lora') {
    r.out.default('lora.rank', 8, 'LLaMA-Factory default lora_rank 8');
    r.out.default('lora.targets', 'all_linear', 'LLaMA-Factory default lora_target all');
  }
  return { ...refs, model: model !== null ? { id: model, key: 'model_name_or_path' } : null };
}

/**
 * LLaMA-Factory's newer format (src/llamafactory/v1/config): `model`, `peft_config`, `quant_config`,
 * `micro_batch_size`, `global_batch_size`, `dist_config`. Defaults: micro_batch_size 1, cutoff_len 2048,
 * num_train_epochs 3, activation checkpointing on, bf16 compute.
 */
const TAKEN_V1 = new Set(['model', 'model_class', 'peft_config', 'quant_config', 'micro_batch_size', 'global_batch_size', 'cutoff_len', 'num_train_epochs', 'max_steps', 'enable_activation_checkpointing', 'dist_config', 'optim_config', 'kernel_config']);

export function readLlamaFactoryV1(r: FileReader): TrainerRefs {
  const model = r.string('model');
  if (model === null && !r.given('model')) r.out.problems.push({ file: r.src.file, line: 1, col: 1, message: 'LLaMA-Factory config without model: name the model to fine-tune' });
  const peft = r.child('peft_config');
  const quant = r.child('quant_config');
  const qbit = r.given('quant_config') ? quant.number('quantization_bit', IMPORT_RANGES.quantization_bit) : null;
  if (r.given('peft_config')) {
    const name = (peft.string('name') ?? 'lora').toLowerCase();
    if (name === 'lora') {
      r.set('method', qbit === 4 ? 'qlora' : 'lora', qbit === 4 ? 'quant_config' : 'peft_config');
      const rank = peft.number('r', 'lora_rank');
      if (rank !== null) peft.set('lora.rank', rank, 'r');
      if (peft.given('target_modules')) loraTargetsFrom(peft, 'target_modules');
    } else {
      peft.warn('name', `peft_config name ${name} trains part of the model: estimated as a full fine-tune`);
      r.set('method', 'full', 'peft_config');
    }
  } else {
    r.set('method', 'full', 'model');
  }
  const micro = r.number('micro_batch_size', 'micro_batch_size');
  if (micro !== null) r.set('training.micro_batch_size', micro, 'micro_batch_size');
  const global = r.number('global_batch_size', 'global_batch_size');
  if (global !== null) r.set('training.global_batch_size', global, 'global_batch_size');
  const cutoff = r.number('cutoff_len', 'sequence_length');
  if (cutoff !== null) r.set('training.sequence_length', cutoff, 'cutoff_len');
  const epochs = r.number('num_train_epochs', IMPORT_RANGES.epochs);
  if (epochs !== null && epochs > 0) r.set('data.epochs', epochs, 'num_train_epochs');
  const steps = r.steps('max_steps');
  if (steps !== null && steps > 0) r.counter('max_steps', 'max_steps', steps);
  const ckpt = r.bool('enable_activation_checkpointing');
  if (ckpt !== null) r.set('training.gradient_checkpointing', ckpt ? 'full' : 'none', 'enable_activation_checkpointing');
  if (r.given('dist_config')) {
    const dist = r.child('dist_config');
    const name = (dist.string('name') ?? '').toLowerCase();
    if (name.startsWith('fsdp')) dist.set('parallelism.zero', 3, 'name');
    else if (name === 'deepspeed' && dist.given('config_file')) {
      const path = dist.string('config_file');
      if (path) return finishV1(r, model, { deepspeed: { path, key: 'dist_config' }, deepspeedInline: null });
    }
  }
  const opt = r.child('optim_config');
  if (r.given('optim_config') && opt.given('name')) optimizerKey(opt, 'name', opt.string('name') ?? '');
  return finishV1(r, model, { deepspeed: null, deepspeedInline: null });
}

function finishV1(r: FileReader, model: string | null, refs: Omit<TrainerRefs, 'model'>): TrainerRefs {
  warnUnknownRelevant(r, TAKEN_V1, 'LLaMA-Factory');
  r.out.default('training.micro_batch_size', 1, 'LLaMA-Factory v1 default micro_batch_size 1');
  r.out.default('training.sequence_length', 2048, 'LLaMA-Factory v1 default cutoff_len 2048');
  r.out.default('data.epochs', 3, 'LLaMA-Factory v1 default num_train_epochs 3');
  r.out.default('training.gradient_checkpointing', 'full', 'LLaMA-Factory v1 default enable_activation_checkpointing true');
  r.out.default('precision', 'bf16', 'LLaMA-Factory v1 computes in bf16');
  if (r.out.values.get('method') !== 'full') {
    r.out.default('lora.rank', 8, 'PEFT LoraConfig default r 8');
    r.out.default('lora.targets', 'all_linear', 'LoRA on all linear layers');
  }
  return { ...refs, model: model !== null ? { id: model, key: 'model' } : null };
}
