import { IMPORT_RANGES } from './values.js';
import { attentionFrom, deepspeedRef, fsdpFrom, loraTargetsFrom, optimizerKey, precisionFrom, type TrainerRefs } from './common.js';
import { warnUnknownRelevant } from './relevant.js';
import { int8Base, preferenceStage } from './approximations.js';
import type { FileReader } from './settings.js';

/**
 * axolotl YAML (docs/config-reference in axolotl-ai-cloud/axolotl). Defaults where the config is silent are
 * axolotl's: 1 epoch, micro-batch 1, no accumulation, sequence_len 2048, no checkpointing, AdamW.
 */
const TAKEN = new Set([
  'base_model', 'adapter', 'load_in_4bit', 'load_in_8bit', 'lora_r', 'lora_target_modules', 'lora_target_linear', 'sequence_len', 'sample_packing',
  'micro_batch_size', 'gradient_accumulation_steps', 'num_epochs', 'max_steps', 'bf16', 'fp16', 'fp8', 'tf32', 'optimizer', 'gradient_checkpointing',
  'flash_attention', 'sdp_attention', 'xformers_attention', 'attn_implementation', 'deepspeed', 'fsdp', 'fsdp_config', 'fsdp_version',
  'tensor_parallel_size', 'dp_shard_size', 'base_model_config', 'revision_of_model', 'torch_dtype', 'rl',
]);

export function readAxolotl(r: FileReader): TrainerRefs {
  const model = r.string('base_model');
  if (model === null && !r.given('base_model')) r.out.problems.push({ file: r.src.file, line: 1, col: 1, message: 'axolotl config without base_model: name the model to fine-tune (a Hub id such as meta-llama/Llama-3.1-8B)' });

  const adapter = r.string('adapter');
  const in4 = r.bool('load_in_4bit');
  const in8 = r.bool('load_in_8bit');
  if (adapter !== null && !['lora', 'qlora'].includes(adapter.toLowerCase())) {
    r.warn('adapter', `adapter "${adapter}" is estimated as LoRA (only lora and qlora are modelled)`);
  }
  if (adapter !== null) {
    const q = adapter.toLowerCase() === 'qlora' || in4 === true;
    r.set('method', q ? 'qlora' : 'lora', q && adapter.toLowerCase() !== 'qlora' ? 'load_in_4bit' : 'adapter');
    if (!q && in8 === true) int8Base(r, 'load_in_8bit');
  } else {
    r.set('method', 'full', 'base_model');
    if (r.given('unfrozen_parameters')) r.warn('unfrozen_parameters', 'only the unfrozen parameters train; the estimate counts a full fine-tune (all gradients and optimizer states)');
  }
  const rl = r.string('rl');
  if (rl !== null) preferenceStage(r, 'rl', rl);
  const rank = r.number('lora_r', 'lora_rank');
  if (rank !== null) r.set('lora.rank', rank, 'lora_r');
  if (r.bool('lora_target_linear') === true) r.set('lora.targets', 'all_linear', 'lora_target_linear');
  else if (r.given('lora_target_modules')) loraTargetsFrom(r, 'lora_target_modules');

  const seq = r.number('sequence_len', 'sequence_length');
  if (seq !== null) r.set('training.sequence_length', seq, 'sequence_len');
  const micro = r.number('micro_batch_size', 'micro_batch_size');
  if (micro !== null) r.set('training.micro_batch_size', micro, 'micro_batch_size');
  const ga = r.number('gradient_accumulation_steps', IMPORT_RANGES.accumulation);
  if (ga !== null) r.counter('gradient_accumulation_steps', 'gradient_accumulation_steps', ga);
  const epochs = r.number('num_epochs', IMPORT_RANGES.epochs);
  if (epochs !== null && epochs > 0) r.set('data.epochs', epochs, 'num_epochs');
  const steps = r.steps('max_steps');
  if (steps !== null && steps > 0) r.counter('max_steps', 'max_steps', steps);

  precisionFrom(r);
  const opt = r.string('optimizer');
  if (opt !== null) optimizerKey(r, 'optimizer', opt);
  const gc = r.raw('gradient_checkpointing');
  if (gc === true || gc === 'offload' || gc === 'true') r.set('training.gradient_checkpointing', 'full', 'gradient_checkpointing');
  else if (gc === false) r.set('training.gradient_checkpointing', 'none', 'gradient_checkpointing');
  for (const k of ['flash_attention', 'sdp_attention', 'xformers_attention']) if (r.raw(k) === true) r.set('training.flash_attention', true, k);
  if (r.given('attn_implementation')) attentionFrom(r, 'attn_implementation');
  fsdpFrom(r);
  const tp = r.number('tensor_parallel_size', 'tensor');
  if (tp !== null) r.set('parallelism.tensor', tp, 'tensor_parallel_size');
  warnUnknownRelevant(r, TAKEN, 'axolotl');

  r.out.default('training.micro_batch_size', 1, 'axolotl default micro_batch_size 1');
  r.out.default('training.sequence_length', 2048, 'axolotl default sequence_len 2048');
  r.out.default('data.epochs', 1, 'axolotl default num_epochs 1');
  r.out.default('training.gradient_checkpointing', 'none', 'axolotl default: no gradient checkpointing');
  r.out.default('training.flash_attention', true, 'axolotl sets no attention implementation: transformers\' default SDPA (memory-efficient attention) is assumed');
  if (r.out.values.get('method') !== 'full') {
    r.out.default('lora.rank', 8, 'LoRA rank 8 (PEFT LoraConfig default r=8; the config sets no lora_r)');
    r.out.default('lora.targets', ['q_proj', 'v_proj'], 'LoRA on q_proj and v_proj (PEFT\'s default target modules for Llama-style models; the config sets no lora_target_modules)');
  }
  return { model: model !== null ? { id: model, key: 'base_model' } : null, ...deepspeedRef(r) };
}
