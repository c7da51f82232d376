/**
 * Counts such as token totals, in any of the spellings people write in configs: 2000000000, 2e9,
 * 2_000_000_000 and the suffixed strings 2B, 500M, 1.5T, 20K (K = 1e3, M = 1e6, B = 1e9, T = 1e12; decimal,
 * as in "a 1T-token run").
 */
// The suffix and the spaces before it are one optional group: `\\s*[kKmMbBtT]?\\s*$` (two runs of spaces around an
// optional letter) is the same language but quadratic on a long run of spaces followed by anything else.
export const COUNT_PATTERN = '^\\s*[0-9][0-9_]*(\\.[0-9]+)?([eE][+-]?[0-9]+)?(?:\\s*[kKmMbBtT])?\\s*$';
const COUNT_RE = new RegExp(COUNT_PATTERN);
const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

/** The number a count spells, or null when it is not a count. */
export function parseCount(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (!COUNT_RE.test(value)) return null;
  const s = value.trim().replace(/_/g, '');
  const last = s.slice(-1).toLowerCase();
  const mult = SUFFIX[last];
  const n = Number(mult ? s.slice(0, -1).trim() : s);
  if (!Number.isFinite(n)) return null;
  return mult ? Math.round(n * mult) : n;
}
