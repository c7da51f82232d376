/**
 * The one place imported values become numbers, booleans and strings, so every number read from a trainer,
 * DeepSpeed or accelerate file passes the same check (finite, in range, whole where it must be).
 */
export type NumberCheck = { ok: true; value: number } | { ok: false; error: string };

export function importedNumber(v: unknown, opts: { integer?: boolean; min?: number; max?: number } = {}): NumberCheck {
  let n: number | undefined;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string' && /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v.trim())) n = Number(v.trim()); // "1.0e-4", "3.0"
  if (n === undefined || !Number.isFinite(n)) return { ok: false, error: `expected a number, got ${JSON.stringify(v)}` };
  if (opts.integer && !Number.isInteger(n)) return { ok: false, error: `expected a whole number, got ${n}` };
  if (opts.min !== undefined && n < opts.min) return { ok: false, error: `expected at least ${opts.min}, got ${n}` };
  if (opts.max !== undefined && n > opts.max) return { ok: false, error: `expected at most ${opts.max}, got ${n}` };
  return { ok: true, value: n };
}

/** YAML booleans, and the strings trainers accept for them ("true", "auto" is not one). */
export function importedBool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  return undefined;
}
