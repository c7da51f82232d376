import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliProcess } from './helpers/process.js';

describe('bundled CLI: estimate', () => {
  it('prints the JSON report with every key of schema_version 1', () => {
    const r = runCliProcess(['estimate', 'examples/', '--format', 'json']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schema_version).toBe(1);
    expect(doc.over_budget).toBe(false);
    expect(doc.jobs).toHaveLength(6);
    const j = doc.jobs.find((x: { name: string }) => x.name === 'support-bot-qlora-4090');
    for (const k of ['name', 'file', 'parameters', 'memory', 'hardware', 'compute', 'cost_usd', 'price', 'storage_bytes', 'energy_kwh', 'co2_kg', 'alternatives', 'assumptions', 'violations']) expect(j).toHaveProperty(k);
    expect(Object.keys(j.memory.per_gpu_bytes)).toEqual(['weights', 'gradients', 'optimizer', 'activations', 'overhead', 'total']);
    expect(Object.keys(j.compute.gpu_hours)).toEqual(['low', 'expected', 'high']);
    expect(Object.keys(j.price)).toEqual(expect.arrayContaining(['gpu_hour_usd', 'source', 'as_of']));
    expect(j.hardware).toEqual({ gpu: 'rtx-4090', count: 1, min_count: 1 });
    expect(Object.keys(doc.totals)).toEqual(['gpu_hours', 'cost_usd', 'energy_kwh', 'co2_kg']);
    const sum = doc.jobs.reduce((s: number, x: { cost_usd: { expected: number } }) => s + x.cost_usd.expected, 0);
    expect(doc.totals.cost_usd.expected).toBeCloseTo(sum, 1);
  });

  it('is byte-identical from run to run', () => {
    const a = runCliProcess(['estimate', 'examples/', '--format', 'markdown']);
    const b = runCliProcess(['estimate', 'examples/', '--format', 'markdown']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.length).toBeGreaterThan(1000);
  });

  it('exits 1 over budget and lists each violation; --output writes the JSON report', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tb-est-')), 'report.json');
    const r = runCliProcess(['estimate', 'examples/qlora-8b-rtx4090.train.yaml', '--max-cost-usd', '1', '--max-gpus', '0', '--output', out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/VIOLATION {4}cost: \$\d+\.\d\d over the limit of \$1\.00/);
    expect(r.stdout).toContain('over budget: 2 violations');
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.over_budget).toBe(true);
    expect(doc.jobs[0].violations.map((v: { limit: string }) => v.limit)).toEqual(['max_cost_usd', 'max_gpus']);
  });

  it('treats a job that does not fit in GPU memory as a violation (exit 1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tb-est-'));
    writeFileSync(join(dir, 'big.train.yaml'), 'name: big\nmodel: llama-3.1-70b\nmethod: full\ndata: { tokens: 1B }\nhardware: { gpu: rtx-4090, count: 1 }\n');
    const r = runCliProcess(['estimate', '.', '--format', 'json'], dir);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.jobs[0].memory.fits).toBe(false);
    expect(doc.jobs[0].violations[0].limit).toBe('gpu_memory_bytes');
  });

  it('exits 2 on an invalid manifest and estimates nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tb-est-'));
    writeFileSync(join(dir, 'bad.train.yaml'), 'name: bad\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: lots }\nhardware: { gpu: l4 }\n');
    const r = runCliProcess(['estimate', '.'], dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('bad.train.yaml:4:17: "tokens": expected a count');
  });

  it('refuses a negative limit and an unknown format as usage errors', () => {
    expect(runCliProcess(['estimate', 'examples/', '--max-cost-usd', '-5']).status).toBe(2);
    const f = runCliProcess(['estimate', 'examples/', '--format', 'yaml']);
    expect(f.status).toBe(2);
    expect(f.stderr).toContain('--format must be text, json or markdown');
  });

  it('escapes manifest text in markdown: no HTML, no mentions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tb-est-'));
    writeFileSync(join(dir, 'x.train.yaml'), 'name: "<img src=x onerror=alert(1)> @org/team #1"\nmodel: llama-3.2-1b\nmethod: lora\ndata: { tokens: 1M }\nhardware: { gpu: l4, count: 1 }\n');
    const r = runCliProcess(['estimate', '.', '--format', 'markdown'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('<img');
    expect(r.stdout).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(r.stdout).not.toMatch(/@org/);
    expect(r.stdout).toContain('@\u2060org/team');
  });
});
