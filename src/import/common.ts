import { IMPORT_RANGES } from './values.js';
import { LORA_MODULES } from '../manifest/enums.js';
import type { Optimizer } from '../manifest/types.js';
import type { FileReader } from './settings.js';

/** What a trainer config names besides its settings: the model and the files it points to. */
export interface TrainerRefs {
  model: { id: string; key: string } | null;
  deepspeed: { path: string; key: string } | null;
  /** A DeepSpeed config written inline (a mapping under `deepspeed:`). */
  deepspeedInline: string | null;
}

/**
 * Optimizer names of HF TrainingArguments `optim` (transformers OptimizerNames) and axolotl `optimizer`,
 * mapped to the optimizer-state sizes the estimator knows: 8-bit and paged 8-bit AdamW keep 2 bytes of state
 * per parameter (bitsandbytes), 32-bit paged AdamW the full 8.
 */
export function optimizerFrom(name: string): Optimizer | null {
  const n = name.toLowerCase();
  if (/8bit/.test(n)) return n.includes('lion') ? 'lion' : 'adamw_8bit';
  if (n.startsWith('adamw') || n.startsWith('paged_adamw') || n === 'adam' || n === 'adamw') return 'adamw';
  if (n.startsWith('adafactor')) return 'adafactor';
  if (n.includes('lion')) return 'lion';
  if (n.startsWith('sgd')) return 'sgd';
  return null;
}

/** LoRA target modules as PEFT spells them: `all-linear`/`all`, a list, or a comma-separated string. */
export function loraTargetsFrom(r: FileReader, key: string): void {
  const v = r.raw(key);
  const list = typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : Array.isArray(v) ? v : null;
  if (list === null) {
    r.problem(key, `${key}: expected a list of module names or "all-linear", got ${JSON.stringify(v)}`);
    return;
  }
  if (list.length === 1 && typeof list[0] === 'string' && ['all', 'all-linear', 'all_linear'].includes(list[0].toLowerCase())) {
    r.set('lora.targets', 'all_linear', key);
    return;
  }
  const known = list.filter((m): m is (typeof LORA_MODULES)[number] => typeof m === 'string' && (LORA_MODULES as readonly string[]).includes(m));
  const other = list.filter((m) => !known.includes(m as never));
  if (other.length) r.warn(key, `LoRA target modules ${other.map((m) => JSON.stringify(m)).join(', ')} are not counted (known: ${LORA_MODULES.join(', ')})`);
  if (known.length) r.set('lora.targets', [...new Set(known)], key);
}

/** bf16 / fp16 / fp8 flags ("auto" = bf16 where the GPU has it: assumed so, and said). */
export function precisionFrom(r: FileReader): void {
  const fp8 = r.raw('fp8');
  if (fp8 === true) return r.set('precision', 'fp8', 'fp8');
  for (const p of ['bf16', 'fp16'] as const) {
    const v = r.raw(p);
    if (v === 'auto') {
      if (p === 'bf16') {
        r.set('precision', 'bf16', p);
        r.warn(p, 'bf16: auto is taken as bf16 (Ampere or newer); set precision: fp16 in the manifest for older GPUs');
      }
      continue;
    }
    const b = r.bool(p);
    if (b === true) return r.set('precision', p, p);
  }
  if (r.raw('tf32') === true && !r.given('bf16') && !r.given('fp16')) r.set('precision', 'fp32', 'tf32');
}

/** Attention implementation: FlashAttention 2/3 and PyTorch SDPA keep no sequence-squared matrix; eager does. */
export function attentionFrom(r: FileReader, key: string): void {
  const v = r.raw(key);
  if (typeof v === 'boolean') return r.set('training.flash_attention', v, key);
  if (typeof v !== 'string') return;
  const s = v.toLowerCase();
  if (/flash|sdpa|fa2|fa3|auto|kernels-community/.test(s)) r.set('training.flash_attention', true, key);
  else if (/eager|disabled/.test(s)) r.set('training.flash_attention', false, key);
}

/** HF TrainingArguments keys shared by TRL and LLaMA-Factory (and axolotl's pass-throughs). */
export function trainingArguments(r: FileReader): TrainerRefs {
  const micro = r.number('per_device_train_batch_size', 'micro_batch_size');
  if (micro !== null) r.set('training.micro_batch_size', micro, 'per_device_train_batch_size');
  const ga = r.number('gradient_accumulation_steps', IMPORT_RANGES.accumulation);
  if (ga !== null) r.counter('gradient_accumulation_steps', 'gradient_accumulation_steps', ga);
  const steps = r.steps('max_steps');
  if (steps !== null && steps > 0) r.counter('max_steps', 'max_steps', steps);
  const epochs = r.number('num_train_epochs', IMPORT_RANGES.epochs);
  if (epochs !== null && epochs > 0) r.set('data.epochs', epochs, 'num_train_epochs');
  precisionFrom(r);
  const gc = r.bool('gradient_checkpointing');
  if (gc !== null) r.set('training.gradient_checkpointing', gc ? 'full' : 'none', 'gradient_checkpointing');
  const optim = r.string('optim');
  if (optim !== null) optimizerKey(r, 'optim', optim);
  if (r.given('attn_implementation')) attentionFrom(r, 'attn_implementation');
  fsdpFrom(r);
  return { model: null, ...deepspeedRef(r) };
}

export function optimizerKey(r: FileReader, key: string, name: string): void {
  const o = optimizerFrom(name);
  if (o) r.set('optimizer', o, key);
  else r.warn(key, `optimizer "${name}" is not one the estimate knows: its state is counted as AdamW's (8 bytes per trainable parameter)`);
}

/** `deepspeed:` as a path, or a DeepSpeed config written inline. */
export function deepspeedRef(r: FileReader): Pick<TrainerRefs, 'deepspeed' | 'deepspeedInline'> {
  const v = r.raw('deepspeed');
  if (typeof v === 'string' && v !== '') return { deepspeed: { path: v, key: 'deepspeed' }, deepspeedInline: null };
  if (v && typeof v === 'object' && !Array.isArray(v)) return { deepspeed: null, deepspeedInline: 'deepspeed' };
  return { deepspeed: null, deepspeedInline: null };
}

/**
 * HF `fsdp:` ("full_shard auto_wrap offload", a list, or true) and `fsdp_config:` (FSDP plugin keys, with or
 * without their fsdp_ prefix): FULL_SHARD and HYBRID_SHARD shard parameters (ZeRO-3), SHARD_GRAD_OP gradients and
 * optimizer states (ZeRO-2); offload moves parameters and optimizer states to the CPU.
 */
export function fsdpFrom(r: FileReader): void {
  const fsdp = r.raw('fsdp');
  const words = typeof fsdp === 'string' ? fsdp.toLowerCase().split(/[\s,]+/) : Array.isArray(fsdp) ? fsdp.map((x) => String(x).toLowerCase()) : fsdp === true ? ['full_shard'] : [];
  const cfg = r.raw('fsdp_config');
  const c = cfg && typeof cfg === 'object' && !Array.isArray(cfg) ? (cfg as Record<string, unknown>) : null;
  if (!words.length && !c) return;
  const key = words.length ? 'fsdp' : 'fsdp_config';
  const get = (k: string) => c?.[`fsdp_${k}`] ?? c?.[k];
  const strategy = String(get('sharding_strategy') ?? '').toUpperCase();
  const reshard = get('reshard_after_forward');
  let zero = 3;
  if (words.includes('shard_grad_op') || strategy === 'SHARD_GRAD_OP' || strategy === '2' || reshard === false) zero = 2;
  if (strategy === 'NO_SHARD') zero = 0;
  r.set('parallelism.zero', zero, key);
  if (words.includes('offload') || get('offload_params') === true || get('cpu_offload') === true) r.set('parallelism.offload', 'optimizer_and_params', key);
}
