import type { Architecture } from './architecture.js';
import { HF_IDS, hubNameVariants } from './hf-ids.js';
import { TABLES } from './tables.js';

/**
 * Model catalog: architectures copied from each model's Hugging Face config.json (the `source` repository),
 * and the parameter count its publisher states (model card, paper or the Hub's safetensors total), which
 * `__tests__/parameters.test.ts` checks the computed count against.
 */
export interface CatalogModel {
  id: string;
  name: string;
  architecture: Architecture;
  published_parameters: number;
  /** Active parameters per token, for mixture-of-experts models, as published. */
  published_active_parameters?: number;
  /** The publisher counts active parameters without the input embedding (gpt-oss model card, Table 1). */
  published_active_excludes_embedding?: boolean;
  /** The publisher's active figure is rounded to this unit; `rounded_down`: truncated ("37B" for 37.5B). */
  published_active_rounding?: number;
  published_active_rounded_down?: boolean;
  /** Context length it was trained at, the default sequence length hint. */
  context_length: number;
  source: string;
  aliases?: string[];
  /** Hugging Face Hub repository ids of this architecture (their -Instruct/-Chat/-Base/-it variants resolve too). */
  hf_ids?: string[];
  /** The publisher rounds its figure to this unit ("1.7B": 0.1e9); the parameter test accepts that interval too. */
  published_rounding?: number;
}

/**
 * The entries of models-data.ts and models-recent.ts, each source followed by where its figures were re-read
 * (model-provenance.ts); the action's bundle reads them as JSON (tables.ts).
 */
export const MODELS: readonly CatalogModel[] = TABLES.models;

const BY_ID = new Map<string, CatalogModel>();
for (const m of MODELS) {
  BY_ID.set(m.id, m);
  for (const a of m.aliases ?? []) BY_ID.set(a, m);
}
/**
 * Hub ids (owner/name), and their variant-free forms, lower-cased. Built on the first lookup that is not a catalog
 * id or alias: a run whose manifests name catalog ids (the action on the examples) never needs it.
 */
let byHub: Map<string, CatalogModel> | null = null;
function hubIndex(): Map<string, CatalogModel> {
  if (byHub) return byHub;
  byHub = new Map();
  for (const m of MODELS) {
    for (const h of [...(m.hf_ids ?? []), ...(HF_IDS[m.id] ?? [])]) {
      for (const v of hubNameVariants(h)) if (!byHub.has(v)) byHub.set(v, m);
    }
  }
  return byHub;
}

/**
 * Model ids are case-insensitive; aliases (llama-3-8b, llama-3.3-70b) resolve to their catalog entry, and so
 * do Hugging Face Hub ids (meta-llama/Llama-3.1-8B-Instruct, optionally @revision) of a catalogued
 * architecture: -Instruct, -Chat, -Base, -it, -pt and -hf variants share the base model's shape.
 */
export function findModel(id: string): CatalogModel | undefined {
  const key = id.trim().toLowerCase().replace(/@[^@/]*$/, '');
  const direct = BY_ID.get(key);
  if (direct) return direct;
  const hub = hubIndex();
  for (const v of hubNameVariants(key)) {
    const m = hub.get(v) ?? BY_ID.get(v);
    if (m) return m;
  }
  return undefined;
}

export const MODEL_IDS: readonly string[] = [...BY_ID.keys()];
