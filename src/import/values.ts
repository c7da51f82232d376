import { checkNumber, intRange, RANGES, type NumberKind, type NumberRange } from '../manifest/numbers.js';

/**
 * The one place imported values become numbers and booleans. Every number read from a trainer, DeepSpeed or
 * accelerate file goes through Train Budget's one number validation (src/manifest/numbers.ts: finite, whole where
 * it counts, inside a physical range); only the spelling is the import's own (trainer YAML writes "1.0e-4" and
 * "3.0" as strings).
 */
export type NumberCheck = { ok: true; value: number } | { ok: false; error: string };

/** Ranges of trainer keys that have no manifest key of their own, built like numbers.ts's. */
export const IMPORT_RANGES = {
  accumulation: intRange(1, RANGES.global_batch_size.max, 'gradient accumulation steps: at most the global batch in sequences'),
  // Steps x global batch x sequence length are tokens, at most 1e16 (numbers.ts), so steps are far below.
  steps: intRange(1, 1e15, 'optimizer steps: the tokens they add up to are bounded by 1e16'),
  // num_train_epochs 0 appears in configs that train by max_steps: taken as "not set".
  epochs: { ...RANGES.epochs, min: 0, exclusiveMin: false },
  zero_stage: intRange(0, 3, 'DeepSpeed ZeRO stages are 0, 1, 2 and 3 (deepspeed.ai/docs/config-json)'),
  quantization_bit: intRange(1, 16, 'bitsandbytes/HQQ/EETQ quantise to 2-8 bits; 16 is no quantisation'),
} satisfies Record<string, NumberRange>;

export function importedNumber(v: unknown, kind: NumberKind | NumberRange): NumberCheck {
  const spelled = typeof v === 'string' && /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v.trim()) ? Number(v.trim()) : v;
  const bad = checkNumber(spelled, kind);
  return bad ? { ok: false, error: bad } : { ok: true, value: spelled as number };
}

/** YAML booleans, and the strings trainers accept for them ("true", "auto" is not one). */
export function importedBool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  return undefined;
}
