import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanMarkdownBody, cleanText, guardLog } from '../src/report/sanitize.js';
import { runActionProcess } from './helpers/action-run.js';
import { FakeGitHub } from './helpers/github-server.js';
import { runCliProcess } from './helpers/process.js';

/**
 * Hostile job names (YAML double-quoted escapes: \n LF, \r CR, \e ESC, \a BEL, \N NEL, \L U+2028, \P U+2029),
 * each trying to make a CI runner execute a workflow command or to drive the terminal.
 */
const HOSTILE = [
  'ok\\n::error file=README.md,line=1::PWNED',
  '::add-mask::PWNED',
  '  ::stop-commands::PWNED',
  'x\\r::warning::PWNED',
  '\\e]0;title\\a\\e[2J PWNED',
  'a\\N::error::PWNED',
  'a\\L::error::PWNED\\P::notice::PWNED',
  '\\u202Egnp.PWNED\\u2066',
  '##[add-mask]PWNED',
  '%0A::error::PWNED%0D',
  '\\t::error::PWNED',
  '\\u00A0::error::PWNED',
];

const job = (name: string, model = 'llama-3.1-8b') => `name: "${name}"\nmodel: "${model}"\nmethod: lora\ndata: { tokens: 100M }\nhardware: { gpu: h100-80gb, count: 1 }\n`;

/** What GitHub's runner would do with the text: every line it would run as a command (actions/runner ActionCommand.cs). */
function commandsIn(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  for (const l of lines) {
    const t = l.replace(/^[\s\u0085\u00a0\ufeff]+/, '');
    if (t.startsWith('::') && t.indexOf('::', 2) > 0) out.push(t);
    if (/##\[[a-z-]+/.test(l)) out.push(l);
  }
  return out;
}

/** Raw characters that must never reach a terminal, a log or a rendered comment. */
// eslint-disable-next-line no-control-regex -- the test looks for control characters
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('sanitiser units', () => {
  it('cleanText leaves no control character, line break or bidi override, and cuts long values', () => {
    expect(cleanText('a\nb\r\u001b[2J\u202e\u2028\u0085')).toBe('a\\nb\\r\\u001b[2J\\u202e\\u2028\\u0085');
    expect(cleanText('x'.repeat(5000)).length).toBe(201);
    expect(cleanText('llama-3.1-8b ✓ é')).toBe('llama-3.1-8b ✓ é');
  });
  it('guardLog defuses lines that start with :: (after white space) and ##[ anywhere, and keeps line feeds', () => {
    expect(guardLog('a\n::error::x\n  ::warning::y\n')).toBe('a\n\\::error::x\n  \\::warning::y\n');
    expect(guardLog('see ##[add-mask]x')).toBe('see #\\u0023[add-mask]x');
    expect(guardLog('a\r::error::x')).toBe('a\\r::error::x');
    expect(guardLog(guardLog('::x::y\n\u001b'))).toBe(guardLog('::x::y\n\u001b'));
  });
  it('guardLog keeps JSON valid and equal in meaning', () => {
    const doc = { name: 'a\u2028b\u0085c\u202e##[x]', n: 1 };
    expect(JSON.parse(guardLog(JSON.stringify(doc, null, 2)))).toEqual(doc);
  });
  it('cleanMarkdownBody keeps line feeds, emoji and word joiners, and shows the rest', () => {
    expect(cleanMarkdownBody('✅ a@\u2060b\n\u202e\u001b')).toBe('✅ a@\u2060b\n\\u202e\\u001b');
  });
});

describe('every output path with hostile names', () => {
  let ws: string;
  beforeAll(() => {
    ws = mkdtempSync(join(tmpdir(), 'tb-hostile-'));
    HOSTILE.forEach((h, i) => writeFileSync(join(ws, `ok${i}.train.yaml`), job(h)));
    // The same texts where they reach problems: an unknown model quoted in the message, a hostile file name.
    HOSTILE.forEach((h, i) => writeFileSync(join(ws, `bad${i}.train.yaml`), job('bad', h)));
    writeFileSync(join(ws, '::error::file\n::warning::PWNED.train.yaml'), job('fine', 'nope\\n::error::PWNED'));
  });

  const check = (what: string, text: string) => {
    expect({ what, commands: commandsIn(text) }).toEqual({ what, commands: [] });
    expect({ what, raw: RAW_CONTROL.test(text.replace(/\n/g, '')) }).toEqual({ what, raw: false });
  };

  it('validate: no line a runner would execute, no control characters', () => {
    const r = runCliProcess(['validate', '.'], ws);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('PWNED');
    check('validate stdout', r.stdout);
    check('validate stderr', r.stderr);
  });

  it.each(['text', 'json', 'markdown'])('estimate --format %s: likewise, and JSON still parses to the names', (format) => {
    const r = runCliProcess(['estimate', 'ok*.train.yaml', '--format', format], ws);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    check(`estimate ${format}`, r.stdout);
    if (format === 'json') {
      const names = (JSON.parse(r.stdout) as { jobs: { name: string }[] }).jobs.map((j) => j.name);
      expect(names).toHaveLength(HOSTILE.length);
      for (const n of names) expect(n).not.toMatch(RAW_CONTROL);
    }
  });

  it('the action: logs, annotations, job summary and the posted comments', async () => {
    const gh = new FakeGitHub();
    await gh.start();
    try {
      // Invalid manifests: annotations per problem, the problems comment and summary.
      const bad = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
      expect(bad.stdout).toContain('PWNED');
      // Valid only: the report, its annotations (a budget of $0 makes every job a violation) and comment.
      const good = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { manifests: 'ok*.train.yaml', 'max-cost-usd': '0', comment: 'new' } });
      expect(good.summary).toContain('PWNED');
      for (const [what, r] of [['invalid', bad], ['valid', good]] as const) {
        const own = commandsIn(r.stdout).filter((l) => !/^::(error|warning|notice|debug)( [^:]*)?::/.test(l));
        expect({ what, own }).toEqual({ what, own: [] });
        expect(RAW_CONTROL.test(r.stdout.replace(/\n/g, ''))).toBe(false);
        check(`${what} summary`, r.summary);
      }
      expect(gh.comments.length).toBe(2);
      for (const c of gh.comments) check('comment', c.body);
    } finally {
      await gh.stop();
    }
  });
});
