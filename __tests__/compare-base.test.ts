import { readFileSync } from 'node:fs';
import { buildReport } from '../src/budget/verdict.js';
import { gateScope } from '../src/budget/scope.js';
import { compareWithBase } from '../src/compare/with-base.js';
import { estimateJob } from '../src/estimate/estimate.js';
import { parse } from './helpers/manifest.js';

const MANIFEST = readFileSync('examples/config-json-full-a10g.train.yaml', 'utf8');
const CONFIG = readFileSync('examples/models/small-llama/config.json', 'utf8');
/** The same model with half the layers: the embeddings stay, so somewhat more than half the parameters and cost. */
const SHALLOWER = CONFIG.replace('"num_hidden_layers": 22', '"num_hidden_layers": 11');

/** Head files, a base reader over a map of base files (repository paths), and the comparison. */
async function compare(head: Record<string, string>, base: Record<string, string>, changed: { filename: string; status: string }[]) {
  const manifests = Object.keys(head).filter((f) => f.endsWith('.train.yaml'));
  const jobs = manifests.flatMap((f) => parse(head[f]!, head, f).jobs);
  const report = buildReport(jobs.map(estimateJob), {});
  const read = async (p: string) => (p in base ? base[p]! : null);
  return { report, c: await compareWithBase(read, changed, '', manifests, jobs, report) };
}

describe('the base side of a change', () => {
  it('a job whose config.json changed counts as changed, though its manifest did not', async () => {
    const { c } = await compare(
      { 'examples/a.train.yaml': MANIFEST, 'examples/models/small-llama/config.json': SHALLOWER },
      { 'examples/a.train.yaml': MANIFEST, 'examples/models/small-llama/config.json': CONFIG },
      [{ filename: 'examples/models/small-llama/config.json', status: 'modified' }],
    );
    expect(c.jobs.map((j) => [j.name, j.status])).toEqual([['small-llama-full-a10g', 'changed']]);
    // Hand count: 22 layers x 44.0M (attention 2048*(2048+2*256+2048) + MLP 3*2048*5632) = 968M, embeddings and
    // head 2*32000*2048 = 131M; half the layers: 484M + 131M = 615M of 1,099M, -44% of the parameters.
    expect(c.delta_percent!).toBeLessThan(-35);
    expect(c.delta_percent!).toBeGreaterThan(-55);
  });

  it('a change that touches neither the manifest nor its files leaves the job unchanged', async () => {
    const { c } = await compare({ 'examples/a.train.yaml': MANIFEST, 'examples/models/small-llama/config.json': CONFIG }, {}, [{ filename: 'README.md', status: 'modified' }]);
    expect(c.jobs.map((j) => j.status)).toEqual(['unchanged']);
    expect(c.delta_usd).toBe(0);
  });

  it('gate: changed holds a job to its limits only when the change adds or changes it; gate: all, always', async () => {
    const { report, c } = await compare(
      { 'examples/a.train.yaml': MANIFEST, 'examples/models/small-llama/config.json': CONFIG },
      {},
      [],
    );
    const limited = buildReport(report.jobs, { max_cost_usd: 0.01 });
    expect(gateScope(limited, c, 'changed').failing).toHaveLength(0);
    expect(gateScope(limited, c, 'changed').present).toHaveLength(1);
    expect(gateScope(limited, c, 'all').failing).toHaveLength(1);
    expect(gateScope(limited, null, 'changed').failing).toHaveLength(1);
  });
});
