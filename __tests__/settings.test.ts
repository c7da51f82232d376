import { readFileSync } from 'node:fs';
import { buildReport } from '../src/budget/verdict.js';
import { priceOf, GPU_PRICES } from '../src/catalog/prices.js';
import { estimateJob } from '../src/estimate/estimate.js';
import { clusterHourCost, daysBetween } from '../src/estimate/price-book.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { applySettings } from '../src/settings/apply.js';
import { settingsJsonSchemaText } from '../src/settings/json-schema.js';
import { parseSettings } from '../src/settings/parse.js';
import type { Settings } from '../src/settings/types.js';
import { job } from './helpers/job.js';
import { runCliInProcess } from './helpers/process.js';
import { workspace as repo } from './helpers/action-run.js';
import { planJob } from '../src/plan/plan.js';

const TODAY = '2026-11-30';

function settings(text: string): Settings {
  const r = parseSettings(text, 'train-budget.yml');
  if (!r.settings) throw new Error(r.problems.map((p) => `${p.line}:${p.col}: ${p.message}`).join('\n'));
  return r.settings;
}

const ISSUE_EXAMPLE = `version: 1
defaults:
  pricing: { provider: coreweave, market: on_demand }
prices:
  - { gpu: h100-80gb, provider: coreweave, gpu_hour_usd: 2.10, source: "2026 contract" }
  - { provider: aws, discount_percent: 30 }
clusters:
  - name: lab-a100
    gpu: a100-80gb
    count: 64
    purchase_usd: 1200000
    amortize_years: 4
    power_kw_per_gpu: 0.7
    pue: 1.3
    usd_per_kwh: 0.12
    operations_usd_per_year: 90000
    utilization: 0.6
projects:
  - name: research
    paths: ["research/**"]
    limits: { max-cost-usd: 50000, max-gpus: 256 }
  - name: product
    paths: ["product/**"]
    limits: { max-cost-usd: 5000, max-hours: 48 }
`;

const H100 = 'name: h\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: 1B }\nhardware: { gpu: h100-80gb, count: 8 }\n';

describe('train-budget.yml: located errors', () => {
  it('reads the issue example', () => {
    const s = settings(ISSUE_EXAMPLE);
    expect(s.rules).toHaveLength(2);
    expect(s.clusters[0]!.name).toBe('lab-a100');
    expect(s.projects.map((p) => p.name)).toEqual(['research', 'product']);
    expect(s.projects[1]!.limits).toEqual({ max_cost_usd: 5000, max_hours: 48 });
  });

  it('points at each bad key and value and says what would be right', () => {
    const text = `version: 1
prices:
  - { gpu: h100-80gbb, gpu_hour_usd: 2.1 }
  - { provider: aws, discount_percent: 30, gpu_hour_usd: 3 }
clusters:
  - name: a
    gpu: a100-80gb
    count: 8
    purchase_usd: 100000
    amortize_years: 4
    power_kw_per_gpu: 0.7
    pue: 0.9
    usd_per_kwh: 0.1
    operations_usd_per_year: 0
    utilisation: 0.5
projects:
  - { name: p, paths: ["../x/**"] }
`;
    const r = parseSettings(text, 'train-budget.yml');
    expect(r.settings).toBeNull();
    const msgs = r.problems.map((p) => `${p.line}:${p.col}: ${p.message}`);
    // Schema problems first (the rules run once the shape is right).
    expect(msgs).toEqual(expect.arrayContaining([
      expect.stringMatching(/^12:10: "pue" must be at least 1, got 0.9/),
      expect.stringMatching(/^15:5: unknown key "utilisation" \(did you mean "utilization"\?\)/),
    ]));
    const fixed = text.replace('pue: 0.9', 'pue: 1.2').replace('utilisation', 'utilization');
    const msgs2 = parseSettings(fixed, 'train-budget.yml').problems.map((p) => `${p.line}:${p.col}: ${p.message}`);
    expect(msgs2).toEqual([
      expect.stringMatching(/^3:12: unknown accelerator "h100-80gbb" \(did you mean "h100-80gb"/),
      expect.stringMatching(/^4:5: a price rule gives exactly one of gpu_hour_usd .* not both/),
      expect.stringMatching(/^17:24: path "\.\.\/x\/\*\*" must be a glob relative to the repository root/),
    ]);
  });

  it('settings numbers go through the one number validation: an overflow, a share above 1 and a negative price are located errors', () => {
    const text = [
      'version: 1',
      'prices:',
      '  - { gpu: h100-80gb, gpu_hour_usd: -2 }',
      'clusters:',
      '  - name: lab',
      '    gpu: a100-80gb',
      '    count: 8',
      '    purchase_usd: 1e400',
      '    amortize_years: 4',
      '    power_kw_per_gpu: 0.7',
      '    pue: 1.3',
      '    usd_per_kwh: 0.12',
      '    operations_usd_per_year: 0',
      '    utilization: 1.5',
      '',
    ].join('\n');
    const r = parseSettings(text, 'train-budget.yml');
    expect(r.settings).toBeNull();
    const at = r.problems.map((p) => `${p.line}:${p.col}`);
    // 1e400 is Infinity once YAML has read it; 1.5 of the hours cannot be busy; a price is never negative.
    expect(at).toEqual(expect.arrayContaining(['3:37', '8:19', '14:18']));
    expect(r.problems.every((p) => !/NaN|Infinity/.test(p.message) || /finite|1e400|Infinity/.test(p.message))).toBe(true);
  });

  it('a version other than 1, or not a mapping, is refused with a position', () => {
    expect(parseSettings('version: 2\n', 'train-budget.yml').problems[0]).toMatchObject({ line: 1, col: 10 });
    expect(parseSettings('- a\n', 'train-budget.yml').problems[0]!.message).toMatch(/must be a mapping/);
  });

  it('the committed schema/train-budget.schema.json is the generated one (run npm run schema)', () => {
    expect(readFileSync('schema/train-budget.schema.json', 'utf8')).toBe(settingsJsonSchemaText());
  });
});

describe('price rules', () => {
  const s = settings(ISSUE_EXAMPLE);
  const withSettings = (yaml: string, path = 'x.train.yaml') => applySettings([{ ...job(yaml), file: path }], s, TODAY).jobs[0]!;

  it('an absolute rate wins over the catalog and is named with its source', () => {
    // Defaults give provider coreweave; the rule for h100-80gb at coreweave is $2.10.
    const e = estimateJob(withSettings(H100));
    expect(e.price.gpu_hour_usd).toBe(2.1);
    expect(e.price.rule).toBe('train-budget.yml prices[1] (2026 contract)');
    expect(e.price.basis).toBe('rented');
    expect(e.cost_usd.expected).toBeCloseTo(e.compute.gpu_hours.expected * 2.1, 6);
    expect(e.assumptions.join('\n')).toContain('2026 contract');
  });

  it('a discount applies to the provider catalog price: aws h100 30% off', () => {
    const e = estimateJob(withSettings(H100 + 'pricing: { provider: aws }\n'));
    // By hand: the catalog's aws h100-80gb on-demand price x (1 - 0.30).
    const list = priceOf('aws', 'h100-80gb')!.on_demand;
    expect(e.price.gpu_hour_usd).toBeCloseTo(list * 0.7, 10);
    expect(e.price.source).toContain('less 30% by price rule train-budget.yml prices[2]');
  });

  it('the alternatives are priced by the same rules', () => {
    // The job runs on a100-80gb (coreweave by the defaults); the h100-80gb alternative gets the $2.10 rule.
    const a100 = 'name: a\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: 1B }\nhardware: { gpu: a100-80gb, count: 8 }\n';
    const ruled = estimateJob(withSettings(a100)).alternatives.find((x) => x.gpu === 'h100-80gb' && !x.cluster)!;
    // The same job written for that many h100-80gb at $2.10 an hour costs the same.
    const direct = estimateJob(job(a100.replace('gpu: a100-80gb, count: 8', `gpu: h100-80gb, count: ${ruled.count}`) + 'pricing: { gpu_hour_usd: 2.1 }\n'));
    expect(ruled.cost_usd).toBeCloseTo(direct.cost_usd.expected, 6);
    expect(ruled.basis).toBe('rented');
  });

  it('the planner prices every set-up by the same rules', () => {
    const j = withSettings('name: p\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: 1B }\nhardware: { gpu: h100-80gb }\n');
    const plan = planJob(j);
    expect(plan.recommended).not.toBeNull();
    // Every planned h100-80gb set-up costs its GPU-hours x the $2.10 rule, not coreweave's list price.
    expect(plan.recommended!.gpu).toBe('h100-80gb');
    expect(plan.recommended!.cost_usd).toBeCloseTo(plan.recommended!.gpu_hours * 2.1, 6);
  });

  it('the manifest\'s own gpu_hour_usd still wins over every rule', () => {
    expect(estimateJob(withSettings(H100 + 'pricing: { gpu_hour_usd: 1.5 }\n')).price.gpu_hour_usd).toBe(1.5);
  });
});

describe('owned clusters', () => {
  it('derives the hourly cost of a busy GPU-hour, checked by hand', () => {
    const c = settings(ISSUE_EXAMPLE).clusters[0]!;
    // busy GPU-hours a year = 64 GPUs x 8,760 h x 0.6 = 336,384
    // purchase: 1,200,000 / 4 years = 300,000 a year / 336,384 = 0.891838...
    // energy: 0.7 kW x 1.3 PUE x 0.12 $/kWh = 0.1092
    // operations: 90,000 / 336,384 = 0.267551...
    // total: 0.891838 + 0.1092 + 0.267551 = 1.268589
    const h = clusterHourCost(c);
    expect(h.busy_gpu_hours_per_year).toBe(336384);
    expect(h.amortized).toBeCloseTo(0.891838, 5);
    expect(h.energy).toBeCloseTo(0.1092, 10);
    expect(h.operations).toBeCloseTo(0.267551, 5);
    expect(h.gpu_hour_usd).toBeCloseTo(1.268589, 5);
  });

  it('a job on a cluster is priced owned, with each term in the assumptions', () => {
    const s = settings(ISSUE_EXAMPLE);
    const j = applySettings([job('name: c\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: 1B }\nhardware: { gpu: a100-80gb, count: 8 }\n')], s, TODAY).jobs[0]!;
    const e = estimateJob({ ...j, hardware: { ...j.hardware, cluster: 'lab-a100' } });
    expect(e.price.basis).toBe('owned');
    expect(e.price.cluster).toBe('lab-a100');
    expect(e.price.gpu_hour_usd).toBeCloseTo(1.268589, 5);
    const text = e.assumptions.join('\n');
    expect(text).toMatch(/purchase \$0\.8918 \+ energy \$0\.1092 \+ operations \$0\.2676/);
    expect(text).toContain('0.7 kW per GPU x PUE 1.3 x $0.12/kWh');
    // A rented job sees the cluster among its alternatives, labelled owned.
    const rented = estimateJob(j);
    expect(rented.alternatives.find((a) => a.cluster === 'lab-a100')).toMatchObject({ basis: 'owned', gpu: 'a100-80gb' });
  });
});

describe('price age and regions', () => {
  it('dates every price with a real ISO date and names its source', () => {
    for (const p of GPU_PRICES) {
      expect(p.source).toBeTruthy();
      expect(p.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(p.as_of))).toBe(false);
      expect(p.on_demand).toBeGreaterThan(0);
    }
  });

  it('says a price older than 180 days is stale, in the assumptions and the headline area', () => {
    // azure h100 (SkyPilot v6 snapshot): observed no later than 2024-12-31; to 2025-12-31 is 365 days, then 334 to 2026-11-30: 699.
    expect(daysBetween('2024-12-31', TODAY)).toBe(699);
    const j = applySettings([job(H100 + 'pricing: { provider: azure }\n')], null, TODAY).jobs[0]!;
    const e = estimateJob(j);
    expect(e.price).toMatchObject({ as_of: '2024-12-31', age_days: 699, stale: true });
    expect(e.assumptions.join('\n')).toMatch(/observed 2024-12-31, 699 days before 2026-11-30/);
    const md = renderMarkdown(buildReport([e], {}));
    const head = md.split('| job |')[0]!.replace(/\\/g, '');
    expect(head).toMatch(/1 of 1 job priced with catalog prices older than 180 days \(the oldest observed 2024-12-31\)/);
    // A recent price (gcp, 2026-07-30: 123 days) is not stale; without a today nothing is judged.
    expect(estimateJob(applySettings([job(H100 + 'pricing: { provider: gcp }\n')], null, TODAY).jobs[0]!).price).toMatchObject({ age_days: 123, stale: false });
    expect(estimateJob(job(H100 + 'pricing: { provider: azure }\n')).price.stale).toBe(false);
  });

  it("AWS P4/P5 on-demand prices are the post-June-2025 list prices; AWS spot prices keep the 2025 snapshot's date", () => {
    // p5.48xlarge: $55.04 / 8 GPUs = $6.88 (instances.vantage.sh, 2026-08-26), against $98.32 / 8 = $12.29 before the cut:
    // 1 - 55.04 / 98.32 = 44.0%, within AWS's "up to 45%". p4d.24xlarge $21.957642 / 8 = $2.7447 (was $32.7726: -33.0%).
    expect(priceOf('aws', 'h100-80gb')).toMatchObject({ on_demand: 6.88, as_of: '2026-08-26' });
    expect(1 - (6.88 * 8) / 98.32).toBeCloseTo(0.44, 2);
    expect(priceOf('aws', 'a100-40gb')!.on_demand).toBe(2.7447);
    const on = estimateJob(applySettings([job(H100 + 'pricing: { provider: aws }\n')], null, TODAY).jobs[0]!);
    // 2026-08-26 to 2026-11-30: 5 days of August + 30 + 31 + 30 + 30 = 96 days.
    expect(on.price).toMatchObject({ gpu_hour_usd: 6.88, as_of: '2026-08-26', age_days: 96, stale: false });
    const spot = estimateJob(applySettings([job(H100 + 'pricing: { provider: aws, market: spot }\n')], null, TODAY).jobs[0]!);
    // The spot price is the snapshot's midpoint, ($20.9934 + $30.326) / 2 / 8 = $51.3194 / 16 = $3.2075, dated as the snapshot: 548 days.
    expect(spot.price).toMatchObject({ gpu_hour_usd: 3.2075, as_of: '2025-05-31', age_days: 548, stale: true });
    expect(spot.price.source).toContain('skypilot-org/skypilot-catalog');
  });

  it('a region the catalog does not price is said, never silently replaced', () => {
    const e = estimateJob(job(H100 + 'pricing: { provider: aws, region: us-west-2 }\n'));
    expect(e.assumptions.join('\n')).toMatch(/region us-west-2 was asked for, but the catalog lists aws h100-80gb only in us-east-1/);
  });
});

const cli = (args: string[], cwd: string) => runCliInProcess(args, cwd, TODAY);

describe('projects in the CLI', () => {
  const big = (name: string) => `name: ${name}\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: 2B }\nhardware: { gpu: h100-80gb, count: 8 }\npricing: { gpu_hour_usd: 4 }\n`;

  it('each manifest takes the limits of the first project whose paths match; the flags are the fallback', () => {
    const dir = repo({
      'train-budget.yml': `version: 1\nprojects:\n  - { name: research, paths: ["research/**"], limits: { max-cost-usd: 100000 } }\n  - { name: product, paths: ["product/**"], limits: { max-cost-usd: 1 } }\n`,
      'research/a.train.yaml': big('research-job'),
      'product/b.train.yaml': big('product-job'),
      'other/c.train.yaml': big('other-job'),
    });
    const r = cli(['estimate', '--format', 'json', '--max-cost-usd', '2'], dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    const by = Object.fromEntries(doc.jobs.map((j: { name: string }) => [j.name, j]));
    expect(by['research-job'].project).toBe('research');
    expect(by['research-job'].violations).toEqual([]);
    expect(by['product-job'].violations).toEqual([expect.objectContaining({ limit: 'max_cost_usd', max: 1, project: 'product' })]);
    // No project matches other/: the --max-cost-usd flag applies.
    expect(by['other-job'].project).toBeUndefined();
    expect(by['other-job'].violations).toEqual([expect.objectContaining({ limit: 'max_cost_usd', max: 2 })]);
    const md = cli(['estimate', '--format', 'markdown', '--max-cost-usd', '2'], dir).out;
    expect(md).toContain('| **project research** |');
    expect(md).toContain('| **no project** |');
    expect(md).toMatch(/\*\*product-job\*\*: cost \$[\d,.]+ over project product's limit of \$1\.00/);
  });

  it('a bad settings file stops the run with located problems (exit 2); --config names another file', () => {
    const dir = repo({ 'train-budget.yml': 'version: 1\nprices:\n  - { gpu: h100, gpu_hour_usd: -1 }\n', 'a.train.yaml': big('a'), 'conf/tb.yml': 'version: 1\n' });
    const r = cli(['estimate'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^train-budget\.yml:3:32: "gpu_hour_usd" must be greater than 0/m);
    expect(cli(['estimate', '--config', 'conf/tb.yml', '--format', 'json'], dir).code).toBe(0);
    expect(cli(['estimate', '--config', 'conf/missing.yml'], dir).err).toMatch(/conf\/missing\.yml:1:1: settings file no such file/);
  });

  it('prices lists the catalog with dates and sources, and marks stale prices', () => {
    const r = cli(['prices', '--gpu', 'h100-80gb'], process.cwd());
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/h100-80gb\s+aws\s+\$6\.8800\/GPU-hour on-demand/);
    expect(r.out).toContain('observed 2026-08-26 (96 days ago); spot observed 2025-05-31 (548 days ago)');
    expect(r.out).toContain('observed 2024-12-31 (699 days ago, STALE)');
    expect(r.out).toContain('observed 2026-07-30 (123 days ago)');
    const json = JSON.parse(cli(['prices', '--format', 'json'], process.cwd()).out);
    expect(json.prices.length).toBe(GPU_PRICES.length);
    expect(cli(['prices', '--gpu', 'nope'], process.cwd()).code).toBe(2);
  });
});
