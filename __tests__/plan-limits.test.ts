import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { estimateJob } from '../src/estimate/estimate.js';
import { withAdvice } from '../src/plan/advice.js';
import { planJob } from '../src/plan/plan.js';
import { runActionProcess, workspace } from './helpers/action-run.js';
import { FakeGitHub, fakeGitHubPerTest } from './helpers/github-server.js';
import { parse } from './helpers/manifest.js';
import { runCliProcess } from './helpers/process.js';

const jobOf = (text: string) => {
  const r = parse(text);
  if (r.problems.length) throw new Error(r.problems.map((p) => `${p.line}:${p.col}: ${p.message}`).join('\n'));
  return r.jobs[0]!;
};

// The docs' 70B example: 24 H100, ZeRO-3, full recomputation. Its own advice moves to tensor 8 on the same 24.
const DOCS_70B = `name: docs-70b-24-h100
model: llama-3.1-70b
method: full
data: { tokens: 200M, epochs: 2 }
training: { sequence_length: 4096, micro_batch_size: 1, gradient_checkpointing: full }
hardware: { gpu: h100-80gb, count: 24 }
parallelism: { zero: 3 }
pricing: { provider: lambda }
`;
const count = (a: { change: Record<string, string | number> }, own: number) => Number(a.change['hardware.count'] ?? own);

describe('budget limits reach the advice and the planner as constraints', () => {
  it('max_gpus and max_hours bound every advice (unit)', () => {
    const job = jobOf(DOCS_70B);
    const free = withAdvice(job, estimateJob(job));
    // Without a limit the layout advice stays on 24 GPUs (the same count, tensor 8): the limit must change it.
    expect(free.advice.some((a) => a.kind === 'layout' && count(a, 24) > 16)).toBe(true);
    const bound = withAdvice(job, estimateJob(job), { max_gpus: 16 });
    expect(bound.advice.length).toBeGreaterThan(0);
    for (const a of bound.advice) expect(count(a, 24)).toBeLessThanOrEqual(16);
    const fastest = Math.min(...free.advice.map((a) => a.wall_clock_hours));
    const tight = withAdvice(job, estimateJob(job), { max_hours: fastest * 0.99 });
    for (const a of tight.advice) expect(a.wall_clock_hours).toBeLessThanOrEqual(fastest * 0.99);
    // A project's limit and a flag together: the smaller applies.
    const both = withAdvice(job, estimateJob(job), { max_gpus: 20 }, { max_gpus: 16 });
    for (const a of both.advice) expect(count(a, 24)).toBeLessThanOrEqual(16);
  });

  it('the plan keeps to max_hours, max_cost_usd and max_gpus given as limits', () => {
    const job = jobOf(DOCS_70B.replace('hardware: { gpu: h100-80gb, count: 24 }', 'hardware: { gpu: h100-80gb, count: auto }'));
    const free = planJob(job);
    const p = planJob(job, { max_gpus: 8, deadline_hours: free.recommended!.wall_clock_hours * 3 });
    expect(p.max_gpus).toBe(8);
    for (const s of [p.minimum, p.recommended, p.fastest, ...p.frontier]) if (s) expect(s.count).toBeLessThanOrEqual(8);
    expect(p.recommended!.wall_clock_hours).toBeLessThanOrEqual(free.recommended!.wall_clock_hours * 3);
  });

  it('CLI: plan takes a settings project\'s limits, estimate --max-gpus bounds the advice (bundled CLI)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tb-plan-limits-'));
    writeFileSync(join(dir, 'a.train.yaml'), DOCS_70B);
    writeFileSync(join(dir, 'train-budget.yml'), 'version: 1\nprojects:\n  - name: lab\n    paths: ["*.train.yaml"]\n    limits: { max-gpus: 16, max-hours: 40, max-cost-usd: 2000 }\n');
    const plan = runCliProcess(['plan', '--format', 'json', '--root', dir, join(dir, 'a.train.yaml')], dir);
    expect(plan.stderr).toBe('');
    const p = JSON.parse(plan.stdout).jobs[0].plan;
    expect([p.max_gpus, p.deadline_hours, p.max_cost_usd]).toEqual([16, 40, 2000]);
    // The manifest writes count 24: no set-up of at most 16 GPUs exists, and the plan says so.
    expect(p.recommended).toBeNull();
    expect(plan.status).toBe(1);
    const est = runCliProcess(['estimate', '--format', 'json', '--root', dir, '--max-gpus', '20', join(dir, 'a.train.yaml')], dir);
    const e = JSON.parse(est.stdout).jobs[0];
    // The flag says 20, the project 16: the smaller applies.
    expect(e.advice.length).toBeGreaterThan(0);
    for (const a of e.advice) expect(count(a, 24)).toBeLessThanOrEqual(16);
  });

  describe('the bundled action', () => {
    let gh!: FakeGitHub;
    fakeGitHubPerTest((server) => (gh = server));
    it('max-gpus and max-hours inputs bound the advice in the report and the comment', async () => {
      const ws = workspace({ 'jobs/a.train.yaml': DOCS_70B });
      gh.pullFiles = [{ filename: 'jobs/a.train.yaml', status: 'added' }];
      const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { 'max-gpus': '16', 'max-hours': '40' } });
      expect(r.code).toBe(1); // 24 GPUs break max-gpus 16
      const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
      const advice = report.jobs[0].advice as { kind: string; change: Record<string, string | number>; wall_clock_hours: number }[];
      expect(advice.length).toBeGreaterThan(0);
      for (const a of advice) {
        expect(count(a, 24)).toBeLessThanOrEqual(16);
        expect(a.wall_clock_hours).toBeLessThanOrEqual(40);
      }
      // The fix beside the GPU violation is one that meets the limit.
      expect(gh.comments[0]!.body.replace(/\\/g, '')).toMatch(/fix: hardware\.count: (16|8|4|2|1)\b/);
    });
  });
});
