/**
 * Nesting limits for YAML (and JSON) text, checked before it is parsed: a parser recurses once per level, so
 * 100,000 nested `[` overflowed the stack ("internal error"), and 10,000 gave 20,002 problems. A manifest is
 * at most five levels deep (jobs, job, model, architecture, key); 64 leaves room for any real file.
 */
export const MAX_NESTING = 64;

// Made once (a regular expression literal in a loop is a new RegExp object each time round).
const BEFORE_QUOTE = /[\s[{,]/;
const SPACE = /\s/;

/**
 * Where the text first nests deeper than `max` flow collections ([ and {) or indentation levels, as an offset
 * into the text; null when it does not. One linear scan (depthScan), unless counting shows it cannot
 * (withinByCount): quoted strings and comments are skipped, so a bracket inside them does not count (a plain
 * scalar holding brackets may count: no real manifest has 64).
 */
export function tooDeep(text: string, max = MAX_NESTING): number | null {
  return withinByCount(text, max) ? null : depthScan(text, max);
}

/**
 * Whether the text cannot nest deeper than `max`, by counting alone (a proven bound, so tooDeep answers null as
 * depthScan would): flow depth rises only at a `[` or `{`, so it never passes the number of them; and depthScan
 * pushes at most one indentation per line (a push needs lineStart, which only the text's start and each newline
 * set), so the block levels never pass the number of lines. A real manifest, settings file or trainer config is a
 * few dozen lines with a few brackets: this spares them the character-by-character scan, which on every action
 * run was interpreted over each file and got hot enough to be baseline-compiled (~2 M instructions, issue 9).
 */
function withinByCount(text: string, max: number): boolean {
  return occurrences(text, '\n', max) + 1 <= max && occurrences(text, '[', max) + occurrences(text, '{', max) <= max;
}

/** How often `ch` occurs in `text`, counted up to `limit` + 1 at most (enough to tell "more than limit"). */
function occurrences(text: string, ch: string, limit: number): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1 && n <= limit; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** tooDeep's answer by one linear scan of the text. Exported for the test that checks withinByCount against it. */
export function depthScan(text: string, max = MAX_NESTING): number | null {
  let depth = 0;
  let quote: '"' | "'" | null = null;
  const indents: number[] = [];
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
      else if (ch === '\n') lineStart = true; // a quoted string may span lines
      continue;
    }
    if (ch === '\n') {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (ch === ' ' || (ch === '-' && (text[i + 1] === ' ' || text[i + 1] === '\n'))) {
        indent++;
        continue;
      }
      lineStart = false;
      if (ch === '#') {
        i = skipLine(text, i);
        continue;
      }
      // Block nesting: one level per distinct deeper indentation of a line that holds something.
      if (depth === 0) {
        while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > max) return i;
      }
    }
    // A quote opens a string only where a scalar starts (not the apostrophe in `name: bob's job`).
    if ((ch === '"' || ch === "'") && (i === 0 || BEFORE_QUOTE.test(text[i - 1]!))) quote = ch;
    else if (ch === '#' && (i === 0 || SPACE.test(text[i - 1]!))) i = skipLine(text, i);
    else if (ch === '[' || ch === '{') {
      if (++depth > max) return i;
    } else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return null;
}

function skipLine(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl === -1 ? text.length : nl - 1;
}
