import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import type { z } from 'zod';
import { fits, NeedsFullCheck, parseManifestFast } from '../src/manifest/fast-check.js';
import { FAST_SCHEMAS } from '../src/manifest/fast-schemas.generated.js';
import { fastSchemasSource } from '../src/manifest/fast-schema-gen.js';
import { parseManifest } from '../src/manifest/load.js';
import { loadManifests, loadManifestsLazily } from '../src/manifest/load-all.js';
import { allowedKeys } from '../src/manifest/issues.js';
import { foldCase } from '../src/manifest/case-fold.js';
import { jobSchemaModelDeferred, modelArchitecture, modelCatalogId, modelConfig, modelParameters } from '../src/manifest/schema.js';
import type { SchemaName } from '../src/manifest/validate.js';
import type { ParseOptions } from '../src/manifest/parse.js';
import { sameAsYaml } from './helpers/simple-yaml.js';

/**
 * The fast check (src/manifest/fast-check.ts) lets the action skip zod for valid manifests. It must never pass
 * what zod refuses, and what it passes must be exactly the data zod returns: compared here against zod itself on
 * every shipped manifest and on single and double mutations of them (wrong types, out-of-range and non-finite
 * numbers, too long strings, missing and unknown keys, every key of every block). helpers/manifest.ts's parse()
 * also compares the two on every manifest the other tests parse.
 */
const ZOD: Record<SchemaName, z.ZodType> = { job: jobSchemaModelDeferred, catalogId: modelCatalogId, parameters: modelParameters, config: modelConfig, architecture: modelArchitecture };

const SHIPPED = [
  ...readdirSync('examples').filter((f) => f.endsWith('.train.yaml')).map((f) => `examples/${f}`),
  ...readdirSync('docs/planning-examples').filter((f) => f.endsWith('.train.yaml')).map((f) => `docs/planning-examples/${f}`),
];
const CONFIG = readFileSync('examples/models/small-llama/config.json', 'utf8');
const opts = (file: string): ParseOptions => ({ file, repoPath: file, readRepoFile: (p) => (p.endsWith('config.json') ? { ok: true, text: CONFIG } : { ok: false, error: 'no such file in the repository' }) });

// More job forms than the examples hold: every model form, lists, auto, import, preference, plan, the optional blocks.
const EXTRA_JOBS: Record<string, unknown>[] = [
  { name: 'params', model: { parameters: '7B' }, method: 'lora', lora: { rank: 8, targets: ['q_proj', 'v_proj'], base_bits: 8 }, data: { examples: '120K', tokens_per_example: 900, epochs: 1.5 }, hardware: { gpu: ['h100-80gb', 'a100-80gb'], count: 'auto', max_count: 64, network_gbps: 400, host_ram_gb: 512 }, parallelism: { zero: 2, tensor: 2, pipeline: 1, virtual_stages: 1, sequence_parallel: false, expert: 1, offload: 'optimizer' }, pricing: { provider: 'aws', market: 'spot', region: 'us-east-1', gpu_hour_usd: 2.5 }, efficiency: { mfu: 0.4 }, checkpoints: { keep: 0 }, runs_per_year: 12, plan: { objective: 'time', deadline_hours: 720, max_cost_usd: 50000 }, training: { flash_attention: false, loss: 'fused', master_weights: false, optimizer_in_backward: true, gradient_checkpointing: true } },
  { version: 1, name: 'arch', model: { architecture: { layers: 2, hidden_size: 64, intermediate_size: 128, attention_heads: 4, kv_heads: 2, vocab_size: 1000, tied_embeddings: true, gated_mlp: false, experts: 4, experts_per_token: 2, head_dim: 16 } }, method: 'full', preference: { loss: 'orpo', reference: 'none' }, data: { tokens: 2e9 }, hardware: { gpu: 'auto', cluster: 'lab' } },
  { name: 'imported', import: { path: 'configs/x.yml', format: 'trl', accelerate: 'acc.yml' }, hardware: { cluster: 'lab', count: 8 } },
  { name: 'imported-short', import: 'configs/x.yml', model: 'llama-3.1-8b', hardware: { gpu: 'H100-80GB' } },
];

const jobsOf = (doc: unknown): Record<string, unknown>[] => {
  const d = doc as Record<string, unknown>;
  return Array.isArray(d.jobs) ? (d.jobs as Record<string, unknown>[]) : [d];
};
const BASES = [...SHIPPED.flatMap((f) => jobsOf(parseYaml(readFileSync(f, 'utf8')))), ...EXTRA_JOBS];

const ODD: unknown[] = [
  null, true, false, 0, -0, 1, 2, 3, 8, 16, 1.5, 0.005, 0.01, 0.4, 1e4, 1e4 + 1, 1e6, 1e6 + 1, 1e8 + 1, 1e9 + 1, 1e13 + 1, 1e14, 1e16, 1e17, 1e300,
  -1, -1.5, 2 ** 53, 2 ** 53 + 2, Infinity, -Infinity, NaN,
  '', ' ', 'x', '😀', '\ud83d', 'auto', 'AUTO', 'Auto', '1', '0', '-1', '2B', ' 3K ', '1.5T', '1e400', '1_000', '7b', '1e9', 'abc', 'x'.repeat(200), 'x'.repeat(201), '😀'.repeat(100), '😀'.repeat(101),
  [], [''], ['x'], ['h100-80gb'], ['q_proj'], ['q_proj', 'zz'], [1], {}, { a: 1 }, { path: 'p' },
  'all_linear', 'attention', 'lora', 'qlora', 'full', 'pretrain', 'dpo', 'simpo', 'model', 'precomputed', 'none', 'selective', 'fp8', 'bf16', 'BF16', 'QLoRA', 'on_demand', 'spot', 'time', 'cost', 'chunked', 'optimizer_and_params', 'trl', 'axolotl', 'h100-80gb', 'llama-3.1-8b',
];

const clone = <T>(v: T): T => structuredClone(v);
const setAt = (root: Record<string, unknown>, path: string[], value: unknown, remove = false) => {
  let o = root;
  for (const k of path.slice(0, -1)) {
    if (o[k] === null || typeof o[k] !== 'object' || Array.isArray(o[k])) o[k] = {};
    o = o[k] as Record<string, unknown>;
  }
  if (remove) delete o[path[path.length - 1]!];
  else o[path[path.length - 1]!] = value;
};

/** Every key path a schema knows (blocks and their keys), read from zod, not from the fast check's data. */
function keyPaths(schema: z.ZodType, prefix: string[] = []): string[][] {
  const out: string[][] = [];
  for (const k of allowedKeys(schema, prefix)) {
    out.push([...prefix, k]);
    if (allowedKeys(schema, [...prefix, k]).length) out.push(...keyPaths(schema, [...prefix, k]));
  }
  return out;
}

/** Single mutations of `base` at every key the schema knows, and of keys nobody knows. */
function* mutations(base: Record<string, unknown>, schema: z.ZodType): Generator<Record<string, unknown>> {
  const paths = keyPaths(schema);
  for (const p of paths) {
    for (const v of ODD) {
      const m = clone(base);
      setAt(m, p, v);
      yield m;
    }
    const gone = clone(base);
    setAt(gone, p, undefined, true);
    yield gone;
    const unknown = clone(base);
    setAt(unknown, [...p.slice(0, -1), 'zz_unknown'], 1);
    yield unknown;
  }
}

/** zod's verdict and data against the fast check's, for one value: a disagreement as text, or null. */
function disagreement(name: SchemaName, value: unknown): string | null {
  const z = ZOD[name].safeParse(value);
  const fast = fits(FAST_SCHEMAS[name], value);
  if (fast !== z.success) return `${name}: fast ${fast ? 'passes' : 'refuses'}, zod ${z.success ? 'passes' : 'refuses'}: ${JSON.stringify(value)}`;
  if (z.success) {
    try {
      expect(value).toStrictEqual(z.data);
    } catch {
      return `${name}: zod returned other data for ${JSON.stringify(value)}`;
    }
  }
  return null;
}

/** parseManifestFast gives up or gives exactly parseManifest's result. */
function fastOrSame(text: string, file = 'jobs/x.train.yaml'): 'fast' | 'declined' {
  const full = parseManifest(text, opts(file));
  let fast;
  try {
    fast = parseManifestFast(text, opts(file));
  } catch (e) {
    if (e instanceof NeedsFullCheck) return 'declined';
    throw e;
  }
  expect(fast).toStrictEqual(full);
  return 'fast';
}

describe('the fast check, generated from the zod schemas', () => {
  it('the committed fast-schemas.generated.ts is the one schema.ts generates (run npm run schema)', () => {
    expect(readFileSync('src/manifest/fast-schemas.generated.ts', 'utf8')).toBe(fastSchemasSource());
  });

  it.each(SHIPPED)('%s takes the fast path, with the same jobs as zod', (file) => {
    expect(fastOrSame(readFileSync(file, 'utf8'), file)).toBe('fast');
  });

  it('agrees with zod on every job and model of the shipped manifests, and on every single mutation of them', () => {
    const bad: string[] = [];
    let passed = 0;
    let checked = 0;
    for (const base of BASES) {
      for (const m of [base, ...mutations(base, jobSchemaModelDeferred)]) {
        checked++;
        const raw = foldCase(m);
        const d = disagreement('job', raw);
        if (d) bad.push(d);
        else if (fits(FAST_SCHEMAS.job, raw)) passed++;
      }
      const model = base.model;
      const form = typeof model === 'string' ? 'catalogId' : model && typeof model === 'object' ? (Object.keys(model)[0] as 'parameters' | 'config' | 'architecture') : null;
      if (!form) continue;
      const names: SchemaName[] = ['catalogId', 'parameters', 'config', 'architecture'];
      const variants = form === 'catalogId' ? ODD : [model, ...mutations(model as Record<string, unknown>, ZOD[form])];
      for (const v of variants) for (const n of names) {
        checked++;
        const d = disagreement(n, v);
        if (d) bad.push(d);
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
    // The mutations reach both answers many times: the comparison is not one-sided.
    expect(passed).toBeGreaterThan(1000);
    expect(checked - passed).toBeGreaterThan(1000);
  });

  it('agrees with zod on random double mutations', () => {
    let seed = 9;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const paths = keyPaths(jobSchemaModelDeferred);
    const bad: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const m = clone(BASES[rand(BASES.length)]!);
      for (let j = 0; j < 2; j++) setAt(m, paths[rand(paths.length)]!, clone(ODD[rand(ODD.length)]));
      const d = disagreement('job', foldCase(m));
      if (d) bad.push(d);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('parses mutated manifests to exactly what zod gives, or gives up (and simple-yaml reads them as yaml does, or declines)', () => {
    const seen = { fast: 0, declined: 0 };
    const yaml = { simple: 0, declined: 0 };
    let i = 0;
    for (const base of BASES) {
      for (const m of mutations(base, jobSchemaModelDeferred)) {
        if (i++ % 29) continue; // a sample: a whole parse is much slower than a schema check
        const text = stringify(m);
        seen[fastOrSame(text, 'jobs/x.train.yaml')]++;
        yaml[sameAsYaml(text)]++;
      }
      seen[fastOrSame(stringify({ jobs: [base, { ...base, name: 'second' }] }))]++;
    }
    expect(seen.fast).toBeGreaterThan(100);
    expect(seen.declined).toBeGreaterThan(100);
    expect(yaml.simple).toBeGreaterThan(100);
    expect(yaml.declined).toBeGreaterThan(10);
  });

  it('the action\'s loader gives the CLI loader\'s result, for valid and for broken manifests', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tb-fast-'));
    cpSync('examples', dir, { recursive: true });
    const valid = await loadManifestsLazily(['.'], dir);
    expect(valid).toStrictEqual(loadManifests(['.'], dir, undefined, parseManifest));
    expect(valid.jobs).toHaveLength(6);
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken/b.train.yaml'), 'name: b\nmodel: llama-3.1-8b\nmethod: ful\ndata: { tokens: 0 }\nhardware: { gpu: h100-80gb, count: 1.5, zz: 1 }\n');
    const broken = await loadManifestsLazily(['.'], dir);
    expect(broken).toStrictEqual(loadManifests(['.'], dir, undefined, parseManifest));
    // zod's messages, one for each mistake, each naming its key.
    expect(broken.problems.map((p) => p.message)).toEqual([expect.stringMatching(/"method"/), expect.stringMatching(/"tokens"/), expect.stringMatching(/"count"/), expect.stringMatching(/"zz"/)]);
  });

  it('the action\'s bundle holds neither zod nor the yaml package: they load from a chunk only for a manifest the fast check does not pass', () => {
    const main = readFileSync('dist/index.js', 'utf8');
    expect(main).not.toMatch(/ZodError|\$ZodType/);
    expect(main).not.toMatch(/YAMLParseError/);
    expect(readdirSync('dist').filter((f) => /^\d+\.index\.js$/.test(f)).some((f) => /\$ZodType/.test(readFileSync(join('dist', f), 'utf8')))).toBe(true);
  });
});
