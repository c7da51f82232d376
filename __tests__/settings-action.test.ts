import { readFileSync } from 'node:fs';
import { FakeGitHub, fakeGitHubPerTest } from './helpers/github-server.js';
import { runActionProcess, workspace } from './helpers/action-run.js';

const BOT = readFileSync('examples/qlora-8b-rtx4090.train.yaml', 'utf8');
const settings = (productMax: number) => `version: 1
projects:
  - name: research
    paths: ["research/**"]
    limits: { max-cost-usd: 100000 }
  - name: product
    paths: ["product/**"]
    limits: { max-cost-usd: ${productMax} }
`;

describe('the bundled action with train-budget.yml', () => {
  let gh!: FakeGitHub;
  fakeGitHubPerTest((server) => (gh = server));

  it("applies each project's limits to its manifests, names the project, groups the comment by project", async () => {
    const ws = workspace({ 'train-budget.yml': settings(0.001), 'research/a.train.yaml': BOT.replace('support-bot-qlora-4090', 'r-job'), 'product/b.train.yaml': BOT.replace('support-bot-qlora-4090', 'p-job') });
    gh.setFile('train-budget.yml', 'base0000sha', settings(0.001));
    // The pull request adds both manifests (gate: changed judges the jobs a pull request changes).
    gh.pullFiles = [{ filename: 'research/a.train.yaml', status: 'added' }, { filename: 'product/b.train.yaml', status: 'added' }];
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
    expect(r.code).toBe(1);
    const body = gh.comments[0]!.body.replace(/\\/g, '');
    expect(body).toContain('| **project research** |');
    expect(body).toContain('| **project product** |');
    expect(body).toMatch(/\*\*p-job\*\*: cost \$\d+\.\d\d, over project product's limit of <\$0\.01 \(max-cost-usd\)/);
    expect(body).not.toMatch(/\*\*r-job\*\*: cost/);
    expect(r.stdout).toMatch(/::error title=Train Budget%3A cost,file=product\/b.train.yaml,line=\d+,col=\d+::p-job: cost .* \(limit of project product\)/);
    // No settings change in this pull request: no line about it.
    expect(body).not.toContain('changes the budget');
  });

  it('a pull request that raises its own limit is judged by the base branch limit, and the comment says so', async () => {
    // The pull request raises product's max-cost-usd from 0.001 to 1,000,000.
    const ws = workspace({ 'train-budget.yml': settings(1000000), 'product/b.train.yaml': BOT.replace('support-bot-qlora-4090', 'p-job') });
    gh.setFile('train-budget.yml', 'base0000sha', settings(0.001));
    gh.pullFiles = [{ filename: 'train-budget.yml', status: 'modified' }, { filename: 'product/b.train.yaml', status: 'added' }];
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
    expect(r.code).toBe(1);
    const body = gh.comments[0]!.body.replace(/\\/g, '');
    expect(body).toContain('This pull request changes the budget in train-budget.yml (project product max-cost-usd 0.001 → 1000000): the base branch\'s limits judge it until the change is merged.');
    expect(body).toMatch(/over project product's limit of <\$0\.01/);
    expect(gh.seen.some((s) => s.method === 'GET' && /contents\/train-budget\.yml\?ref=base0000sha/.test(s.path))).toBe(true);
  });

  it('deleting train-budget.yml in a pull request does not lift the base branch limits', async () => {
    const ws = workspace({ 'product/b.train.yaml': BOT.replace('support-bot-qlora-4090', 'p-job') });
    gh.setFile('train-budget.yml', 'base0000sha', settings(0.001));
    gh.pullFiles = [{ filename: 'train-budget.yml', status: 'removed' }, { filename: 'product/b.train.yaml', status: 'added' }];
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request' });
    expect(r.code).toBe(1);
    expect(gh.comments[0]!.body).toContain('This pull request removes train-budget.yml');
  });

  it('a bad train-budget.yml is a located annotation and fails the step', async () => {
    const ws = workspace({ 'train-budget.yml': 'version: 1\nprojects:\n  - { name: p, paths: [] }\n', 'product/b.train.yaml': BOT });
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'push' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error title=Invalid training-job manifest,file=train-budget.yml,line=3,col=23::"paths" must list at least 1 item/);
  });
});
