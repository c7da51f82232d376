import { foreignKeyHint } from './foreign-keys.js';
import type { z } from 'zod';
import { didYouMean } from './suggest.js';
import { valueAt } from './value-at.js';

type Key = string | number;

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  return String(v);
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping of keys',
  array: 'a list',
};

/** The keys a strict object schema allows, found by walking the schema along a path. */
export function allowedKeys(schema: z.ZodType, path: readonly Key[]): string[] {
  let s: unknown = schema;
  const unwrap = (x: unknown): unknown => {
    let cur = x as { def?: { type?: string; innerType?: unknown; options?: unknown[]; element?: unknown } };
    for (let i = 0; i < 10 && cur?.def; i++) {
      const t = cur.def.type;
      if (t === 'optional' || t === 'default' || t === 'nullable') cur = cur.def.innerType as typeof cur;
      else break;
    }
    return cur;
  };
  for (const k of path) {
    const u = unwrap(s) as { shape?: Record<string, unknown>; def?: { type?: string; element?: unknown; options?: unknown[] } };
    if (typeof k === 'number' && u?.def?.type === 'array') s = u.def.element;
    else if (u?.shape && typeof k === 'string') s = u.shape[k];
    else if (u?.def?.type === 'union') {
      const withShape = (u.def.options ?? []).map(unwrap).find((o) => (o as { shape?: Record<string, unknown> }).shape?.[k as string]);
      s = withShape ? (withShape as { shape: Record<string, unknown> }).shape[k as string] : undefined;
    } else return [];
  }
  const u = unwrap(s) as { shape?: Record<string, unknown> };
  return u?.shape ? Object.keys(u.shape) : [];
}

export interface Located {
  path: Key[];
  /** Point at the key itself (unknown keys) rather than its value. */
  atKey: boolean;
  message: string;
}

/** One zod issue as a message that says what is wrong and what would be right. */
export function explainIssue(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType, base: readonly Key[] = []): Located[] {
  const path = [...base, ...(issue.path as Key[])];
  const got = valueAt(data, path);
  const last = path[path.length - 1];
  const name = last === undefined ? 'the manifest' : typeof last === 'number' ? `item ${last + 1}` : `"${last}"`;
  const shapeCodes = ['invalid_type', 'invalid_value', 'invalid_union', 'invalid_format'];
  if (got === undefined && shapeCodes.includes(issue.code)) return [{ path, atKey: false, message: `missing required key ${name}` }];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, issue.path as Key[]);
      return issue.keys.map((k) => ({
        path: [...path, k],
        atKey: true,
        message: `unknown key "${k}"${foreignKeyHint(k, [...path, k]) || didYouMean(k, allowed) || (allowed.length ? ` (allowed here: ${allowed.join(', ')})` : '')}`,
      }));
    }
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (issue.expected === 'int' && typeof got === 'number') return [{ path, atKey: false, message: `${name} must be a whole number, got ${got}` }];
      return [{ path, atKey: false, message: `${name} must be ${expected}, got ${describe(got)}` }];
    }
    case 'invalid_value': {
      if (issue.message && !issue.message.startsWith('Invalid')) return [{ path, atKey: false, message: `${issue.message} (got ${describe(got)})` }];
      const values = issue.values.map(String);
      const hint = typeof got === 'string' ? didYouMean(got, values) : '';
      return [{ path, atKey: false, message: `${name} must be one of ${values.join(' | ')}, got ${describe(got)}${hint}` }];
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return [{ path, atKey: false, message: `${name} must list at least ${min} item${min === 1 ? '' : 's'}` }];
      if (issue.origin === 'string') return [{ path, atKey: false, message: `${name} must not be empty` }];
      return [{ path, atKey: false, message: `${name} must be ${issue.inclusive ? 'at least' : 'greater than'} ${min}, got ${describe(got)}` }];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return [{ path, atKey: false, message: `${name} must be at most ${max} characters long` }];
      return [{ path, atKey: false, message: `${name} must be ${issue.inclusive ? 'at most' : 'less than'} ${max}, got ${describe(got)}` }];
    }
    case 'invalid_format':
      return [{ path, atKey: false, message: `${name}: ${issue.message}, got ${describe(got)}` }];
    case 'invalid_union': {
      if (issue.message && !issue.message.startsWith('Invalid')) return [{ path, atKey: false, message: `${name}: ${issue.message}, got ${describe(got)}` }];
      return [{ path, atKey: false, message: `${name} has an unexpected form, got ${describe(got)}` }];
    }
    default:
      return [{ path, atKey: false, message: `${name}: ${issue.message}` }];
  }
}
