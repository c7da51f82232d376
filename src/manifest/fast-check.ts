import { parseManifestWith, type LoadResult, type ParseOptions, type ParseTools } from './parse.js';
import { checkCount, type NumberKind } from './numbers.js';
import { FAST_SCHEMAS } from './fast-schemas.generated.js';
import type { SchemaName, Validate } from './validate.js';

/**
 * The manifest's zod schemas as plain data (fast-schemas.generated.ts, written by `npm run schema` from
 * schema.ts by fast-schema-gen.ts), and a checker that reads them with zod's semantics. It answers only "valid":
 * a value it passes is one zod passes, and zod returns it unchanged (the schemas have no transforms or defaults;
 * defaults are applied by normalize.ts on both paths). For anything else it gives up (NeedsFullCheck), and the
 * caller validates again with zod, whose messages are the ones users see. __tests__/fast-check.test.ts compares
 * the two on every shipped and test manifest and on thousands of mutations of them.
 */
export type FastNode = (
  | { t: 'unknown' }
  | { t: 'optional'; of: FastNode }
  | { t: 'boolean' }
  | { t: 'string'; min?: number; max?: number; re?: [source: string, flags: string] }
  | { t: 'number'; int?: true; bounds?: [value: number, inclusive: boolean, above: boolean][] }
  | { t: 'enum'; values: (string | number | boolean | null)[] }
  | { t: 'array'; of: FastNode; min?: number; max?: number }
  | { t: 'union'; of: FastNode[] }
  | { t: 'object'; keys: Record<string, FastNode> }
) & { refine?: Refine };

/**
 * A zod superRefine, named so the checker can run its equivalent: `count` (schema.ts count(): checkCount with the
 * kind's range), `atMost` (a number no greater than this; other values pass, as hardware.count's 'auto').
 */
export type Refine = { count: NumberKind } | { atMost: number };

/** Thrown when the fast check cannot vouch for a value: validate with zod instead. */
export class NeedsFullCheck extends Error {
  constructor() {
    super('the fast check does not pass this manifest: validate it with zod');
  }
}

const patterns = new Map<string, RegExp>();
const regex = ([source, flags]: [string, string]) => {
  const key = `${flags}/${source}`;
  let re = patterns.get(key);
  if (!re) patterns.set(key, (re = new RegExp(source, flags)));
  re.lastIndex = 0;
  return re;
};

/** A string's length as zod measures it: in code points (an emoji is one, not two UTF-16 units). */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether zod's schema, as described by `node`, accepts `v` with no issue. */
export function fits(node: FastNode, v: unknown): boolean {
  return shapeFits(node, v) && (node.refine === undefined || refineFits(node.refine, v));
}

function shapeFits(node: FastNode, v: unknown): boolean {
  switch (node.t) {
    case 'unknown':
      return true;
    case 'optional':
      return v === undefined || fits(node.of, v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'string': {
      if (typeof v !== 'string') return false;
      const n = node.min === undefined && node.max === undefined ? 0 : codePoints(v);
      return (node.min === undefined || n >= node.min) && (node.max === undefined || n <= node.max) && (node.re === undefined || regex(node.re).test(v));
    }
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v) || (node.int && !Number.isSafeInteger(v))) return false;
      for (const [b, inclusive, above] of node.bounds ?? []) {
        if (!(above ? (inclusive ? v >= b : v > b) : inclusive ? v <= b : v < b)) return false;
      }
      return true;
    case 'enum':
      return node.values.includes(v as string);
    case 'array':
      if (!Array.isArray(v) || (node.min !== undefined && v.length < node.min) || (node.max !== undefined && v.length > node.max)) return false;
      for (const e of v) if (!fits(node.of, e)) return false;
      return true;
    case 'union':
      for (const o of node.of) if (fits(o, v)) return true;
      return false;
    case 'object': {
      // zod: an absent key passes only an optional schema (even z.unknown() wants its key); unknown keys fail.
      if (!isRecord(v)) return false;
      for (const k of Object.keys(v)) if (!Object.hasOwn(node.keys, k)) return false;
      for (const k of Object.keys(node.keys)) {
        const n = node.keys[k]!;
        if (k in v ? !fits(n, v[k]) : n.t !== 'optional') return false;
      }
      return true;
    }
  }
}

function refineFits(r: Refine, v: unknown): boolean {
  if ('count' in r) return checkCount(v, r.count).ok;
  return typeof v !== 'number' || v <= r.atMost;
}

/** Validation without zod: the value itself when the fast check passes it, else NeedsFullCheck. */
export const fastValidate: Validate = (name: SchemaName, value: unknown) => {
  if (fits(FAST_SCHEMAS[name], value)) return { ok: true, data: value };
  throw new NeedsFullCheck();
};

const giveUp = (): never => {
  throw new NeedsFullCheck();
};

/** The fast check, and no yaml package or trainer-config importers: YAML that simple-yaml.ts declines, or an import:, gives up. */
const FAST: ParseTools = { validate: fastValidate, readYaml: giveUp, readImport: giveUp, mergeImport: giveUp };

/** parseManifest with the fast check: the same result for a manifest it passes; NeedsFullCheck for any other. */
export const parseManifestFast = (text: string, opts: ParseOptions): LoadResult => parseManifestWith(text, opts, FAST);
