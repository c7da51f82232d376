import type { Problem } from './types.js';

/**
 * Problems one file may report before the rest are summed up: a broken manifest rarely has more than a
 * handful, and a hostile one (10,000 nested levels gave 20,002) would otherwise flood the log, the checks page
 * and the comment.
 */
export const MAX_PROBLEMS_PER_FILE = 50;

/** The first `max` problems of each file, in the given order, then one "and N more" problem for that file. */
export function capProblemsPerFile(problems: readonly Problem[], max = MAX_PROBLEMS_PER_FILE): Problem[] {
  const count = new Map<string, number>();
  for (const p of problems) count.set(p.file, (count.get(p.file) ?? 0) + 1);
  if ([...count.values()].every((n) => n <= max)) return [...problems];
  const kept = new Map<string, number>();
  const out: Problem[] = [];
  for (const p of problems) {
    const k = (kept.get(p.file) ?? 0) + 1;
    kept.set(p.file, k);
    if (k <= max) out.push(p);
    const n = count.get(p.file)!;
    if (k === max && n > max) {
      out.push({ file: p.file, line: p.line, col: p.col, message: `and ${n - max} more problem${n - max === 1 ? '' : 's'} in this file (the first ${max} are shown): fix these and validate again` });
    }
  }
  return out;
}
