import { formatProblem } from '../manifest/problems.js';
import type { Problem } from '../manifest/types.js';
import type { Io } from './run.js';

/** The hint a refused path gets: the root is a choice the user can make. */
export const withRootHint = (p: Problem): Problem => (/outside the repository root/.test(p.message) ? { ...p, message: `${p.message} (set the repository root with --root DIR)` } : p);

/**
 * Invalid input: every problem as file:line:col: message on stderr and, for --format json, a JSON document on
 * stdout (`{"problems": [{"file", "line", "col", "message"}]}`), so a script never parses an empty stdout. Exit 2.
 */
export function reportProblems(problems: readonly Problem[], json: boolean, what: string, io: Io): number {
  const all = problems.map(withRootHint);
  for (const p of all) io.err(formatProblem(p) + '\n');
  io.err(`${all.length} problem${all.length === 1 ? '' : 's'}: ${what}\n`);
  if (json) io.out(JSON.stringify({ problems: all.map((p) => ({ file: p.file, line: p.line, col: p.col, message: p.message })) }, null, 2) + '\n');
  return 2;
}
