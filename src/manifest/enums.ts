/**
 * The manifest's enumerated words, without zod: the loader, the rules and the importers read them on every run,
 * and a valid manifest is checked without loading zod (fast-check.ts). schema.ts builds its enums from these.
 */
export const METHODS = ['pretrain', 'full', 'lora', 'qlora'] as const;
export const PRECISIONS = ['fp32', 'fp16', 'bf16', 'fp8'] as const;
export const OPTIMIZERS = ['adamw', 'adamw_8bit', 'adafactor', 'sgd', 'lion'] as const;
export const CHECKPOINTING = ['none', 'selective', 'full'] as const;
export const LOSSES = ['standard', 'chunked', 'fused'] as const;
export const OFFLOAD = ['none', 'optimizer', 'optimizer_and_params'] as const;
export const MARKETS = ['on_demand', 'spot'] as const;
export const PLAN_OBJECTIVES = ['cost', 'time'] as const;
export const PREFERENCE_LOSSES = ['dpo', 'ipo', 'kto', 'orpo', 'simpo'] as const;
export const PREFERENCE_REFERENCES = ['model', 'precomputed', 'none'] as const;
/** Module names LoRA can adapt (Llama-style names, as PEFT's target_modules spells them). */
export const LORA_MODULES = ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'] as const;
export const IMPORT_FORMATS = ['axolotl', 'llama-factory', 'llama-factory-v1', 'trl'] as const;
