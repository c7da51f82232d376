/**
 * The one sanitiser for text that leaves the program (terminal, CI log lines, annotations, comment and summary
 * bodies). Two layers:
 *
 * - `cleanText` for one field taken from a manifest or the file system (a job name, a file name, a quoted key):
 *   every character that could end a line, move the cursor, reorder what a reviewer sees or hide text becomes a
 *   visible escape, and very long values are cut. A field can then never start a line of its own.
 * - `guardLog` for whole chunks written to a log or terminal (the sinks: the CLI's Io, the action's log calls).
 *   The program's own line breaks stay; any other control character becomes a visible escape, and a line that
 *   GitHub's runner would execute as a workflow command is defused. This layer covers output paths written
 *   later without anyone remembering the first.
 *
 * Workflow commands, as the runner parses them (actions/runner, src/Runner.Common/ActionCommand.cs):
 * `TryParseV2` trims leading white space and takes a line starting with `::` (`::error file=..::msg`,
 * `::add-mask::`, `::stop-commands::`); the legacy `TryParse` takes `##[command ...]` anywhere in a line. The
 * runner splits lines on CR as well as LF. `@actions/core` escapes command data as `%25 %0D %0A` and properties
 * also as `%3A %2C` (node_modules/@actions/core/lib/command.js): so an annotation's text is safe from line
 * breaks, but not from ESC sequences or bidi overrides, which `cleanText` removes.
 */

/**
 * C0 controls (but tab and line feed, handled apart), DEL, C1 controls (NEL U+0085 included), the line and
 * paragraph separators, the bidi embedding/override/isolate controls and marks (Trojan Source, CVE-2021-42574),
 * and the BOM / zero-width no-break space.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** The same, with tab and line feed: for one field, where no line break belongs. */
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_IN_FIELD = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `\uXXXX`: readable, and inside a JSON string the same character again (so guarding JSON output keeps it valid JSON). */
const escapeChar = (c: string): string => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Longest field shown (a job name may be 200 characters; a 1 MB model id is cut to this). */
export const MAX_FIELD_CHARS = 200;

/** One field from outside the program, safe to print anywhere on a line: no control characters, at most `max` characters. */
export function cleanText(text: string, max = MAX_FIELD_CHARS): string {
  const cut = text.length > max ? text.slice(0, max) + '…' : text;
  return cut.replace(CONTROL_IN_FIELD, (c) => (c === '\t' ? ' ' : escapeChar(c)));
}

/** A field quoted in a message: `"name"`, cleaned and cut short (60 characters). */
export const quoted = (text: string, max = 60): string => `"${cleanText(text, max)}"`;

/** The start of a line the runner would run as a command (after any white space it trims). */
const COMMAND_LINE = /^(\s*)::/gm;
/** The legacy `##[command]` form, matched anywhere. */
const LEGACY_COMMAND = /##\[/g;

/**
 * A chunk of log or terminal output made inert: control characters but tab and line feed escaped, lines that
 * start with `::` prefixed with a backslash, `##[` written `#\u0023[`. Idempotent; JSON text stays valid JSON
 * with the same meaning (no JSON line starts with `::`, and `\u0023` inside a string is `#`).
 * Each chunk is treated as starting a line, which errs on the safe side.
 */
export function guardLog(chunk: string): string {
  return chunk.replace(CONTROL, escapeChar).replace(COMMAND_LINE, '$1\\::').replace(LEGACY_COMMAND, '#\\u0023[');
}

/**
 * A markdown body (comment, job summary) with the characters that have no place in it made visible: control
 * characters but tab and line feed, and bidi overrides, which could make a reviewer read a different text
 * from the one GitHub stores. Markdown syntax is escaped field by field (escape.ts), not here.
 */
export function cleanMarkdownBody(body: string): string {
  return body.replace(CONTROL, escapeChar);
}
