/**
 * Text from manifests (job names, file names, model names) rendered into a GitHub comment must show as written
 * and do nothing: no HTML, no markdown syntax, no @mentions, #references or GH-references, no autolinks.
 * Which escaping is right depends on where the text lands:
 * - markdown (a table cell, a list item, a paragraph): `escapeMarkdown`, backslash escapes and entities;
 * - inside an HTML block (`<summary>` in `<details>`): `escapeHtml`, entities only, since markdown is not
 *   parsed there and a backslash would show;
 * - a code span: `codeSpan`.
 * In every context GitHub still links mentions, references and bare addresses in the text it shows, so a
 * WORD JOINER (U+2060, invisible, not a space) breaks each: "@\u2060org", "#\u20601", "GH\u2060-2",
 * "www\u2060.", "http:\u2060//".
 */
const WJ = '\u2060';

/** Breaks what GitHub links in shown text, whatever the context. */
function unlink(text: string): string {
  return text
    .replace(/@/g, `@${WJ}`)
    .replace(/#/g, `#${WJ}`)
    .replace(/\b(gh)-(?=\d)/gi, `$1${WJ}-`)
    .replace(/\b(www)\./gi, `$1${WJ}.`)
    .replace(/:\/\//g, `:${WJ}//`);
}

/** One line: CR, LF and tabs become a space (a name never spans lines in a comment). */
const oneLine = (text: string) => text.replace(/[\r\n\t]+/g, ' ');

/** HTML-significant characters as entities. */
const entities = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** For markdown: a table cell, a list item or a paragraph. */
export function escapeMarkdown(text: string): string {
  return entities(unlink(oneLine(text)))
    .replace(/([\\`*_{}[\]()#|~!])/g, '\\$1')
    // A leading "-", "+" or "1." would start a list, a leading "=" or "-" a heading underline.
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** For text inside an HTML block such as `<summary>`: entities only (markdown is not parsed there). */
export function escapeHtml(text: string): string {
  return entities(unlink(oneLine(text)));
}

/** A code span that shows `text` exactly: a fence longer than any run of backticks in it. Not for table cells. */
export function codeSpan(text: string): string {
  const t = oneLine(text);
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || /^ .* $/.test(t) ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}
