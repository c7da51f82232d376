import type { Annotation } from '../budget/gate.js';
import * as runner from '../github/runner.js';

/**
 * Annotations the action writes per level and run. GitHub shows at most 10 error and 10 warning annotations
 * per step ("Workflow commands for GitHub Actions": "a maximum of 10 error annotations and 10 warning
 * annotations per step"); more are dropped, and thousands (a hostile manifest gave 20,002 problems) only slow
 * the run. The rest are counted in one more annotation that points at the log, which lists every problem.
 */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;

function write(a: Annotation): void {
  const props = { title: a.title, file: a.file, line: a.line, col: a.col };
  if (a.level === 'error') runner.error(a.message, props);
  else runner.warning(a.message, props);
}

/**
 * Writes the first annotations of each level at once; `flush` writes the last one, or counts those left out
 * (call it at the end). One error slot is kept for the step's own failure message (setFailed is an error too).
 */
export function annotator(max = MAX_ANNOTATIONS_PER_LEVEL) {
  const limit = { error: max - 1, warning: max };
  const written = { error: 0, warning: 0 };
  // The last slot of a level: the annotation itself when it is the only one left, else their count.
  const held: Record<Annotation['level'], Annotation[]> = { error: [], warning: [] };
  return {
    annotate(a: Annotation): void {
      if (written[a.level] < limit[a.level] - 1) {
        written[a.level]++;
        write(a);
      } else if (held[a.level].length < 1) held[a.level].push(a);
      else held[a.level].push({ level: a.level, title: '', message: '' }); // counted only
    },
    flush(): void {
      for (const level of ['error', 'warning'] as const) {
        const rest = held[level];
        if (rest.length === 1) write(rest[0]!);
        else if (rest.length > 1) write({ level, title: 'Train Budget', message: `and ${rest.length} more ${level}s: GitHub shows ${max} per step; the log lists every one` });
        held[level] = [];
      }
    },
  };
}
