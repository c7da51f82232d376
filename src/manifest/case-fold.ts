import { METHODS, PRECISIONS } from './enums.js';

/**
 * `method` and `precision` are case-insensitive like the catalog ids (`QLoRA`, `BF16`): a job's written value is
 * folded to the schema's spelling before validation. Anything else, and values that are no spelling of a known
 * one, are left as written, so their errors quote what the file says.
 */
const FOLDED: Record<string, readonly string[]> = { method: METHODS, precision: PRECISIONS };

export function foldCase(job: unknown): unknown {
  if (!job || typeof job !== 'object' || Array.isArray(job)) return job;
  let out: Record<string, unknown> | null = null;
  for (const [key, known] of Object.entries(FOLDED)) {
    const v = (job as Record<string, unknown>)[key];
    if (typeof v !== 'string') continue;
    const lower = v.trim().toLowerCase();
    if (lower !== v && known.includes(lower)) (out ??= { ...(job as Record<string, unknown>) })[key] = lower;
  }
  return out ?? job;
}
