import { readFileSync } from 'node:fs';
import { buildReport } from '../src/budget/verdict.js';
import { compareWithBase } from '../src/compare/with-base.js';
import { estimateJob } from '../src/estimate/estimate.js';
import { parseManifest } from '../src/manifest/load.js';

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
