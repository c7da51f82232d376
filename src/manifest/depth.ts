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
 * into the text; null when it does not. One linear scan: quoted strings and comments are skipped, so a
 * bracket inside them does not count (a plain scalar holding brackets may count: no real manifest has 64).
 */
export function tooDeep(text: string, max = MAX_NESTING): number | null {
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
