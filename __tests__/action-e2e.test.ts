import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeGitHub, fakeGitHubPerTest } from './helpers/github-server.js';
import { runActionProcess, workspace } from './helpers/action-run.js';

const BOT = readFileSync('examples/qlora-8b-rtx4090.train.yaml', 'utf8');
const MARKER = '<!-- train-budget:default -->';
const writes = (gh: FakeGitHub) => gh.seen.filter((s) => s.method === 'POST' || s.method === 'PATCH');

describe('the bundled action against a local GitHub API', () => {
  let gh!: FakeGitHub;
  fakeGitHubPerTest((server) => (gh = server));

  it('first run creates one comment, writes the summary and sets every output', async () => {
    const ws = workspace({ 'jobs/bot.train.yaml': BOT });
    gh.pullFiles = [{ filename: 'jobs/bot.train.yaml', status: 'added' }];
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
    expect(r.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body.startsWith(MARKER)).toBe(true);
    expect(gh.comments[0]!.body).toMatch(/\*\*Adds 1 job: \+\$\d+\.\d\d, \$\d+\.\d\d in total\*\* · no limits set/);
    expect(gh.comments[0]!.body).toMatch(/\| \+\$\d+\.\d\d \(added\) \|/);
    expect(r.summary).toContain('support-bot-qlora-4090');
    expect(Number(r.outputs['total-cost-usd'])).toBeGreaterThan(0);
    expect(Number(r.outputs['total-gpu-hours'])).toBeGreaterThan(0);
    expect(r.outputs['over-budget']).toBe('false');
    expect(r.outputs['violations']).toBe('0');
    expect(r.outputs['comment-id']).toBe(String(gh.comments[0]!.id));
    expect(r.outputs['comment-url']).toBe(gh.comments[0]!.html_url);
    const report = JSON.parse(readFileSync(r.outputs['report']!, 'utf8'));
    expect(report.schema_version).toBe(1);
    expect(report.jobs[0].name).toBe('support-bot-qlora-4090');
  });

  it('a second run edits the same comment, and a run with an unchanged body sends nothing', async () => {
    const ws = workspace({ 'jobs/bot.train.yaml': BOT });
    gh.pullFiles = [{ filename: 'jobs/bot.train.yaml', status: 'added' }];
    await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
    writeFileSync(join(ws, 'jobs/bot.train.yaml'), BOT.replace('tokens: 20M', 'tokens: 40M'));
    const second = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
    expect(second.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    expect(writes(gh).map((w) => w.method)).toEqual(['POST', 'PATCH']);
    const third = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
    expect(third.code).toBe(0);
    expect(writes(gh).map((w) => w.method)).toEqual(['POST', 'PATCH']);
    expect(third.outputs['comment-id']).toBe(String(gh.comments[0]!.id));
  });

  it('finds its comment on a later page of a long pull request (Link headers) and edits it', async () => {
    gh.addComments(150, (i) => (i === 130 ? `${MARKER}\nold report` : `review comment ${i}`), 'github-actions[bot]');
    const ws = workspace({ 'jobs/bot.train.yaml': BOT });
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
    expect(r.code).toBe(0);
    expect(gh.seen.filter((s) => s.method === 'GET' && s.path.includes('/issues/7/comments')).length).toBe(2);
    expect(writes(gh)).toHaveLength(1);
    expect(writes(gh)[0]!.method).toBe('PATCH');
    expect(gh.comments).toHaveLength(150);
  });

  it('a comment deleted between listing and editing (404) is posted afresh; a base file missing at the base commit (404) counts as added', async () => {
    gh.addComments(1, () => `${MARKER}\nold report`, 'github-actions[bot]');
    gh.fail('PATCH comment', 404);
    gh.pullFiles = [{ filename: 'jobs/bot.train.yaml', status: 'modified' }];
    const ws = workspace({ 'jobs/bot.train.yaml': BOT });
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
    expect(r.code).toBe(0);
    expect(writes(gh).map((w) => w.method)).toEqual(['PATCH', 'POST']);
    expect(gh.seen.some((s) => s.method === 'GET' && s.path.includes('/contents/'))).toBe(true);
    expect(gh.comments[1]!.body).toMatch(/\(added\) \|/);
  });

  it('over budget: exits 1 with an error annotation on the manifest line that causes it', async () => {
    const ws = workspace({ 'jobs/bot.train.yaml': BOT });
    gh.pullFiles = [{ filename: 'jobs/bot.train.yaml', status: 'added' }];
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { 'max-cost-usd': '1', 'max-gpus': '0' } });
    expect(r.code).toBe(1);
    // data.tokens is on line 12 of the example, hardware: on line 18
    expect(r.stdout).toMatch(/::error title=Train Budget%3A cost,file=jobs\/bot.train.yaml,line=12,col=3::support-bot-qlora-4090: cost \$\d+\.\d\d is over max-cost-usd \$1\.00/);
    expect(r.stdout).toMatch(/::error title=Train Budget%3A GPUs,file=jobs\/bot.train.yaml,line=18,col=1::/);
    expect(r.outputs['over-budget']).toBe('true');
    expect(r.outputs['violations']).toBe('2');
    expect(gh.comments[0]!.body).toMatch(/^❌ \*\*support-bot-qlora-4090\*\*: cost \$\d+\.\d\d, over the limit of \$1\.00 \(max-cost-usd\) \(and 1 more violation\)$/m);
  });

  it('fail-on-violation false reports violations as warnings and passes', async () => {
    const ws = workspace({ 'jobs/bot.train.yaml': BOT });
    gh.pullFiles = [{ filename: 'jobs/bot.train.yaml', status: 'added' }];
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { 'max-cost-usd': '1', 'fail-on-violation': 'false' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning title=Train Budget%3A cost,file=jobs\/bot.train.yaml,line=12/);
    expect(r.outputs['over-budget']).toBe('true');
  });

  it('a fork\'s read-only token (403) still writes the summary and outputs and applies the gate', async () => {
    gh.fail('POST comments', 403);
    gh.pullFiles = [{ filename: 'jobs/bot.train.yaml', status: 'added' }];
    const ws = workspace({ 'jobs/bot.train.yaml': BOT });
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { 'max-cost-usd': '1' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::warning::Train Budget could not comment: .*workflow_run/);
    expect(gh.comments).toHaveLength(0);
    expect(r.summary).toContain('support-bot-qlora-4090');
    expect(r.outputs['over-budget']).toBe('true');
    expect(r.outputs['comment-id']).toBeUndefined();
  });

  it('sends the github-token input on every request; a wrong token (401) is a warning, not a crash', async () => {
    gh.token = 'the-real-token';
    const ws = workspace({ 'jobs/bot.train.yaml': BOT });
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { 'github-token': 'a-stale-token' } });
    expect(r.code).toBe(0);
    expect(gh.comments).toHaveLength(0);
    expect(r.stdout).toMatch(/::warning::Train Budget could not comment on the pull request \(401\)/);
    const ok = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { 'github-token': 'the-real-token' } });
    expect(ok.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
  });

  it('a push event estimates and summarises but posts nothing', async () => {
    const ws = workspace({ 'jobs/bot.train.yaml': BOT });
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'push' });
    expect(r.code).toBe(0);
    expect(gh.seen).toEqual([]);
    expect(r.summary).toContain('Training cost:');
    expect(r.outputs['over-budget']).toBe('false');
  });

  it('retries a 5xx and a secondary rate limit (429 with retry-after), then succeeds', async () => {
    gh.fail('POST comments', 502);
    gh.fail('GET comments', 429);
    const ws = workspace({ 'jobs/bot.train.yaml': BOT });
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
    expect(r.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    expect(gh.seen.filter((s) => s.method === 'POST')).toHaveLength(2);
    expect(gh.seen.filter((s) => s.method === 'GET' && s.path.includes('/comments')).length).toBe(2);
  }, 60000);

  it('a comment that keeps failing (422) is a warning: the verdict still stands', async () => {
    gh.fail('POST comments', 422);
    const ws = workspace({ 'jobs/bot.train.yaml': BOT });
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::Train Budget could not comment on the pull request \(422\)/);
    expect(r.outputs['over-budget']).toBe('false');
  });

  it('compares with the base version read at the base commit, and limits the increase', async () => {
    const ws = workspace({ 'jobs/bot.train.yaml': BOT.replace('tokens: 20M', 'tokens: 40M'), 'jobs/same.train.yaml': BOT.replace('support-bot-qlora-4090', 'steady') });
    gh.pullFiles = [
      { filename: 'jobs/bot.train.yaml', status: 'modified' },
      { filename: 'jobs/old.train.yaml', status: 'removed' },
      { filename: 'README.md', status: 'modified' },
    ];
    gh.setFile('jobs/bot.train.yaml', 'base0000sha', BOT);
    gh.setFile('jobs/old.train.yaml', 'base0000sha', BOT.replace('support-bot-qlora-4090', 'retired'));
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { 'max-cost-increase-percent': '10' } });
    const body = gh.comments[0]!.body;
    // Doubling the tokens doubles the bot's cost; the removed job saves as much: the total is unchanged-ish.
    expect(body).toContain('<details><summary>1 unchanged job, $');
    expect(body).toMatch(/\| -\$\d+\.\d\d \(removed\) \|/);
    expect(body).toMatch(/\+\$\d+\.\d\d \(was \$\d+\.\d\d\)/);
    expect(gh.seen.some((s) => s.path.startsWith('/repos/o/r/contents/jobs%2Fbot.train.yaml?ref=base0000sha') || s.path.startsWith('/repos/o/r/contents/jobs/bot.train.yaml?ref=base0000sha'))).toBe(true);
    expect(r.code).toBe(0);
  });

  it('fails when the cost rises more than max-cost-increase-percent, with the headline saying by how much', async () => {
    const ws = workspace({ 'jobs/bot.train.yaml': BOT.replace('tokens: 20M', 'tokens: 40M') });
    gh.pullFiles = [{ filename: 'jobs/bot.train.yaml', status: 'modified' }];
    gh.setFile('jobs/bot.train.yaml', 'base0000sha', BOT);
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { 'max-cost-increase-percent': '10' } });
    expect(r.code).toBe(1);
    // Twice the tokens is twice the training time but the same model load and checkpoint saves (fine-tuning
    // goodput on one node, src/estimate/goodput.ts): a little under 100%.
    expect(gh.comments[0]!.body).toMatch(/^❌ \*\*all jobs together\*\*: cost increase \(%\) 99\.\d%, over the limit of 10\.0% \(max-cost-increase-percent\)\n\nChanges 1: \+\$\d+\.\d\d \(\+100%\), \$\d+\.\d\d in total$/m);
    // Workflow commands encode % as %25.
    expect(r.stdout).toMatch(/::error title=Train Budget%3A cost increase \(%25\)::all jobs: cost increase \(%25\) 99\.\d%25 is over max-cost-increase-percent 10\.0%25/);
  });

  it('an unreadable base version (500s) is reported, not fatal', async () => {
    gh.fail('GET contents', 500, 500, 500, 500);
    const ws = workspace({ 'jobs/bot.train.yaml': BOT });
    gh.pullFiles = [{ filename: 'jobs/bot.train.yaml', status: 'modified' }];
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
    expect(r.code).toBe(0);
    expect(gh.comments[0]!.body).toContain('could not read the base version of jobs/bot.train.yaml \\(500\\): compared as unchanged');
  }, 60000);

  it('manifest errors become annotations with line and column, fail the step, and show in the comment', async () => {
    const ws = workspace({ 'jobs/bad.train.yaml': BOT.replace('gpu: rtx-4090', 'gpu: rtx-4099') });
    gh.pullFiles = [{ filename: 'jobs/bad.train.yaml', status: 'added' }];
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error title=Invalid training-job manifest,file=jobs\/bad.train.yaml,line=19,col=8::unknown accelerator "rtx-4099"/);
    expect(gh.comments[0]!.body).toContain('❌ 1 manifest problem');
  });

  it('gate: changed (the default) fails on the job the pull request changes, and not on the violations already on the base branch', async () => {
    // steady.train.yaml is untouched and breaks max-hours as much as the changed bot does.
    const ws = workspace({ 'jobs/bot.train.yaml': BOT.replace('tokens: 20M', 'tokens: 40M'), 'jobs/steady.train.yaml': BOT.replace('support-bot-qlora-4090', 'steady') });
    gh.pullFiles = [{ filename: 'jobs/bot.train.yaml', status: 'modified' }];
    gh.setFile('jobs/bot.train.yaml', 'base0000sha', BOT);
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { 'max-hours': '1' } });
    expect(r.code).toBe(1);
    const body = gh.comments[0]!.body;
    expect(body).toMatch(/^❌ \*\*support-bot-qlora-4090\*\*: wall-clock hours [\d.]+, over the limit of 1\.0 \(max-hours\)$/m);
    expect(body).toMatch(/#### Already on the base branch[\s\S]*⚠️ \*\*steady\*\*: wall-clock hours/);
    expect(r.stdout).toMatch(/::error title=Train Budget%3A wall-clock hours,file=jobs\/bot.train.yaml,line=\d+,col=\d+::support-bot-qlora-4090/);
    expect(r.stdout).toMatch(/::warning title=Train Budget%3A wall-clock hours \(already on the base branch\),file=jobs\/steady.train.yaml/);
    expect(r.stdout).toContain('::error::Train Budget: 1 violation%0Ajobs/bot.train.yaml:');

    // Only the untouched job over the limit: the check passes and says why.
    writeFileSync(join(ws, 'jobs/bot.train.yaml'), BOT.replace('tokens: 20M', 'tokens: 1M'));
    const ok = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { 'max-hours': '1' } });
    expect(ok.code).toBe(0);
    expect(gh.comments.at(-1)!.body).toMatch(/· ✅ within limits/);

    // gate: all judges every job.
    const all = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { 'max-hours': '1', gate: 'all' } });
    expect(all.code).toBe(1);
    expect(all.stdout).toMatch(/::error title=Train Budget%3A wall-clock hours,file=jobs\/steady.train.yaml/);
    // A push judges every job whatever the gate.
    const push = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'push', inputs: { 'max-hours': '1' } });
    expect(push.code).toBe(1);
  });

  it('a broken manifest the pull request does not touch is a warning; one it touches fails', async () => {
    const broken = BOT.replace('support-bot-qlora-4090', 'old').replace('gpu: rtx-4090', 'gpu: rtx-4099');
    const ws = workspace({ 'jobs/bot.train.yaml': BOT, 'jobs/old.train.yaml': broken });
    gh.pullFiles = [{ filename: 'jobs/bot.train.yaml', status: 'added' }];
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning title=Invalid training-job manifest \(not changed by this pull request\),file=jobs\/old.train.yaml,line=19,col=8::unknown accelerator "rtx-4099"/);
    expect(gh.comments[0]!.body).toContain('1 manifest problem in jobs/old.train.yaml, which this pull request does not change');
    expect(gh.comments[0]!.body).toContain('support-bot-qlora-4090');
    gh.pullFiles = [{ filename: 'jobs/old.train.yaml', status: 'modified' }];
    const touched = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
    expect(touched.code).toBe(1);
    expect(touched.stdout).toMatch(/::error title=Invalid training-job manifest,file=jobs\/old.train.yaml/);
    expect(gh.comments[0]!.body).toContain('❌ 1 manifest problem');
  });

  it('refuses invalid inputs with a message naming the input', async () => {
    const ws = workspace({ 'jobs/bot.train.yaml': BOT });
    const neg = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { 'max-cost-usd': '-5' } });
    expect(neg.code).toBe(1);
    expect(neg.stdout).toContain('::error::Train Budget: input max-cost-usd must be a non-negative number, got "-5"');
    const mode = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { comment: 'sometimes' } });
    expect(mode.code).toBe(1);
    expect(mode.stdout).toContain('input comment must be update, new or off, got "sometimes"');
    const gate = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { gate: 'some' } });
    expect(gate.code).toBe(1);
    expect(gate.stdout).toContain('input gate must be changed or all, got "some"');
    expect(gh.seen).toEqual([]);
  });

  it('comment: new posts a fresh comment each run; off posts none; tags keep comments apart', async () => {
    const ws = workspace({ 'jobs/bot.train.yaml': BOT });
    await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { comment: 'new' } });
    await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { comment: 'new' } });
    expect(gh.comments).toHaveLength(2);
    await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { comment: 'off' } });
    expect(gh.comments).toHaveLength(2);
    await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { 'comment-tag': 'gpu-leg' } });
    expect(gh.comments).toHaveLength(3);
    expect(gh.comments[2]!.body.startsWith('<!-- train-budget:gpu-leg -->')).toBe(true);
  });
});
