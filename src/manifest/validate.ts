import type { Located } from './issues.js';

type Key = string | number;

/** The schemas a manifest's values are checked against: a job with its model unchecked, and each model form. */
export type SchemaName = 'job' | 'catalogId' | 'parameters' | 'config' | 'architecture';

/** A value checked against a schema: the data the schema returns, or every problem, located and explained. */
export type Checked = { ok: true; data: unknown } | { ok: false; problems: Located[] };

/**
 * Checks `value` against a schema. `data` is the whole document (for messages that quote it) and `at` the value's
 * path in it. Two implementations: zod-validate.ts (every message) and fast-check.ts (valid values only, no zod).
 */
export type Validate = (schema: SchemaName, value: unknown, data: unknown, at: readonly Key[]) => Checked;
