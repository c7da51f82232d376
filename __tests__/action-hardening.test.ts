import { readFileSync } from 'node:fs';
import { FakeGitHub, fakeGitHubPerTest } from './helpers/github-server.js';
import { runActionProcess, workspace } from './helpers/action-run.js';

const BOT = readFileSync('examples/qlora-8b-rtx4090.train.yaml', 'utf8');
const MARKER = '<!-- train-budget:default -->';
const writes = (gh: FakeGitHub) => gh.seen.filter((s) => s.method === 'POST' || s.method === 'PATCH');
/** Workflow commands the action printed, by kind. */
const commands = (stdout: string, kind: string) => stdout.split('\n').filter((l) => l.startsWith(`::${kind} `) || l.startsWith(`::${kind}::`));

describe('the bundled action, hardened (issue 12)', () => {
  let gh!: FakeGitHub;
  fakeGitHubPerTest((server) => (gh = server));

  it('finding 7: a comment by someone else carrying the marker is never edited; the action posts its own', async () => {
    gh.addComments(1, () => `${MARKER}\nI pasted the marker to make the action edit my comment`, 'mallory');
    gh.pullFiles = [{ filename: 'jobs/bot.train.yaml', status: 'added' }];
    const r = await runActionProcess({ workspace: workspace({ 'jobs/bot.train.yaml': BOT }), apiUrl: gh.url, event: 'pull_request' });
    expect(r.code).toBe(0);
    expect(writes(gh).map((w) => w.method)).toEqual(['POST']);
    expect(gh.comments[0]!.body).toBe(`${MARKER}\nI pasted the marker to make the action edit my comment`);
    expect(gh.comments[1]!.user.login).toBe('github-actions[bot]');
    expect(r.outputs['comment-id']).toBe(String(gh.comments[1]!.id));
    // The next run finds its own comment (the workflow token's bot) and edits that one only.
    const again = await runActionProcess({ workspace: workspace({ 'jobs/bot.train.yaml': BOT.replace('tokens: 20M', 'tokens: 40M') }), apiUrl: gh.url, event: 'pull_request' });
    expect(again.code).toBe(0);
    expect(writes(gh).map((w) => [w.method, w.path.replace(/^.*\//, '')])).toEqual([['POST', 'comments'], ['PATCH', String(gh.comments[1]!.id)]]);
  });

  it('finding 7: with a personal token (GET /user answers), the comments of that user are its own', async () => {
    gh.user = 'ci-robot';
    gh.addComments(1, () => `${MARKER}\nold report`, 'ci-robot');
    gh.addComments(1, () => `${MARKER}\nnot mine`, 'mallory');
    gh.pullFiles = [{ filename: 'jobs/bot.train.yaml', status: 'added' }];
    const r = await runActionProcess({ workspace: workspace({ 'jobs/bot.train.yaml': BOT }), apiUrl: gh.url, event: 'pull_request' });
    expect(r.code).toBe(0);
    expect(writes(gh).map((w) => w.method)).toEqual(['PATCH']);
    expect(gh.comments[0]!.body).not.toBe(`${MARKER}\nold report`);
    expect(gh.comments[1]!.body).toBe(`${MARKER}\nnot mine`);
  });

  it('finding 8: when a manifest is invalid, every output is still set, with the problems counted', async () => {
    const ws = workspace({ 'jobs/bot.train.yaml': BOT, 'jobs/broken.train.yaml': BOT.replace('method: qlora', 'method: qlorra').replace('gpu: rtx-4090', 'gpu: rtx-9999') });
    gh.pullFiles = [{ filename: 'jobs/broken.train.yaml', status: 'added' }];
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
    expect(r.code).toBe(1);
    expect(r.outputs['problems']).toBe('2');
    expect(r.outputs['total-cost-usd']).toBe('0.00');
    expect(r.outputs['total-gpu-hours']).toBe('0.00');
    expect(r.outputs['over-budget']).toBe('false');
    expect(r.outputs['violations']).toBe('0');
    // The report file holds what `estimate --format json` prints for invalid manifests.
    const report = JSON.parse(readFileSync(r.outputs['report']!, 'utf8')) as { problems: { file: string; message: string }[] };
    expect(Object.keys(report)).toEqual(['problems']);
    expect(report.problems.map((p) => p.file)).toEqual(['jobs/broken.train.yaml', 'jobs/broken.train.yaml']);
    expect(r.outputs['comment-id']).toBe(String(gh.comments[0]!.id));
  });

  it('a valid run counts no problems', async () => {
    gh.pullFiles = [{ filename: 'jobs/bot.train.yaml', status: 'added' }];
    const r = await runActionProcess({ workspace: workspace({ 'jobs/bot.train.yaml': BOT }), apiUrl: gh.url, event: 'pull_request' });
    expect(r.outputs['problems']).toBe('0');
  });

  it('finding 4 and 5: thousands of problems give at most 10 annotations per level, a comment under 65,536 characters and a capped summary', async () => {
    // 300 files, each with 60 unknown keys of 150 characters: 18,000 problems, 50 a file are kept.
    const files: Record<string, string> = {};
    for (let f = 0; f < 300; f++) {
      files[`jobs/j${f}.train.yaml`] = BOT + Array.from({ length: 60 }, (_, k) => `k${k}${'x'.repeat(150)}: 1\n`).join('');
    }
    gh.pullFiles = Object.keys(files).map((filename) => ({ filename, status: 'added' }));
    const r = await runActionProcess({ workspace: workspace(files), apiUrl: gh.url, event: 'pull_request' });
    expect(r.code).toBe(1);
    expect(r.outputs['problems']).toBe(String(300 * 51));
    // GitHub shows 10 error annotations a step: 8 problems, their count, and the step's own failure message.
    const errors = commands(r.stdout, 'error');
    expect(errors).toHaveLength(10);
    expect(errors[8]).toContain('and 15292 more errors');
    expect(errors[9]).toContain('::Train Budget: 15300 manifest problems');
    // The log still lists every problem, as plain lines.
    expect(r.stdout.split('\n').filter((l) => /^jobs\/j\d+\.train\.yaml:\d+:\d+: /.test(l))).toHaveLength(15300);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body.length).toBeLessThanOrEqual(65536);
    expect(gh.comments[0]!.body).toContain('job summary');
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(r.summary).toContain('and 10 more problems in this file');
  });
});
