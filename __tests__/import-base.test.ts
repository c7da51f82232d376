import { readFileSync } from 'node:fs';
import { buildReport } from '../src/budget/verdict.js';
import { compareWithBase } from '../src/compare/with-base.js';
import { estimateJob } from '../src/estimate/estimate.js';
import { parseManifest } from '../src/manifest/load.js';
import { baseHub } from '../src/hub/load.js';
import type { HubConfig } from '../src/hub/types.js';
import { startHubServer, type HubServer } from './helpers/hub-server.js';

/**
 * The base side reads imported trainer configs, and the DeepSpeed files they name, at the base commit: a pull
 * request that only raises lora_r in an axolotl config (axolotl's examples/llama-3/qlora.yml, Apache-2.0) shows
 * as a change of the job that imports it.
 */
const QLORA = readFileSync('__tests__/fixtures/trainers/axolotl/examples/llama-3/qlora.yml', 'utf8');
const MANIFEST = 'name: support-bot\nimport: configs/qlora.yml\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 100M }\n';

async function compare(head: Record<string, string>, base: Record<string, string>, changed: { filename: string; status: string }[]) {
  const read = (files: Record<string, string>) => (p: string) => (p in files ? { ok: true as const, text: files[p]! } : { ok: false as const, error: 'no such file' });
  const jobs = parseManifest(head['job.train.yaml']!, { file: 'job.train.yaml', repoPath: 'job.train.yaml', readRepoFile: read(head) }).jobs;
  const report = buildReport(jobs.map(estimateJob), {});
  const asked: string[] = [];
  const baseRead = async (p: string) => (asked.push(p), p in base ? base[p]! : null);
  return { report, asked, c: await compareWithBase(baseRead, changed, '', ['job.train.yaml'], jobs, report) };
}

describe('base diff of imported trainer configs', () => {
  it('a changed lora_r in the imported config changes the job; the base side reads the config at the base commit', async () => {
    const head = { 'job.train.yaml': MANIFEST, 'configs/qlora.yml': QLORA };
    const base = { 'job.train.yaml': MANIFEST, 'configs/qlora.yml': QLORA.replace('lora_r: 32', 'lora_r: 8') };
    const { report, c, asked } = await compare(head, base, [{ filename: 'configs/qlora.yml', status: 'modified' }]);
    expect(c.jobs.map((j) => [j.name, j.status])).toEqual([['support-bot', 'changed']]);
    expect(asked).toContain('configs/qlora.yml');
    // LoRA on all linear layers of Llama-3.1-8B at rank 32: 32 x 2,621,440 per rank unit = 83,886,080 trainable
    // (PEFT prints 41,943,040 at rank 16); the base's rank 8 has a quarter of that.
    expect(report.jobs[0]!.parameters.trainable).toBe(83_886_080);
  });

  it('follows the DeepSpeed file a base trainer config names', async () => {
    const cfg = 'base_model: meta-llama/Llama-3.1-8B\nadapter: lora\ndeepspeed: ds.json\n';
    const ds = '{ "zero_optimization": { "stage": 2 } }';
    const head = { 'job.train.yaml': MANIFEST, 'configs/qlora.yml': cfg, 'configs/ds.json': ds };
    const base = { 'job.train.yaml': MANIFEST, 'configs/qlora.yml': cfg, 'configs/ds.json': '{ "zero_optimization": { "stage": 3 } }' };
    const { c, asked } = await compare(head, base, [{ filename: 'configs/ds.json', status: 'modified' }]);
    expect(c.jobs.map((j) => j.status)).toEqual(['changed']);
    expect(asked).toEqual(expect.arrayContaining(['job.train.yaml', 'configs/qlora.yml', 'configs/ds.json']));
  });
});

/**
 * A job whose model is a Hub id outside the catalog: the base side resolves it too (the head's fetched config is
 * reused; an id only the base names is fetched from the stand-in Hub on 127.0.0.1), so the job is compared, not
 * taken as new.
 */
describe('base diff of jobs whose model is a Hub id', () => {
  // Llama-3.1-8B's published config.json shape (meta-llama/Llama-3.1-8B), under other owners' names.
  const LLAMA_8B = { model_type: 'llama', hidden_size: 4096, intermediate_size: 14336, num_attention_heads: 32, num_hidden_layers: 32, num_key_value_heads: 8, vocab_size: 128256, tie_word_embeddings: false };
  let hub: HubServer;
  beforeAll(async () => {
    hub = await startHubServer({ '/acme/older-8b/resolve/main/config.json': { status: 200, body: JSON.stringify(LLAMA_8B) } });
  });
  afterAll(() => hub.close());
  const job = (model: string, tokens: string) => `name: support-bot\nmodel: ${model}\nmethod: lora\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: ${tokens} }\n`;

  async function compareHub(headText: string, baseText: string, withHub: boolean) {
    const headConfigs = new Map<string, HubConfig>([['acme/llama-8b-support', { ok: true, config: LLAMA_8B, source: 'acme/llama-8b-support@main config.json' }]]);
    const loaded = parseManifest(headText, { file: 'job.train.yaml', repoPath: 'job.train.yaml', readRepoFile: () => ({ ok: false, error: 'none' }), hub: { configs: headConfigs, wanted: new Set(), offline: false } });
    expect(loaded.problems).toEqual([]);
    const report = buildReport(loaded.jobs.map(estimateJob), {});
    const opts = { endpoint: hub.url, timeoutMs: 2000, retries: 0, cacheDir: null };
    const base = withHub ? baseHub(false, headConfigs, opts) : undefined;
    return compareWithBase(async () => baseText, [{ filename: 'job.train.yaml', status: 'modified' }], '', ['job.train.yaml'], loaded.jobs, report, [], undefined, base);
  }

  it('the same Hub id at the base: compared as a change (10M -> 20M tokens doubles the cost), with no fetch', async () => {
    const n = hub.requests.length;
    const c = await compareHub(job('acme/llama-8b-support', '20M'), job('acme/llama-8b-support', '10M'), true);
    expect(c.notes).toEqual([]);
    expect(c.jobs.map((j) => [j.name, j.status])).toEqual([['support-bot', 'changed']]);
    const change = c.jobs[0]!;
    expect(change.after!.cost_usd.expected / change.before!.cost_usd.expected).toBeCloseTo(2, 1);
    expect(hub.requests.length).toBe(n);
  });

  it('a Hub id only the base names is fetched for the base', async () => {
    const c = await compareHub(job('acme/llama-8b-support', '20M'), job('acme/older-8b', '10M'), true);
    expect(c.notes).toEqual([]);
    expect(c.jobs.map((j) => j.status)).toEqual(['changed']);
    expect(hub.requests.map((q) => q.url)).toContain('/acme/older-8b/resolve/main/config.json');
  });

  it('without the Hub (the old behaviour) the base cannot be read and the job counts as new, which the note says', async () => {
    const c = await compareHub(job('acme/llama-8b-support', '20M'), job('acme/llama-8b-support', '10M'), false);
    expect(c.notes.join('\n')).toMatch(/compared as new/);
  });
});
