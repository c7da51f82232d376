import { z } from 'zod';
import { ACCELERATOR_IDS } from '../catalog/accelerators.js';
import { MODEL_IDS } from '../catalog/models.js';
import { HUB_ID } from '../hub/types.js';
import { manifestSchema, METHODS, PRECISIONS } from './schema.js';

/**
 * The manifest's JSON Schema (draft-07, which YAML language servers read), generated from the zod schema so
 * the two cannot drift; `schema/training-job.schema.json` is this, committed, and a test compares them.
 */
export function manifestJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(manifestSchema, { target: 'draft-7', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
  relaxForImport(generated);
  listIds(generated);
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'https://github.com/train-budget/train-budget/schema/training-job.schema.json',
    title: 'Train Budget training-job manifest, version 1',
    description: 'One training or fine-tuning job (or `jobs:`, a list of them) for Train Budget to estimate: model, method, data, hardware and the settings that change memory, time and cost. Files are named *.train.yaml or *.train.yml.',
    ...rest,
  };
}

/**
 * A job that imports a trainer config takes its model, method and data from it: the JSON Schema requires
 * name and hardware, and either import or all of model, method and data (zod validation checks the merged job).
 */
function relaxForImport(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  const req = n.required;
  if (Array.isArray(req) && ['name', 'model', 'method', 'hardware'].every((k) => req.includes(k)) && n.properties && 'import' in (n.properties as object)) {
    n.required = req.filter((k) => !['model', 'method', 'data'].includes(k as string));
    n.anyOf = [{ required: ['import'] }, { required: ['model', 'method', 'data'] }];
  }
  for (const v of Object.values(n)) {
    if (Array.isArray(v)) v.forEach(relaxForImport);
    else relaxForImport(v);
  }
}

/** A pattern matching exactly these words in any letter case (JSON Schema patterns have no `i` flag). */
export function anyCase(words: readonly string[]): string {
  const one = (w: string) => [...w].map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return `^(?:${words.map(one).join('|')})$`;
}

/** The listed words for completion (`enum`), and the same words in any case for validation, as the CLI reads them. */
const ids = (words: readonly string[], ...more: Record<string, unknown>[]) => ({ anyOf: [{ type: 'string', enum: [...words] }, { type: 'string', pattern: anyCase(words) }, ...more] });

const omit = (o: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));

/**
 * Lists the ids a job's values can take, so a YAML language server completes them and flags a wrong one
 * (`h100-90gb`) as the CLI does: accelerator ids (and auto) for hardware.gpu, the methods and precisions, and the
 * catalog's model ids for model, as suggestions beside the pattern of a Hugging Face Hub id (which the CLI also
 * takes). Matching is case-insensitive, like the CLI's.
 */
function listIds(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const n = node as Record<string, Record<string, Record<string, unknown>> | unknown>;
  const props = n.properties as Record<string, Record<string, unknown>> | undefined;
  if (props?.hardware && props.method) {
    const gpu = (props.hardware.properties as Record<string, Record<string, unknown>>).gpu!;
    const list = (gpu.anyOf as Record<string, unknown>[])[1]!;
    gpu.anyOf = [...ids([...ACCELERATOR_IDS, 'auto']).anyOf, { ...list, items: ids(ACCELERATOR_IDS) }];
    for (const [key, words] of [['method', METHODS], ['precision', PRECISIONS]] as const) {
      props[key] = { ...omit(props[key]!, 'type', 'enum'), ...ids(words) };
    }
    const model = props.model!.anyOf as Record<string, unknown>[];
    model[0] = { ...omit(model[0]!, 'type', 'minLength'), ...ids(MODEL_IDS, { type: 'string', pattern: HUB_ID.source }) };
  }
  for (const v of Object.values(n)) {
    if (Array.isArray(v)) v.forEach(listIds);
    else listIds(v);
  }
}

export function manifestJsonSchemaText(): string {
  return JSON.stringify(manifestJsonSchema(), null, 2) + '\n';
}
