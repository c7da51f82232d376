import type { z } from 'zod';
import { jobSchemaModelDeferred, modelArchitecture, modelCatalogId, modelConfig, modelParameters, refinements } from './schema.js';
import type { FastNode } from './fast-check.js';
import type { SchemaName } from './validate.js';

/**
 * Writes the manifest's zod schemas as plain data for the fast check (fast-check.ts): `npm run schema` puts
 * fastSchemasSource() in src/manifest/fast-schemas.generated.ts, and a test checks that the committed file is
 * current. Only what zod can say exactly is written; anything else (a refinement not named in `refinements`, a
 * transform, a default, a non-strict object, a check this file does not know) stops the generator, so the fast
 * check can never silently accept what zod refuses.
 */
const SOURCES: Record<SchemaName, z.ZodType> = {
  job: jobSchemaModelDeferred,
  catalogId: modelCatalogId,
  parameters: modelParameters,
  config: modelConfig,
  architecture: modelArchitecture,
};

interface Def {
  type: string;
  checks?: { _zod: { def: { check: string; [k: string]: unknown } } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
}

function refuse(path: string, what: string): never {
  throw new Error(`fast-schema-gen: ${path || '(root)'}: ${what}; describe it in fast-check.ts and here, or register it in schema.ts refinements`);
}

function describeSchema(schema: z.ZodType, path: string): FastNode {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const node = shape(def, checks.filter((c) => c.check !== 'custom'), path);
  const custom = checks.filter((c) => c.check === 'custom');
  if (custom.length) {
    const r = refinements.get(schema);
    if (!r || custom.length !== 1) refuse(path, `${custom.length} refinement(s) without a name in refinements`);
    node.refine = r;
  }
  return node;
}

function shape(def: Def, checks: { check: string; [k: string]: unknown }[], path: string): FastNode {
  const only = (allowed: string[]) => {
    const other = checks.filter((c) => !allowed.includes(c.check));
    if (other.length) refuse(path, `${def.type} check ${other.map((c) => `${c.check}${c.format ? ` ${String(c.format)}` : ''}`).join(', ')}`);
  };
  const lengths = () => {
    const out: { min?: number; max?: number } = {};
    for (const c of checks) {
      if (c.check === 'min_length') out.min = Math.max(out.min ?? 0, c.minimum as number);
      if (c.check === 'max_length') out.max = Math.min(out.max ?? Infinity, c.maximum as number);
    }
    return out;
  };
  switch (def.type) {
    case 'unknown':
    case 'boolean':
      only([]);
      return { t: def.type };
    case 'optional':
      only([]);
      return { t: 'optional', of: describeSchema(def.innerType!, path) };
    case 'string': {
      only(['min_length', 'max_length', 'string_format']);
      const formats = checks.filter((c) => c.check === 'string_format');
      if (formats.some((c) => c.format !== 'regex') || formats.length > 1) refuse(path, 'a string format other than one regex');
      const re = formats[0]?.pattern as RegExp | undefined;
      return { t: 'string', ...lengths(), ...(re ? { re: [re.source, re.flags] as [string, string] } : {}) };
    }
    case 'number': {
      only(['number_format', 'greater_than', 'less_than']);
      if (checks.some((c) => c.check === 'number_format' && c.format !== 'safeint')) refuse(path, 'a number format other than int');
      const bounds = checks.filter((c) => c.check !== 'number_format').map((c) => [c.value as number, c.inclusive as boolean, c.check === 'greater_than'] as [number, boolean, boolean]);
      return { t: 'number', ...(checks.some((c) => c.check === 'number_format') ? { int: true as const } : {}), ...(bounds.length ? { bounds } : {}) };
    }
    case 'enum':
      only([]);
      return { t: 'enum', values: Object.values(def.entries!) };
    case 'literal':
      only([]);
      if (!def.values!.every((v) => ['string', 'number', 'boolean'].includes(typeof v) || v === null)) refuse(path, 'a literal that is not a string, number, boolean or null');
      return { t: 'enum', values: def.values as (string | number | boolean | null)[] };
    case 'array':
      only(['min_length', 'max_length']);
      return { t: 'array', of: describeSchema(def.element!, `${path}[]`), ...lengths() };
    case 'union':
      only([]);
      return { t: 'union', of: def.options!.map((o, i) => describeSchema(o, `${path}|${i}`)) };
    case 'object': {
      only([]);
      if ((def.catchall as unknown as { _zod?: { def: Def } } | undefined)?._zod?.def.type !== 'never') refuse(path, 'an object that is not strict (zod would strip or pass unknown keys)');
      return { t: 'object', keys: Object.fromEntries(Object.entries(def.shape!).map(([k, v]) => [k, describeSchema(v, path ? `${path}.${k}` : k)])) };
    }
    default:
      return refuse(path, `zod type ${def.type}`);
  }
}

/** The generated module's text. */
export function fastSchemasSource(): string {
  const schemas = Object.fromEntries(Object.entries(SOURCES).map(([name, s]) => [name, describeSchema(s, name === 'job' ? '' : `model(${name})`)]));
  return [
    '// Generated by `npm run schema` (src/manifest/fast-schema-gen.ts) from src/manifest/schema.ts: do not edit.',
    "import type { FastNode } from './fast-check.js';",
    "import type { SchemaName } from './validate.js';",
    '',
    '// JSON text, not an object literal: V8 reads JSON faster than it compiles the same data written as a literal',
    '// (v8.dev/blog/cost-of-javascript-2019#json), and every action run reads this on a cold start.',
    `export const FAST_SCHEMAS: Record<SchemaName, FastNode> = JSON.parse(${JSON.stringify(JSON.stringify(schemas))});`,
    '',
  ].join('\n');
}
