import { cleanText } from '../report/sanitize.js';
import type { Problem } from './types.js';

/** `file:line:col: message`, the form editors and CI logs turn into links. */
export function formatProblem(p: Problem): string {
  return cleanProblem(p).text;
}

/** A problem with its file name and message cleaned for output (they quote what the manifest wrote). */
export function cleanProblem(p: Problem): Problem & { text: string } {
  const file = cleanText(p.file, 1000);
  const message = cleanText(p.message, 2000);
  return { ...p, file, message, text: `${file}:${p.line}:${p.col}: ${message}` };
}

/** Problems in file, line, column order, each once. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message))
    .filter((p) => {
      const k = formatProblem(p);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}
