import { readFileSync } from 'node:fs';
import { FakeGitHub, fakeGitHubPerTest } from './helpers/github-server.js';
import { runActionProcess, workspace } from './helpers/action-run.js';

const BOT = readFileSync('examples/qlora-8b-rtx4090.train.yaml', 'utf8');
const SEVEN_B = readFileSync('examples/pretrain-7b-a100-40gb.train.yaml', 'utf8');
const prices = (usd: number) => `version: 1
prices:
  - { gpu: rtx-4090, gpu_hour_usd: ${usd}, source: "team rate" }
`;

/**
 * A job counts as changed when the price data behind it changed: a pull request that only edits train-budget.yml's
 * prices changes the jobs those prices apply to, and no others (the bundled catalog is the action's own, the same
 * for base and head).
 */
describe('the bundled action: a change of train-budget.yml prices', () => {
  let gh!: FakeGitHub;
  fakeGitHubPerTest((server) => (gh = server));

  it('counts the jobs those prices apply to as changed, with the cost difference, and leaves the others unchanged', async () => {
    const ws = workspace({ 'train-budget.yml': prices(2), 'jobs/bot.train.yaml': BOT, 'jobs/big.train.yaml': SEVEN_B });
    gh.setFile('train-budget.yml', 'base0000sha', prices(1));
    gh.pullFiles = [{ filename: 'train-budget.yml', status: 'modified' }];
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
    expect(r.code).toBe(0);
    const body = gh.comments[0]!.body;
    // Twice the hourly rate: the increase equals the base cost.
    expect(body).toMatch(/\*\*Changes 1: \+\$(\d+\.\d\d) \([^)]*\), \$[\d,]+ in total\*\*/);
    expect(body).toMatch(/\*\*support-bot-qlora-4090\*\*.*\| \+\$(\d+\.\d\d) \(was \$\1\) \|/);
    expect(body).toContain('<details><summary>1 unchanged job, $');
    // The JSON report says the same in numbers: twice the rate, so the change is half the new cost.
    const doc = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    const bot = doc.changes.jobs.find((j: { name: string }) => j.name === 'support-bot-qlora-4090');
    expect(bot.status).toBe('changed');
    expect(Math.abs(bot.cost_delta_usd - doc.jobs.find((j: { name: string }) => j.name === bot.name).cost_usd.expected / 2)).toBeLessThanOrEqual(0.01);
    expect(doc.changes.jobs.find((j: { name: string }) => j.name !== bot.name).status).toBe('unchanged');
    // The manifests were not read at the base commit: they did not change.
    expect(gh.seen.some((s) => s.path.includes('/contents/jobs'))).toBe(false);
  });

  it('the same prices on both sides: nothing changes', async () => {
    const ws = workspace({ 'train-budget.yml': prices(2) + '# a comment\n', 'jobs/bot.train.yaml': BOT });
    gh.setFile('train-budget.yml', 'base0000sha', prices(2));
    gh.pullFiles = [{ filename: 'train-budget.yml', status: 'modified' }];
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
    expect(r.code).toBe(0);
    expect(gh.comments[0]!.body).toMatch(/No training job changes: \$\d+\.\d\d in total/);
  });
});
