import { z } from 'zod';
import { rangeOf, type NumberKind, type NumberRange } from './numbers.js';

/** A zod number with this range's bounds: validation and the generated JSON Schema both state them. */
export function numberSchema(kind: NumberKind | NumberRange): z.ZodNumber {
  const r = rangeOf(kind);
  let s = z.number();
  if (r.integer) s = s.int();
  s = r.exclusiveMin ? s.gt(r.min) : s.min(r.min);
  return s.max(r.max);
}
