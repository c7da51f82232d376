import { changeViolations, compareReports } from '../src/budget/compare.js';
import { gate } from '../src/budget/gate.js';
import { buildReport } from '../src/budget/verdict.js';
import { estimateJob } from '../src/estimate/estimate.js';
import type { Comment, GitHubClient } from '../src/github/client.js';
import { marker, upsertComment } from '../src/github/comment.js';
import { job } from './helpers/job.js';

/** An in-memory client: what the action would do to GitHub, recorded. */
function fakeClient(existing: string[] = [], pageSize = 2) {
  const comments: Comment[] = existing.map((body, i) => ({ id: i + 1, body, html_url: `u${i + 1}`, author: 'github-actions[bot]' }));
  const calls: string[] = [];
  const client: GitHubClient = {
    async *comments() {
      for (let i = 0; i < comments.length; i += pageSize) {
        calls.push(`list ${i / pageSize + 1}`);
        yield comments.slice(i, i + pageSize);
      }
    },
    async createComment(_issue, body) {
      calls.push('create');
      const c = { id: comments.length + 1, body, html_url: `u${comments.length + 1}` };
      comments.push(c);
      return c;
    },
    async updateComment(id, body) {
      calls.push(`update ${id}`);
      const c = comments.find((x) => x.id === id)!;
      c.body = body;
      return c;
    },
    fileAt: async () => null,
    pullFiles: async () => [],
    pullsWithHead: async () => [],
  };
  return { client, comments, calls };
}

describe('the sticky comment', () => {
  it('updates the comment carrying its tag, reading pages until it finds it', async () => {
    const f = fakeClient(['a', 'b', 'c', `${marker('default')}\nold`, 'e']);
    const out = await upsertComment(f.client, 7, `${marker('default')}\nnew`, 'update', 'default');
    expect(out.action).toBe('updated');
    expect(f.calls).toEqual(['list 1', 'list 2', 'update 4']);
    expect(f.comments[3]!.body).toBe(`${marker('default')}\nnew`);
  });

  it('leaves an identical body alone, and creates one when none carries the tag', async () => {
    const f = fakeClient([`${marker('default')}\nsame`, `${marker('other')}\nx`]);
    expect((await upsertComment(f.client, 7, `${marker('default')}\nsame\n`, 'update', 'default')).action).toBe('unchanged');
    expect((await upsertComment(f.client, 7, `${marker('gpu')}\nnew`, 'update', 'gpu')).action).toBe('created');
    expect(f.calls.filter((c) => c === 'create')).toHaveLength(1);
    expect((await upsertComment(f.client, 7, 'x', 'off', 'default')).action).toBe('skipped');
    expect((await upsertComment(f.client, 7, `${marker('default')}\nsame`, 'new', 'default')).action).toBe('created');
  });
});

const bot = (tokens: string, name = 'bot') => estimateJob(job(`name: ${name}\nmodel: llama-3.1-8b\nmethod: qlora\ndata: { tokens: ${tokens} }\nhardware: { gpu: rtx-4090, count: 1 }\n`));

describe('the change against the base branch', () => {
  it('matches jobs by file and name: changed, added, removed, unchanged', () => {
    const base = [bot('10M'), bot('10M', 'gone'), bot('10M', 'steady')];
    const headJobs = [bot('20M'), bot('10M', 'new'), bot('10M', 'steady')];
    headJobs[2] = { ...headJobs[2]!, file: 'other.train.yaml' };
    base[2] = { ...base[2]!, file: 'other.train.yaml' };
    const head = buildReport(headJobs, {});
    const c = compareReports(base, head, new Set(['jobs/job.train.yaml']));
    expect(c.jobs.map((j) => [j.name, j.status])).toEqual([['bot', 'changed'], ['new', 'added'], ['steady', 'unchanged'], ['gone', 'removed']]);
    const cost = (e: { cost_usd: { expected: number } }) => e.cost_usd.expected;
    expect(c.jobs[0]!.cost_delta_usd).toBeCloseTo(cost(headJobs[0]!) - cost(base[0]!), 6);
    expect(c.delta_usd).toBeCloseTo(cost(headJobs[0]!) + cost(headJobs[1]!) - cost(base[0]!) - cost(base[1]!), 6);
    expect(c.delta_percent).toBeCloseTo((c.delta_usd / c.before_cost_usd) * 100, 6);
  });

  it('flags increases over max-cost-increase-usd and -percent, and nothing for a decrease', () => {
    const head = buildReport([bot('20M')], {});
    const up = compareReports([bot('10M')], head, new Set(['jobs/job.train.yaml']));
    // Twice the tokens: twice the training time, but the same model load and checkpoint saves (fine-tuning goodput
    // on one node, src/estimate/goodput.ts), so a little under +100%.
    expect(up.delta_percent).toBeGreaterThan(98);
    expect(up.delta_percent).toBeLessThan(100);
    expect(changeViolations(up, { max_cost_increase_percent: 50, max_cost_increase_usd: 0.1 }).map((v) => v.limit)).toEqual(['max_cost_increase_usd', 'max_cost_increase_percent']);
    const down = compareReports([bot('40M')], head, new Set(['jobs/job.train.yaml']));
    expect(changeViolations(down, { max_cost_increase_percent: 0, max_cost_increase_usd: 0 })).toEqual([]);
  });
});

describe('the gate', () => {
  it('annotates each violation on the manifest key a reviewer would change', () => {
    const j = job('name: bot\nmodel: llama-3.1-8b\nmethod: qlora\ndata:\n  tokens: 20M\nhardware:\n  gpu: rtx-4090\n  count: 2\n');
    const report = buildReport([estimateJob(j)], { max_cost_usd: 0.01, max_gpus: 1 });
    const g = gate(report, [j], true, (f) => `sub/${f}`);
    expect(g.annotations.map((a) => [a.level, a.file, a.line, a.col])).toEqual([
      ['error', 'sub/jobs/job.train.yaml', 5, 3],
      ['error', 'sub/jobs/job.train.yaml', 6, 1],
    ]);
    expect(g.failure).toMatch(/^Train Budget: 2 violations\nsub\/jobs\/job.train.yaml:5: bot: cost \$[\d.]+ is over max-cost-usd \$0.01\nsub\/jobs\/job.train.yaml:6: bot: GPUs 2 is over max-gpus 1$/);
    const soft = gate(report, [j], false, (f) => f);
    expect(soft.failure).toBeNull();
    expect(soft.annotations.every((a) => a.level === 'warning')).toBe(true);
  });

  it('always fails a job that does not fit, on its hardware.gpu line', () => {
    const j = job('name: big\nmodel: llama-3.1-70b\nmethod: full\ndata: { tokens: 1B }\nhardware:\n  gpu: rtx-4090\n  count: 1\n');
    const g = gate(buildReport([estimateJob(j)], {}), [j], true, (f) => f);
    expect(g.annotations[0]).toMatchObject({ level: 'error', line: 6, col: 3 });
    expect(g.annotations[0]!.message).toMatch(/^big: needs [\d.]+ TiB per GPU, more than the 24.0 GiB the GPU has$/);
  });
});
