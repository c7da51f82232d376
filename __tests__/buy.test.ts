import { compareBuy } from '../src/settings/buy.js';
import { parse } from './helpers/manifest.js';
import { runCliInProcess, runCliProcess } from './helpers/process.js';
import { workspace as repo } from './helpers/action-run.js';

const TODAY = '2026-11-30';
const LAB = { name: 'lab-a100', gpu: 'a100-80gb', count: 64, purchase_usd: 1200000, amortize_years: 4, power_kw_per_gpu: 0.7, pue: 1.3, usd_per_kwh: 0.12, operations_usd_per_year: 90000, utilization: 0.6 };

const cli = (args: string[], cwd: string) => runCliInProcess(args, cwd, TODAY);

describe('buy versus rent', () => {
  it('break-even utilisation and months, checked by hand', () => {
    // 100,000 GPU-hours a year (one job of 10,000 GPU-hours run 10 times), rented at $2.00 (range $1.50 to $3.00).
    const r = compareBuy(LAB, [{ name: 'j', file: 'j.train.yaml', runs_per_year: 10, runs_from: 'flag', gpu_hours: { low: 9000, expected: 10000, high: 12000 } }], { low: 1.5, expected: 2, high: 3 }, 'rule');
    // capacity: 64 x 8,760 = 560,640 GPU-hours a year; needed 100,000 / 560,640 = 17.84%
    expect(r.capacity_gpu_hours_per_year).toBe(560640);
    expect(r.utilization_needed).toBeCloseTo(0.178367, 5);
    // owning: fixed = 1,200,000 / 4 + 90,000 = 390,000; energy 0.7 x 1.3 x 0.12 = $0.1092 per GPU-hour
    // -> 390,000 + 0.1092 x 100,000 = 400,920 a year; renting 2.00 x 100,000 = 200,000 a year
    expect(r.own_usd_per_year.expected).toBeCloseTo(400920, 6);
    expect(r.rent_usd_per_year).toEqual({ low: 1.5 * 90000, expected: 200000, high: 3 * 120000 });
    // break-even utilisation: 390,000 / (560,640 x (2.00 - 0.1092)) = 390,000 / 1,060,058.1 = 36.79%
    expect(r.break_even_utilization.at_rent).toBeCloseTo(0.367905, 5);
    // at $3.00: 390,000 / (560,640 x 2.8908) = 24.06%
    expect(r.break_even_utilization.at_high_rent).toBeCloseTo(0.240641, 5);
    // break-even months at $2.00: saved a year = 200,000 - 90,000 - 10,920 = 99,080; 1,200,000 / (99,080 / 12) = 145.3 months
    expect(r.break_even_months.at_rent).toBeCloseTo(145.337, 2);
    // at $1.50: 150,000 - 90,000 - 10,920 = 49,080 saved; 1,200,000 / 4,090 = 293.4 months
    expect(r.break_even_months.at_low_rent).toBeCloseTo(293.399, 2);
  });

  it('renting below the energy price never breaks even', () => {
    const r = compareBuy(LAB, [{ name: 'j', file: 'j', runs_per_year: 1, runs_from: 'default', gpu_hours: { low: 1, expected: 1, high: 1 } }], { low: 0.1, expected: 0.1, high: 0.1 }, 'x');
    expect(r.break_even_utilization.at_rent).toBeNull();
    expect(r.break_even_months.at_rent).toBeNull();
    expect(r.notes.join(' ')).toContain('counted as running once a year');
  });

  it('compare-buy reads the settings clusters, runs_per_year and price rules; JSON too', () => {
    const job = 'name: ft\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: 2B }\nhardware: { gpu: a100-80gb, count: 8 }\nruns_per_year: 12\n';
    const settings = `version: 1\nprices:\n  - { gpu: a100-80gb, gpu_hour_usd: 2.0, source: quote }\nclusters:\n  - { name: lab-a100, gpu: a100-80gb, count: 64, purchase_usd: 1200000, amortize_years: 4, power_kw_per_gpu: 0.7, pue: 1.3, usd_per_kwh: 0.12, operations_usd_per_year: 90000, utilization: 0.6 }\n`;
    const dir = repo({ 'train-budget.yml': settings, 'a.train.yaml': job });
    const r = cli(['compare-buy', '--format', 'json'], dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const c = JSON.parse(r.out).comparisons[0];
    expect(c.jobs[0]).toMatchObject({ runs_per_year: 12, runs_from: 'manifest' });
    // Every provider's a100-80gb price is replaced by the $2.00 rule: no range.
    expect(c.rent_gpu_hour_usd).toEqual({ low: 2, expected: 2, high: 2 });
    expect(c.rent_usd_per_year.expected).toBeCloseTo(c.gpu_hours_per_year.expected * 2, 6);
    expect(c.break_even_utilization.at_rent).toBeCloseTo(0.367905, 5);
    const text = cli(['compare-buy', '--jobs-per-year', '3'], dir).out;
    expect(text).toContain('x 3 a year (flag)');
    expect(text).toMatch(/break-even use {5}36\.8% of the cluster's hours/);
  });

  it('a cluster from flags, and flag errors', () => {
    const dir = repo({ 'a.train.yaml': 'name: ft\nmodel: llama-3.1-8b\nmethod: lora\ndata: { tokens: 1B }\nhardware: { gpu: h100-80gb }\npricing: { provider: gcp }\n' });
    const r = cli(['compare-buy', '--gpu', 'h100-80gb', '--count', '8', '--purchase-usd', '300000', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.out).comparisons[0];
    expect(c.cluster).toMatchObject({ gpu: 'h100-80gb', count: 8, amortize_years: 4, pue: 1.1 });
    // Rental prices vary across providers: a range around the job's own (gcp) price.
    expect(c.rent_gpu_hour_usd.low).toBeLessThan(c.rent_gpu_hour_usd.expected);
    expect(c.rent_gpu_hour_usd.high).toBeGreaterThanOrEqual(c.rent_gpu_hour_usd.expected);
    expect(cli(['compare-buy', '--gpu', 'h100-80gb'], dir).err).toMatch(/needs --gpu, --count and --purchase-usd/);
    expect(cli(['compare-buy'], dir).err).toMatch(/no cluster to compare/);
  });

  it('a manifest may run on a cluster by name (hardware: { cluster })', () => {
    const r = parse('name: c\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: 1B }\nhardware: { cluster: lab-a100 }\nruns_per_year: 4\n');
    expect(r.problems).toEqual([]);
    expect(r.jobs[0]!.hardware.cluster).toBe('lab-a100');
    expect(r.jobs[0]!.runs_per_year).toBe(4);
    expect(parse('name: c\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: 1B }\nhardware: { count: 8 }\n').problems[0]!.message).toMatch(/hardware needs gpu .* or cluster/);
    const dir = repo({ 'train-budget.yml': `version: 1\nclusters:\n  - { name: lab-a100, gpu: a100-80gb, count: 64, purchase_usd: 1200000, amortize_years: 4, power_kw_per_gpu: 0.7, pue: 1.3, usd_per_kwh: 0.12, operations_usd_per_year: 90000, utilization: 0.6 }\n`, 'c.train.yaml': 'name: c\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: 1B }\nhardware: { cluster: lab-a100 }\n', 'd.train.yaml': 'name: d\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: 1B }\nhardware: { cluster: lab-h100 }\n' });
    const bad = cli(['estimate'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/d\.train\.yaml:5:\d+: unknown cluster "lab-h100": train-budget\.yml defines lab-a100/);
    const ok = JSON.parse(cli(['estimate', 'c.train.yaml', '--format', 'json'], dir).out).jobs[0];
    expect(ok.hardware.gpu).toBe('a100-80gb');
    expect(ok.price).toMatchObject({ basis: 'owned', cluster: 'lab-a100' });
    expect(ok.price.gpu_hour_usd).toBeCloseTo(1.2686, 4);
  });

  it('a manifest on a cluster: count over its size and a GPU that is not its own are located errors; the table says owned', () => {
    const cl = `version: 1\nclusters:\n  - { name: lab-a100, gpu: a100-80gb, count: 64, purchase_usd: 1200000, amortize_years: 4, power_kw_per_gpu: 0.7, pue: 1.3, usd_per_kwh: 0.12, operations_usd_per_year: 90000, utilization: 0.6 }\n`;
    const head = 'name: c\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: 1B }\n';
    const dir = repo({ 'train-budget.yml': cl, 'big.train.yaml': `${head}hardware: { cluster: lab-a100, count: 128 }\n`, 'other.train.yaml': `${head}hardware: { cluster: lab-a100, gpu: h100-80gb }\n` });
    const bad = cli(['estimate'], dir);
    expect(bad.code).toBe(2);
    // 'hardware: { cluster: lab-a100, ' is 31 characters: the key after it is at column 32.
    expect(bad.err).toContain('big.train.yaml:5:32: count 128 is more than cluster lab-a100 has (64 GPUs)');
    expect(bad.err).toContain("other.train.yaml:5:32: hardware.gpu h100-80gb differs from cluster lab-a100's GPUs (a100-80gb): remove gpu or make it a100-80gb");
    // Only owned jobs: the table still labels the basis of the cost.
    const ok = repo({ 'train-budget.yml': cl, 'c.train.yaml': `${head}hardware: { cluster: lab-a100, count: 8 }\n` });
    const md = cli(['estimate', '--format', 'markdown'], ok);
    expect(md.code).toBe(0);
    expect(md.out).toMatch(/\| \*\*c\*\*.*owned: cluster lab-a100<\/sub> \|$/m);
  });

  it('a job the cluster cannot hold is left out of the comparison and said', () => {
    const dir = repo({ 'a.train.yaml': 'name: big\nmodel: llama-3.1-70b\nmethod: full\ndata: { tokens: 1B }\nhardware: { gpu: a100-80gb }\n', 'b.train.yaml': 'name: small\nmodel: llama-3.1-8b\nmethod: lora\ndata: { tokens: 1B }\nhardware: { gpu: a100-80gb }\n' });
    const r = cli(['compare-buy', '--gpu', 'a100-80gb', '--count', '1', '--purchase-usd', '20000', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.out).comparisons[0];
    expect(c.jobs.map((j: { name: string }) => j.name)).toEqual(['small']);
    expect(c.notes.join(' ')).toContain('big (a.train.yaml) does not fit in the memory of 1 x a100-80gb: left out');
  });
});

describe('compare-buy in the bundled CLI (dist/cli.js)', () => {
  it('text and JSON from a real process, with the hand-checked break-even', () => {
    const dir = repo({
      'train-budget.yml': 'version: 1\nprices:\n  - { gpu: a100-80gb, gpu_hour_usd: 2.0, source: quote }\n',
      'a.train.yaml': 'name: ft\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: 2B }\nhardware: { gpu: a100-80gb, count: 8 }\nruns_per_year: 12\n',
    });
    const flags = ['--gpu', 'a100-80gb', '--count', '64', '--purchase-usd', '1200000', '--power-kw-per-gpu', '0.7', '--pue', '1.3', '--usd-per-kwh', '0.12', '--operations-usd-per-year', '90000'];
    const text = runCliProcess(['compare-buy', ...flags], dir);
    expect(text.stderr).toBe('');
    expect(text.status).toBe(0);
    // Same cluster as the hand calculation above: 390,000 / (560,640 x (2.00 - 0.1092)) = 36.8%.
    expect(text.stdout).toMatch(/break-even use {5}36\.8% of the cluster's hours/);
    expect(text.stdout).toContain('x 12 a year (manifest)');
    const json = runCliProcess(['compare-buy', ...flags, '--format', 'json', '--jobs-per-year', '2'], dir);
    expect(json.status).toBe(0);
    const c = JSON.parse(json.stdout).comparisons[0];
    expect(c.own_fixed_usd_per_year).toBe(390000);
    expect(c.jobs[0]).toMatchObject({ runs_per_year: 2, runs_from: 'flag' });
    const bad = runCliProcess(['compare-buy', '--gpu', 'a100-80gb', '--count', '0', '--purchase-usd', '1'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--count must be a whole number from 1 to 1e6, got "0"');
  });
});
