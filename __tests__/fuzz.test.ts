import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/run.js';
import { estimateJob } from '../src/estimate/estimate.js';
import { buildReport } from '../src/budget/verdict.js';
import { reportDocument } from '../src/report/json.js';
import { parseManifest } from '../src/manifest/load.js';
import { MINIMAL } from './helpers/manifest.js';
import { runCliProcess } from './helpers/process.js';

/**
 * A deterministic fuzz test (issue 12): a few thousand manifests mutated from the examples with a fixed seed,
 * each run through the CLI in-process (validate, and estimate --format json for the valid ones), and a handful
 * of hostile files through the bundled dist/cli.js as real processes. Whatever the input: exit code 0, 1 or 2,
 * no stack trace or "internal error", JSON that parses, no NaN or Infinity in any number, and bounded work per
 * file. A failure prints the seed's manifest, so it can be replayed.
 */
const SEED = 20261130;
const MANIFESTS = 2000;
const MAX_ESTIMATES = 150;
/** A run slower than this is a hang or quadratic work, not load: the slowest honest run takes milliseconds. */
const MAX_MS_PER_FILE = 10_000;

/** mulberry32: a small, well-known 32-bit generator; the same seed gives the same manifests everywhere. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}

const VALUES = [
  '0', '-1', '-4096', '1', '3', '7', '1.5', '1e400', '"1e400"', '"0"', '"-5"', '1e300', '1e16', '1e17', '9007199254740991', '200000000',
  '.nan', '.inf', '-.inf', 'null', '~', '""', '[]', '{}', 'true', 'false', '"400M"', '"1e999"', '"2B"', '"1.5T"', '0.0000001', '5e-324',
  'auto', '"auto"', 'x'.repeat(300), `"${'y'.repeat(5000)}"`, '"ok\\n::error::PWNED"', '"\\u001b]0;title\\u0007"', '"\\u202egnp.exe"',
  '&a 8', '*a', '!!binary aGk=', '!custom x', '[[[[[[[[', '{a: {b: {c: {d: 1}}}}', '[h100-80gb, a100-80gb]', 'llama-3.1-8b', 'meta-llama/Llama-3.1-8B',
  'h100-80gb', 'rtx-4090', 'qlora', 'lora', 'full', 'pretrain', 'fp8', 'bf16', '{ parameters: 7B }', '{ config: ../../etc/passwd }',
  '{ architecture: { layers: 2, hidden_size: 64, intermediate_size: 8, attention_heads: 200000000, kv_heads: 3, vocab_size: 10 } }',
];
const KEYS = ['name', 'model', 'method', 'precision', 'optimizer', 'lora', 'rank', 'targets', 'data', 'tokens', 'epochs', 'examples', 'tokens_per_example', 'training', 'sequence_length', 'micro_batch_size', 'global_batch_size', 'hardware', 'gpu', 'count', 'max_count', 'parallelism', 'zero', 'tensor', 'pipeline', 'expert', 'offload', 'efficiency', 'mfu', 'pricing', 'gpu_hour_usd', 'plan', 'deadline_hours', 'jobs', 'version', 'import', 'checkpoints', 'keep', '<<', '? ', 'x'.repeat(200)];
const JUNK = ['\t', ':', ': ', '- ', '[', ']', '{', '}', ',', '"', "'", '#', '&', '*', '!', '|', '>', '%', '@', '`', '\u0000', '\u001b', '\u2028', '\ufeff', '\r', '\n', '  ', '---\n', '...'];

function mutate(text: string, r: ReturnType<typeof rng>): string {
  let lines = text.split('\n');
  const n = 1 + r.int(3);
  for (let i = 0; i < n; i++) {
    const at = r.int(lines.length);
    const line = lines[at] ?? '';
    switch (r.int(8)) {
      case 0: { // a value replaced
        const colon = line.indexOf(': ');
        lines[at] = colon >= 0 ? `${line.slice(0, colon + 2)}${r.pick(VALUES)}` : `${line}${r.pick(VALUES)}`;
        break;
      }
      case 1: lines.splice(at, 1); break;
      case 2: lines.splice(at, 0, line); break;
      case 3: lines.splice(at, 0, `${' '.repeat(2 * r.int(4))}${r.pick(KEYS)}: ${r.pick(VALUES)}`); break;
      case 4: lines = lines.join('\n').slice(0, r.int(text.length + 1)).split('\n'); break;
      case 5: { const j = r.int(lines.length); [lines[at], lines[j]] = [lines[j] ?? '', line]; break; }
      case 6: { const c = r.int(line.length + 1); lines[at] = line.slice(0, c) + r.pick(JUNK) + line.slice(c); break; }
      default: lines[at] = ' '.repeat(r.int(6)) + line.trimStart();
    }
  }
  return lines.join('\n');
}

const BASES = [
  ...readdirSync('examples').filter((f) => f.endsWith('.train.yaml')).map((f) => readFileSync(join('examples', f), 'utf8')),
  MINIMAL,
  `jobs:\n  - ${MINIMAL.trim().split('\n').join('\n    ')}\n  - ${MINIMAL.replace('name: j', 'name: k').trim().split('\n').join('\n    ')}\n`,
  MINIMAL.replace('model: llama-3.1-8b', 'model:\n  config: config.json'),
];
const CONFIG = JSON.stringify({ model_type: 'llama', num_hidden_layers: 32, hidden_size: 4096, intermediate_size: 14336, num_attention_heads: 32, num_key_value_heads: 8, vocab_size: 128256 });

/** Every number in a value, with its path. */
function numbers(x: unknown, path = '$', out: [string, number][] = []): [string, number][] {
  if (typeof x === 'number') out.push([path, x]);
  else if (Array.isArray(x)) x.forEach((v, i) => numbers(v, `${path}[${i}]`, out));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) numbers(v, `${path}.${k}`, out);
  return out;
}

const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;

async function cli(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const started = Date.now();
  let code: number | string;
  try {
    code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd, today: '2026-11-30' });
  } catch (e) {
    code = `threw ${e instanceof Error ? e.stack : String(e)}`;
  }
  return { code, out, err, ms: Date.now() - started };
}

describe('fuzz: mutated manifests never crash, hang or print NaN (issue 12)', () => {
  it(`${MANIFESTS} manifests from seed ${SEED}, in-process`, async () => {
    const r = rng(SEED);
    const dir = mkdtempSync(join(tmpdir(), 'tb-fuzz-'));
    mkdirSync(join(dir, 'jobs'));
    writeFileSync(join(dir, 'jobs', 'config.json'), CONFIG);
    const bad: string[] = [];
    let estimated = 0;
    let valid = 0;
    let slowest = 0;
    for (let i = 0; i < MANIFESTS && bad.length < 5; i++) {
      const text = mutate(r.pick(BASES), r);
      // One file, rewritten: a folder of thousands would make each run's discovery walk them all.
      const file = 'jobs/fuzz.train.yaml';
      writeFileSync(join(dir, file), text);
      const v = await cli(['validate', file, '--root', dir, '--offline'], dir);
      slowest = Math.max(slowest, v.ms);
      const say = (what: string) => bad.push(`${what}\n--- manifest ${i} of seed ${SEED} ---\n${text.slice(0, 2000)}`);
      if (v.code !== 0 && v.code !== 2) say(`validate exit ${String(v.code)}: ${v.err.slice(0, 500)}`);
      if (STACK.test(v.out + v.err) || /internal error/.test(v.out + v.err)) say(`validate printed a stack trace: ${v.err.slice(0, 500)}`);
      if (v.ms > MAX_MS_PER_FILE) say(`validate took ${v.ms} ms`);
      if (v.code !== 0) continue;
      valid++;
      if (estimated >= MAX_ESTIMATES) continue;
      estimated++;
      const e = await cli(['estimate', file, '--format', 'json', '--root', dir, '--offline'], dir);
      slowest = Math.max(slowest, e.ms);
      if (e.code !== 0 && e.code !== 1 && e.code !== 2) say(`estimate exit ${String(e.code)}: ${e.err.slice(0, 500)}`);
      if (STACK.test(e.out + e.err) || /internal error/.test(e.out + e.err)) say(`estimate printed a stack trace: ${e.err.slice(0, 500)}`);
      if (e.ms > MAX_MS_PER_FILE) say(`estimate took ${e.ms} ms`);
      try {
        JSON.parse(e.out);
      } catch {
        say(`estimate --format json printed no JSON: ${e.out.slice(0, 300)}`);
      }
      // The same job through the library, walked before JSON.stringify (which would hide a NaN as null).
      const loaded = parseManifest(text, { file, repoPath: file, readRepoFile: (p) => (p === 'jobs/config.json' ? { ok: true, text: CONFIG } : { ok: false, error: 'no such file' }) });
      for (const job of loaded.jobs) {
        for (const [p, x] of numbers(reportDocument(buildReport([estimateJob(job)], {})))) if (!Number.isFinite(x) || x < 0) say(`${p} = ${x}`);
      }
    }
    expect(bad).toEqual([]);
    // The mutations keep some manifests valid, so the estimate path is exercised too.
    expect(valid).toBeGreaterThan(50);
    expect(estimated).toBeGreaterThan(50);
    expect(slowest).toBeLessThan(MAX_MS_PER_FILE);
  }, 240_000);

  it('hostile files through the bundled CLI as real processes: exit 2 with located problems, no stack, no abort', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tb-fuzz-proc-'));
    mkdirSync(join(dir, 'jobs'));
    const files: Record<string, string> = {
      'deep.train.yaml': `name: j\nmodel: ${'['.repeat(100_000)}\n`,
      'heads.train.yaml': MINIMAL.replace('model: llama-3.1-8b', 'model: { architecture: { layers: 2, hidden_size: 64, intermediate_size: 8, attention_heads: 200000000, kv_heads: 3, vocab_size: 10 } }'),
      'safe.train.yaml': MINIMAL.replace('model: llama-3.1-8b', 'model: { architecture: { layers: 2, hidden_size: 64, intermediate_size: 8, attention_heads: 9007199254740991, kv_heads: 3, vocab_size: 10 } }'),
      'long-id.train.yaml': MINIMAL.replace('model: llama-3.1-8b', `model: ${'z'.repeat(900_000)}`),
      'negative.train.yaml': MINIMAL.replace('model: llama-3.1-8b', 'model: { config: neg.json }'),
      'overflow.train.yaml': MINIMAL.replace('tokens: 1B', 'tokens: 1e300\n  epochs: 1e300'),
    };
    for (const [f, t] of Object.entries(files)) writeFileSync(join(dir, 'jobs', f), t);
    writeFileSync(join(dir, 'jobs', 'neg.json'), CONFIG.replace('"hidden_size":4096', '"hidden_size":-4096'));
    for (const f of Object.keys(files)) {
      const v = runCliProcess(['estimate', `jobs/${f}`, '--format', 'json', '--offline'], dir);
      expect({ f, status: v.status, stack: STACK.test(v.stderr) || /internal error/.test(v.stderr) }).toEqual({ f, status: 2, stack: false });
      expect((JSON.parse(v.stdout) as { problems: unknown[] }).problems.length).toBeGreaterThan(0);
      expect(v.stderr).toMatch(new RegExp(`^jobs/${f.replace('.', '\\.')}:\\d+:\\d+: `, 'm'));
    }
  });
});
