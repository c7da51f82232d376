import type { Architecture } from '../catalog/architecture.js';
import { findModel } from '../catalog/models.js';
import { resolveModel } from '../estimate/model.js';
import { countParameters, layerModules, loraTargetNames } from '../estimate/parameters.js';
import { parseCount } from './counts.js';
import type { Located } from './issues.js';
import { checkNumber, formatLimit, RANGES, type NumberRange } from './numbers.js';
import type { ModelSpec } from './types.js';

type Key = string | number;

/** Architecture fields, the config.json key they come from (Hugging Face names), and their ranges (numbers.ts). */
const ARCH_FIELDS: [keyof Architecture, string, NumberRange, boolean][] = [
  ['layers', 'num_hidden_layers', RANGES.layers, true],
  ['hidden_size', 'hidden_size', RANGES.hidden_size, true],
  ['intermediate_size', 'intermediate_size', RANGES.intermediate_size, true],
  ['attention_heads', 'num_attention_heads', RANGES.attention_heads, true],
  ['kv_heads', 'num_key_value_heads', RANGES.kv_heads, true],
  ['vocab_size', 'vocab_size', RANGES.vocab_size, true],
  ['experts', 'num_local_experts', RANGES.experts, true],
  ['experts_per_token', 'num_experts_per_tok', RANGES.experts_per_token, true],
  ['head_dim', 'head_dim', RANGES.head_dim, false],
  ['position_embeddings', 'n_positions', RANGES.position_embeddings, false],
  ['shared_experts', 'n_shared_experts', { ...RANGES.experts, min: 0 }, false],
  ['dense_layers', 'first_k_dense_replace', { ...RANGES.layers, min: 0 }, false],
  ['dense_intermediate_size', 'intermediate_size', RANGES.intermediate_size, false],
];

/**
 * The numbers of an architecture read from a config.json (local, fetched from the Hub, or imported): each
 * finite, whole and in range (a negative hidden_size once gave -2.4 billion parameters and a cost of -$40), and
 * the parameters they add up to at most 1e14. Messages name the config.json key.
 */
export function checkArchitectureNumbers(a: Architecture): string[] {
  const out: string[] = [];
  for (const [field, key, range, required] of ARCH_FIELDS) {
    const v = a[field];
    if (v === undefined && !required) continue;
    const bad = checkNumber(v, range);
    if (bad) out.push(`${key} ${bad}`);
  }
  for (const [k, v] of Object.entries(a.mla ?? {})) {
    const bad = checkNumber(v, RANGES.hidden_size);
    if (bad) out.push(`${k} ${bad}`);
  }
  if (out.length) return out;
  const total = countParameters(a).total;
  if (checkNumber(total, RANGES.parameters)) out.push(tooManyParameters(total));
  return out;
}

const tooManyParameters = (total: number) =>
  `the architecture adds up to ${formatLimit(Number(total.toPrecision(3)))} parameters; a model must have from ${formatLimit(RANGES.parameters.min)} to ${formatLimit(RANGES.parameters.max)} (the largest published have about 2e12)`;

const rec = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const posInt = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);
const countOf = (v: unknown): number | null => (typeof v === 'number' || typeof v === 'string' ? parseCount(v) : null);

/**
 * Limits between numbers, and between numbers and the model once it is known: tokens x epochs at most 1e16,
 * pipeline stages at most the layers (each stage holds at least one layer) and interleaved chunks at most a
 * stage's layers, a LoRA rank at most the smaller side
 * of every matrix it adapts (the rank of B x A cannot exceed it; Hu et al. 2021), and an inline architecture's
 * parameters at most 1e14. Each reads only values of the right type; the schema reports the others.
 */
export function numberRules(rawJob: unknown, model: ModelSpec | null, at: Key[]): Located[] {
  const out: Located[] = [];
  const job = rec(rawJob);
  const data = rec(job.data);
  const perEpoch = data.tokens !== undefined ? countOf(data.tokens) : data.examples !== undefined && typeof data.tokens_per_example === 'number' ? (countOf(data.examples) ?? NaN) * data.tokens_per_example : null;
  const epochs = data.epochs === undefined ? 1 : typeof data.epochs === 'number' ? data.epochs : null;
  if (perEpoch !== null && epochs !== null && Number.isFinite(perEpoch * epochs) && perEpoch * epochs > RANGES.total_tokens.max) {
    const where = data.epochs !== undefined ? 'epochs' : data.tokens !== undefined ? 'tokens' : 'examples';
    out.push({ path: [...at, 'data', where], atKey: false, message: `the job reads ${formatLimit(Number((perEpoch * epochs).toPrecision(3)))} tokens in all (tokens per epoch x epochs); at most ${formatLimit(RANGES.total_tokens.max)} is allowed (Llama 3 read 1.56e13)` });
  }
  if (!model || (model.kind === 'catalog' && !findModel(model.id))) return out;
  const arch = resolveModel(model.kind === 'catalog' ? { kind: 'catalog', id: findModel(model.id)!.id } : model).arch;
  if (model.kind === 'architecture' && model.from === 'manifest') {
    const total = countParameters(arch).total;
    if (checkNumber(total, RANGES.parameters)) out.push({ path: [...at, 'model', 'architecture'], atKey: true, message: tooManyParameters(total) });
  }
  const pp = posInt(rec(job.parallelism).pipeline);
  if (pp !== undefined && pp > arch.layers) {
    out.push({ path: [...at, 'parallelism', 'pipeline'], atKey: false, message: `pipeline (${pp}) must be at most the model's layers (${arch.layers}): each stage holds at least one layer` });
  }
  const vs = posInt(rec(job.parallelism).virtual_stages);
  if (vs !== undefined && pp !== undefined && pp <= arch.layers && vs > Math.ceil(arch.layers / pp)) {
    // Each interleaved chunk holds at least one layer (Megatron-LM: --num-layers-per-virtual-pipeline-stage >= 1).
    out.push({ path: [...at, 'parallelism', 'virtual_stages'], atKey: false, message: `virtual_stages (${vs}) must be at most the layers each pipeline stage holds (${arch.layers} layers / ${pp} stages: ${Math.ceil(arch.layers / pp)}): each chunk holds at least one layer` });
  }
  const rank = posInt(rec(job.lora).rank);
  if ((job.method === 'lora' || job.method === 'qlora') && rank !== undefined) {
    const targets = rec(job.lora).targets ?? 'all_linear';
    if (targets === 'all_linear' || targets === 'attention' || (Array.isArray(targets) && targets.every((t) => typeof t === 'string'))) {
      const names = new Set(loraTargetNames(targets as 'all_linear' | 'attention' | string[]));
      const sides = layerModules(arch).filter((m) => names.has(m.name)).map((m) => Math.min(m.d_in, m.d_out));
      const smallest = sides.length ? Math.min(...sides) : Infinity;
      if (rank > smallest) {
        out.push({ path: [...at, 'lora', 'rank'], atKey: false, message: `LoRA rank (${rank}) must be at most ${smallest}, the smaller side of the smallest matrix it adapts: an update B x A has rank at most that (Hu et al. 2021)` });
      }
    }
  }
  return out;
}
