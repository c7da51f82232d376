import { z } from 'zod';
import { settingsSchema } from './schema.js';

/**
 * train-budget.yml's JSON Schema (draft-07, which YAML language servers read), generated from the zod schema so
 * the two cannot drift; `schema/train-budget.schema.json` is this, committed, and a test compares them.
 */
export function settingsJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(settingsSchema, { target: 'draft-7', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'https://github.com/train-budget/train-budget/schema/train-budget.schema.json',
    title: 'Train Budget repository settings (train-budget.yml), version 1',
    ...rest,
    description: "Repository settings for Train Budget: defaults for every manifest, the team's own price rules, GPUs the team owns, and budgets per folder (projects).",
  };
}

export function settingsJsonSchemaText(): string {
  return JSON.stringify(settingsJsonSchema(), null, 2) + '\n';
}
