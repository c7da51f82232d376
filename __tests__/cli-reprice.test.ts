import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliProcess } from './helpers/process.js';

const BOT = readFileSync('examples/qlora-8b-rtx4090.train.yaml', 'utf8');
const SEVEN_B = readFileSync('examples/pretrain-7b-a100-40gb.train.yaml', 'utf8');
/** The team's rates: only the rtx-4090 rate differs between the two commits. */
const prices = (rtx: number) => `version: 1
prices:
  - { gpu: rtx-4090, gpu_hour_usd: ${rtx}, source: "team rate" }
  - { gpu: a100-40gb, gpu_hour_usd: 1.5, source: "team rate" }
`;

/**
 * Two commits that differ only in train-budget.yml's rtx-4090 rate (1 → 2 USD per GPU-hour), the working tree at
 * the second. Two jobs run on rtx-4090, one on a100-40gb.
 */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tb-reprice-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  mkdirSync(join(dir, 'jobs'));
  writeFileSync(join(dir, 'jobs/bot.train.yaml'), BOT);
  writeFileSync(join(dir, 'jobs/bot-long.train.yaml'), BOT.replace('support-bot-qlora-4090', 'support-bot-long').replace('epochs: 3', 'epochs: 5'));
  writeFileSync(join(dir, 'jobs/big.train.yaml'), SEVEN_B);
  writeFileSync(join(dir, 'train-budget.yml'), prices(1));
  git('add', '.');
  git('commit', '-qm', 'team rates');
  writeFileSync(join(dir, 'train-budget.yml'), prices(2));
  git('commit', '-qam', 'the rtx-4090 rate doubles');
  return dir;
}

describe('bundled CLI: --base counts the jobs whose train-budget.yml prices changed (as the action does)', () => {
  const dir = repo();

  it('estimate --base: the rtx-4090 jobs are changed by exactly their base cost (twice the rate), the a100 job is not', () => {
    const json = runCliProcess(['estimate', '--base', 'HEAD~1', '--format', 'json'], dir);
    expect(json.stderr).toBe('');
    const doc = JSON.parse(json.stdout);
    const headCost = (name: string) => doc.jobs.find((j: { name: string }) => j.name === name).cost_usd.expected as number;
    const status = Object.fromEntries(doc.changes.jobs.map((j: { name: string; status: string }) => [j.name, j.status]));
    expect(status).toEqual({ 'support-bot-qlora-4090': 'changed', 'support-bot-long': 'changed', 'pretrain-7b-1t-a100-40gb': 'unchanged' });
    // The same GPU-hours at twice the rate: the change is half the new cost (within rounding to cents).
    for (const j of doc.changes.jobs) {
      const expected = j.status === 'changed' ? headCost(j.name) / 2 : 0;
      expect(Math.abs(j.cost_delta_usd - expected)).toBeLessThanOrEqual(0.01);
    }
    expect(Math.abs(doc.changes.delta_usd - (headCost('support-bot-qlora-4090') + headCost('support-bot-long')) / 2)).toBeLessThanOrEqual(0.02);
    // The a100 job is priced at the team's 1.5 USD on both sides.
    expect(doc.jobs.find((j: { name: string }) => j.name === 'pretrain-7b-1t-a100-40gb').price.gpu_hour_usd).toBe(1.5);

    const md = runCliProcess(['estimate', '--base', 'HEAD~1', '--format', 'markdown'], dir);
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/\*\*Changes 2: \+\$\d+\.\d\d \([^)]*\), \$[\d,]+ in total\*\*/);
    expect(md.stdout).toMatch(/\*\*support-bot-qlora-4090\*\*.*\| \+\$(\d+\.\d\d) \(was \$\1\) \|/);
    expect(md.stdout).toMatch(/\*\*support-bot-long\*\*.*\| \+\$(\d+\.\d\d) \(was \$\1\) \|/);
    expect(md.stdout).toContain('<details><summary>1 unchanged job, $');
  });

  it('plan --base plans the repriced jobs only', () => {
    const r = runCliProcess(['plan', '--base', 'HEAD~1', '--format', 'json'], dir);
    expect(r.stderr).toContain('against HEAD~1: planning 2 jobs added or changed (0 added, 2 changed); 1 unchanged and 0 removed left out');
    expect(JSON.parse(r.stdout).jobs.map((p: { name: string }) => p.name).sort()).toEqual(['support-bot-long', 'support-bot-qlora-4090']);
  });

  it('the same commit as base: nothing changed', () => {
    const r = runCliProcess(['estimate', '--base', 'HEAD', '--format', 'json'], dir);
    expect(JSON.parse(r.stdout).changes.jobs.every((j: { status: string }) => j.status === 'unchanged')).toBe(true);
  });
});
