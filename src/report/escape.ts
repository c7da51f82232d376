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

/**
 * Everything `escapeMarkdown` and `escapeHtml` change, found in one scan of the text (they run on every job name,
 * file name, assumption and advice line of a report). Each is what applying these steps in turn would give:
 * 1. one line: a run of CR, LF and tabs becomes one space (a name never spans lines in a comment);
 * 2. unlink, which breaks what GitHub links in shown text: `@` and `#` get a WORD JOINER after them, `gh-` before
 *    a digit and `www.` (any case) one before the `-` or `.`, `://` one after the `:`;
 * 3. entities: `&`, `<`, `>` and `"` as HTML entities;
 * 4. for markdown only, a backslash before each of \ ` * _ { } [ ] ( ) # | ~ !
 * One scan gives the same text because no step changes or makes what a later step matches: each of the five
 * alternatives starts with its own characters, none of them in another's; the spaces, word joiners, entities
 * and backslashes that steps add are in none of them; and a `\b` sees a non-word character before a replaced
 * one as before (step 1 puts a space where a control character was, step 2 a word joiner after `@` and `#`).
 * __tests__/escape-one-scan.test.ts compares it with the steps, in order, on generated text.
 */
const MD_SPECIAL = /[\r\n\t]+|[@#&<>"\\`*_{}[\]()|~!]|\b(gh)-(?=\d)|\b(www)\.|:\/\//gi;
const HTML_SPECIAL = /[\r\n\t]+|[@#&<>"]|\b(gh)-(?=\d)|\b(www)\.|:\/\//gi;

/** What one match of MD_SPECIAL or HTML_SPECIAL becomes (`markdown`: with step 4). */
function replacement(m: string, gh: string | undefined, www: string | undefined, markdown: boolean): string {
  if (gh !== undefined) return `${gh}${WJ}-`;
  if (www !== undefined) return `${www}${WJ}.`;
  switch (m[0]) {
    case '@':
      return `@${WJ}`;
    case '#':
      return markdown ? `\\#${WJ}` : `#${WJ}`;
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    case ':':
      return `:${WJ}//`;
    case '\r':
    case '\n':
    case '\t':
      return ' ';
    default:
      return `\\${m}`; // markdown's punctuation (MD_SPECIAL only)
  }
}
const mdReplacement = (m: string, gh: string | undefined, www: string | undefined) => replacement(m, gh, www, true);
const htmlReplacement = (m: string, gh: string | undefined, www: string | undefined) => replacement(m, gh, www, false);

/** One line: CR, LF and tabs become a space (a name never spans lines in a comment). */
const oneLine = (text: string) => text.replace(/[\r\n\t]+/g, ' ');

/** For markdown: a table cell, a list item or a paragraph. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(MD_SPECIAL, mdReplacement)
    // A leading "-", "+" or "1." would start a list, a leading "=" or "-" a heading underline.
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** For text inside an HTML block such as `<summary>`: entities only (markdown is not parsed there). */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, htmlReplacement);
}

/** A code span that shows `text` exactly: a fence longer than any run of backticks in it. Not for table cells. */
export function codeSpan(text: string): string {
  const t = oneLine(text);
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || /^ .* $/.test(t) ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}
