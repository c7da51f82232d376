import { escapeHtml, escapeMarkdown } from '../src/report/escape.js';

/**
 * escape.ts finds everything it changes in one scan of the text. These are the steps it stands for, written out
 * as the separate replaces they were (and as escape.ts's comment lists them): the one-scan escapes must give the
 * same text on every input.
 */
const WJ = '\u2060';
const oneLine = (text: string) => text.replace(/[\r\n\t]+/g, ' ');
const unlink = (text: string) =>
  text
    .replace(/@/g, `@${WJ}`)
    .replace(/#/g, `#${WJ}`)
    .replace(/\b(gh)-(?=\d)/gi, `$1${WJ}-`)
    .replace(/\b(www)\./gi, `$1${WJ}.`)
    .replace(/:\/\//g, `:${WJ}//`);
const entities = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const stepsMarkdown = (text: string) =>
  entities(unlink(oneLine(text)))
    .replace(/([\\`*_{}[\]()#|~!])/g, '\\$1')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
const stepsHtml = (text: string) => entities(unlink(oneLine(text)));

/** A small deterministic generator (mulberry32), so a failure names a reproducible input. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Every character and sequence a step matches, with what could stand next to them (word characters, digits, the
// word joiner, non-ASCII, a backslash already there).
const PIECES = ['gh-', 'GH-', 'Gh-', 'gh', 'www.', 'WWW.', 'wWw.', 'www', '://', ':', '/', '//', '-', '+', '=', '.', ')', '1', '12', '9.', 'x', 'a_b', ' ', '\r', '\n', '\t', '\r\n\t', '@', '#', '&', '<', '>', '"', "'", '\\', '`', '*', '_', '{', '}', '[', ']', '(', '|', '~', '!', WJ, 'é', '\u00a0', '❌', '&amp;', 'http://', 'x@y', '#1', 'ah-1'];

describe('escape.ts in one scan', () => {
  test('gives what the separate steps give, on 20,000 generated texts', () => {
    const next = random(9);
    for (let i = 0; i < 20000; i++) {
      const n = Math.floor(next() * 8);
      let text = '';
      for (let k = 0; k < n; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      expect([text, escapeMarkdown(text)]).toEqual([text, stepsMarkdown(text)]);
      expect([text, escapeHtml(text)]).toEqual([text, stepsHtml(text)]);
    }
  });

  test('gives what the separate steps give on names and lines a report shows', () => {
    const texts = [
      '',
      'support_bot_v2 (rank 8)',
      'a|b',
      '<img src=x>',
      '@org/team',
      '`x`',
      '-->',
      '- list',
      '+1',
      '=== heading',
      '1. first',
      '12) twelve',
      '3.5 h',
      'see gh-123 and GH-4, not gh-x or ugh-5',
      'www.example.com and WWW.x.y, not awww.b',
      'https://example.com/a_b?c=d&e="f"',
      'line one\nline two\r\n\tindented',
      'price: $0.5908 per GPU-hour, aws g5.12xlarge us-east-1 spot; skypilot-org/skypilot-catalog catalogs/v7/aws/vms.csv (snapshot 001367d22a00, AWS Price List API)',
      'training.micro_batch_size: 1, training.gradient_checkpointing: none: $3.34 instead of $4.21 (21% less), 5.7 h',
      '#1 issue, ##[error], ::warning::',
    ];
    for (const text of texts) {
      expect(escapeMarkdown(text)).toBe(stepsMarkdown(text));
      expect(escapeHtml(text)).toBe(stepsHtml(text));
    }
  });
});
