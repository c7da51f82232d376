type Key = string | number;

/**
 * Reads the value at a path of plain data (for messages that quote what was written). Its own module so that the
 * valid path (parse.ts) does not bring issues.ts, which explains zod's issues, into the action's bundle.
 */
export function valueAt(data: unknown, path: readonly Key[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k as string];
  }
  return v;
}
