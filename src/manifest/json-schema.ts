import { z } from 'zod';
import { manifestSchema } from './schema.js';

/**
 * The manifest's JSON Schema (draft-07, which YAML language servers read), generated from the zod schema so
 * the two cannot drift; `schema/training-job.schema.json` is this, committed, and a test compares them.
 */
export function manifestJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(manifestSchema, { target: 'draft-7', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'https://github.com/train-budget/train-budget/schema/training-job.schema.json',
    title: 'Train Budget training-job manifest, version 1',
    description: 'One training or fine-tuning job (or `jobs:`, a list of them) for Train Budget to estimate: model, method, data, hardware and the settings that change memory, time and cost. Files are named *.train.yaml or *.train.yml.',
    ...rest,
  };
}

export function manifestJsonSchemaText(): string {
  return JSON.stringify(manifestJsonSchema(), null, 2) + '\n';
}
