import { parseCount } from './counts.js';

/**
 * THE number validation of Train Budget: every number read from any source (a manifest, a config.json, an
 * imported trainer config, a settings file) passes through here, so it is finite, whole where it counts
 * things, and inside a physical range. The ranges lie far beyond any real job (each says why), so they refuse
 * only typos and attacks: values that overflowed to Infinity, turned into NaN, came out negative or zero, or
 * made the program build arrays as long as the number.
 *
 * API (for src/manifest, src/import, src/settings and anyone else reading numbers):
 * - `RANGES.<kind>`: the range of each kind of number (tokens, parameters, count, layers, mfu, ...).
 * - `checkNumber(value, kind | range)`: null when the value is fine, else the problem in words
 *   ("must be a whole number from 1 to 1e6, got -4096"); prefix it with the key's name and locate it.
 * - `checkCount(value, kind)`: the same for counts written as strings ("400M", "1e400", "0") or numbers;
 *   gives `{ ok: true, value }` or `{ ok: false, error }`.
 * - `numberSchema(kind)` (number-schema.ts, apart so this file loads without zod): a zod number with the
 *   range's min/max/int, so a schema (and the JSON Schema generated from it) states the range.
 * - `describeRange(range)`: the range in words, for descriptions and messages.
 * Cross-field limits that need the model (pipeline <= layers, LoRA rank <= the smaller side of the adapted
 * matrices, tokens x epochs <= 1e16, an architecture's parameters <= 1e14) are in number-rules.ts.
 */
export interface NumberRange {
  /** Smallest allowed value; `exclusiveMin` makes it "greater than". */
  min: number;
  exclusiveMin?: boolean;
  max: number;
  integer: boolean;
  /** Why the limit is where it is (for the reader of this table). */
  why: string;
}

export const intRange = (min: number, max: number, why: string): NumberRange => ({ min, max, integer: true, why });
export const positiveRange = (max: number, why: string): NumberRange => ({ min: 0, exclusiveMin: true, max, integer: false, why });
const realRange = (min: number, max: number, why: string): NumberRange => ({ min, max, integer: false, why });

export const RANGES = {
  tokens: realRange(1, 1e16, 'Llama 3 trained on 15.6T (1.56e13) tokens (Llama Team 2024, "The Llama 3 Herd of Models"); 1e16 is 600 times that'),
  total_tokens: realRange(1, 1e16, 'tokens x epochs: the same bound on everything a job reads'),
  examples: realRange(1, 1e16, 'each example holds at least one token'),
  tokens_per_example: intRange(1, 1e8, 'at most the longest context windows (about 1e7 tokens)'),
  epochs: positiveRange(1e4, 'fine-tuning runs use 1-10 epochs; 10,000 passes is no real job'),
  parameters: realRange(1e6, 1e14, 'the largest published models have about 2e12 parameters (Switch-C 1.6T, Fedus et al. 2021); 1e14 is 60 times that. Below a million parameters is no language model (Pythia-14m has 1.4e7)'),
  count: intRange(1, 1e6, 'the largest GPU clusters hold about 1e5 GPUs (xAI Colossus, 2024: 100,000-200,000 H100)'),
  max_count: intRange(1, 1e6, 'the same bound as count'),
  layers: intRange(1, 1e4, 'the deepest published LLMs have about 100-200 layers (GPT-3 96, Llama 3.1 405B 126)'),
  hidden_size: intRange(1, 1e6, 'the widest published LLMs have d_model about 16,384-25,600 (Llama 3.1 405B, PaLM 540B 18,432)'),
  intermediate_size: intRange(1, 1e7, 'the widest published MLPs are about 53,248-65,536 (Llama 3.1 405B, PaLM)'),
  attention_heads: intRange(1, 1e5, 'published LLMs have at most about 128 query heads'),
  kv_heads: intRange(1, 1e5, 'at most the query heads'),
  vocab_size: intRange(1, 1e8, 'the largest published vocabularies have about 256,000 entries (Gemma)'),
  experts: intRange(1, 1e5, 'published mixtures of experts have at most a few hundred routed experts (DeepSeek-V3: 256)'),
  experts_per_token: intRange(1, 1e5, 'at most the experts'),
  head_dim: intRange(1, 1e5, 'published head widths are 64-256'),
  position_embeddings: intRange(1, 1e8, 'learned positions: at most the longest context windows'),
  sequence_length: intRange(1, 1e8, 'the longest published context windows are about 1e7 tokens'),
  micro_batch_size: intRange(1, 1e6, 'sequences per GPU per step: memory allows far fewer'),
  global_batch_size: intRange(1, 1e9, 'published global batches are at most a few thousand sequences'),
  tensor: intRange(1, 1e6, 'further bounded by the GPUs in one node (rules.ts)'),
  pipeline: intRange(1, 1e4, 'at most one stage per layer (number-rules.ts checks it against the model)'),
  expert: intRange(1, 1e5, 'at most the experts'),
  virtual_stages: intRange(1, 1e4, 'at most the layers a pipeline stage holds (number-rules.ts)'),
  lora_rank: intRange(1, 1e6, 'further bounded by the smaller side of the adapted matrices (number-rules.ts)'),
  mfu: realRange(0.01, 1, 'below 1% a job spends its time waiting, not computing; published runs reach 20-60% (Chowdhery et al. 2022, PaLM)'),
  gpu_hour_usd: positiveRange(1e4, 'list prices per GPU-hour are below $100'),
  network_gbps: positiveRange(1e4, 'the fastest NICs carry 800 Gb/s'),
  deadline_hours: positiveRange(1e6, 'a million hours is 114 years'),
  max_cost_usd: positiveRange(1e13, 'ten trillion dollars, beyond any budget'),
  checkpoints_keep: intRange(0, 1e4, 'checkpoints kept on disk at once'),
  runs_per_year: positiveRange(1e6, 'how often a job runs a year (compare-buy): a million is a run every half minute'),
} satisfies Record<string, NumberRange>;

export type NumberKind = keyof typeof RANGES;

export const rangeOf = (kind: NumberKind | NumberRange): NumberRange => (typeof kind === 'string' ? RANGES[kind] : kind);

/** A number as people read it: 1e16 rather than 10000000000000000. */
export const formatLimit = (x: number): string => (Math.abs(x) >= 1e5 ? x.toExponential().replace('e+', 'e') : String(x));

/** What the range allows, in words: "a whole number from 1 to 1e4", "a number greater than 0 and at most 1e16". */
export function describeRange(kind: NumberKind | NumberRange): string {
  const r = rangeOf(kind);
  const what = r.integer ? 'a whole number' : 'a number';
  return r.exclusiveMin ? `${what} greater than ${formatLimit(r.min)} and at most ${formatLimit(r.max)}` : `${what} from ${formatLimit(r.min)} to ${formatLimit(r.max)}`;
}

function shown(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? formatLimit(value) : String(value);
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** The problem with `value` as a number of this kind ("must be a whole number from 1 to 1e4, got -4096"), or null when it is fine. */
export function checkNumber(value: unknown, kind: NumberKind | NumberRange): string | null {
  const r = rangeOf(kind);
  const ok =
    typeof value === 'number' && Number.isFinite(value) && (!r.integer || Number.isInteger(value)) &&
    (r.exclusiveMin ? value > r.min : value >= r.min) && value <= r.max;
  return ok ? null : `must be ${describeRange(r)}, got ${shown(value)}`;
}

/** True when `value` is a number of this kind. */
export const isValidNumber = (value: unknown, kind: NumberKind | NumberRange): value is number => checkNumber(value, kind) === null;

export type CountCheck = { ok: true; value: number } | { ok: false; error: string };

/** A count as written ("400M", "2e9", 2_000_000_000): its value when it spells a number in range, else the problem. */
export function checkCount(value: unknown, kind: NumberKind | NumberRange): CountCheck {
  const n = typeof value === 'number' || typeof value === 'string' ? parseCount(value) : null;
  const bad = checkNumber(n ?? value, kind);
  if (n === null || bad) return { ok: false, error: n === null && typeof value === 'string' ? `must be ${describeRange(kind)}, got ${shown(value)} (not a finite number)` : bad! };
  return { ok: true, value: n };
}
