/**
 * A markdown body cut to fit where it is posted, at a line boundary, with a pointer to the full report after
 * the cut. GitHub refuses a comment over 65,536 characters (422 "body is too long"), and shows at most 1 MiB of
 * a step's job summary ("Adding a job summary", docs.github.com: "The step summary size limit is 1MiB"; a
 * larger one fails the upload).
 */
export const COMMENT_MAX_CHARS = 65536;
export const SUMMARY_MAX_BYTES = 1024 * 1024;

export interface FitOptions {
  /** Largest body: characters (comments) or UTF-8 bytes (the summary file). */
  max: number;
  unit: 'chars' | 'bytes';
  /** Said after the cut: where the whole report is. */
  pointer: string;
}

const size = (s: string, unit: FitOptions['unit']) => (unit === 'bytes' ? Buffer.byteLength(s, 'utf8') : s.length);

/** `body` unchanged when it fits; else its first whole lines that fit, then `pointer`. Never longer than `max`. Linear in the body. */
export function fitBody(body: string, opts: FitOptions): string {
  if (size(body, opts.unit) <= opts.max) return body;
  const tail = `\n\n${opts.pointer}\n`;
  const room = opts.max - size(tail, opts.unit);
  if (room <= 0) return tail.trim().slice(0, opts.max);
  // In bytes, a cut buffer may end inside a character: the cut at the last line break below drops it.
  let cut = opts.unit === 'bytes' ? Buffer.from(body, 'utf8').subarray(0, room).toString('utf8') : body.slice(0, room);
  const lastBreak = cut.lastIndexOf('\n');
  cut = lastBreak > 0 ? cut.slice(0, lastBreak) : '';
  return cut + tail;
}
