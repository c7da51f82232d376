import { z } from 'zod';
import { manifestSchema } from './schema.js';

/**
 * The manifest's JSON Schema (draft-07, which YAML language servers read), generated from the zod schema so
 * the two cannot drift; `schema/training-job.schema.json` is this, committed, and a test compares them.
 */
export function manifestJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(manifestSchema, { target: 'draft-7', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
  relaxForImport(generated);
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

export function manifestJsonSchemaText(): string {
  return JSON.stringify(manifestJsonSchema(), null, 2) + '\n';
}
