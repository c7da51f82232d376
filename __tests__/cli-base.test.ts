import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliProcess } from './helpers/process.js';

const BOT = readFileSync('examples/qlora-8b-rtx4090.train.yaml', 'utf8');
const SEVEN_B = readFileSync('examples/pretrain-7b-a100-40gb.train.yaml', 'utf8');

/** A git repository with two manifests committed on main; `git` runs with a fixed identity. */
function repo(): { dir: string; git: (...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'tb-git-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  mkdirSync(join(dir, 'jobs'));
  writeFileSync(join(dir, 'jobs/bot.train.yaml'), BOT);
  writeFileSync(join(dir, 'jobs/big.train.yaml'), SEVEN_B);
  git('add', '.');
  git('commit', '-qm', 'base');
  return { dir, git };
}

describe('bundled CLI: estimate --base previews the pull-request comment', () => {
  it('compares the working tree with a git ref: only the changed job in the table, the rest collapsed, exit code by the changed jobs', () => {
    const { dir } = repo();
    writeFileSync(join(dir, 'jobs/bot.train.yaml'), BOT.replace('tokens: 20M', 'tokens: 40M'));
    // Run from a subfolder: the root is the git top level, paths are relative to the current folder.
    const r = runCliProcess(['estimate', '.', '--base', 'HEAD', '--format', 'markdown', '--max-cost-usd', '100'], join(dir, 'jobs'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0); // the 7B pretraining breaks max-cost-usd, but this change does not touch it
    expect(r.stdout.startsWith('<!-- train-budget:default -->\n### Train Budget')).toBe(true);
    expect(r.stdout).toMatch(/\*\*Changes 1: \+\$\d+\.\d\d \(<\+0\.1%\), \$[\d,]+ in total\*\* · ✅ within limits/);
    expect(r.stdout).toMatch(/\| \+\$(\d+\.\d\d) \(was \$\1\) \|/); // twice the tokens: the increase equals the base cost
    expect(r.stdout).toContain('<sub>jobs/bot.train.yaml</sub>');
    expect(r.stdout).toContain('<details><summary>1 unchanged job, $');
    expect(r.stdout).toMatch(/#### Already on the base branch[\s\S]*⚠️ \*\*pretrain-7b-1t-a100-40gb\*\*: cost/);
    const all = runCliProcess(['estimate', '.', '--base', 'HEAD', '--max-cost-usd', '100', '--gate', 'all'], join(dir, 'jobs'));
    expect(all.status).toBe(1);
    expect(all.stdout).toMatch(/against HEAD: \+\$\d+\.\d\d \(\+0\.0%\)\n {2}changed {3}support-bot-qlora-4090\n {2}unchanged 1 job/);
  });

  it('sees renames, removals and new files not yet added to git, and limits the increase', () => {
    const { dir } = repo();
    renameSync(join(dir, 'jobs/bot.train.yaml'), join(dir, 'jobs/support.train.yaml'));
    rmSync(join(dir, 'jobs/big.train.yaml'));
    writeFileSync(join(dir, 'jobs/new.train.yaml'), BOT.replace('support-bot-qlora-4090', 'fresh'));
    const r = runCliProcess(['estimate', '--base', 'HEAD', '--format', 'markdown', '--max-cost-increase-usd', '1'], dir);
    expect(r.stdout).toContain('~~pretrain-7b-1t-a100-40gb~~');
    expect(r.stdout).toMatch(/\| -\$[\d,]+ \(removed\) \|/);
    expect(r.stdout).toMatch(/\*\*fresh\*\*.*\(added\)/);
    // git sees the rename only once staged; untracked, the old name is removed and the new one added.
    expect(r.status).toBe(0);
  });

  it('refuses an unknown ref and a folder outside git, naming them', () => {
    const { dir } = repo();
    const r = runCliProcess(['estimate', '--base', 'no-such-branch'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--base: git knows no commit "no-such-branch"');
    const bare = mkdtempSync(join(tmpdir(), 'tb-nogit-'));
    writeFileSync(join(bare, 'bot.train.yaml'), BOT);
    const n = runCliProcess(['estimate', '--base', 'HEAD'], bare);
    expect(n.status).toBe(2);
    expect(n.stderr).toContain('--base needs a git repository');
  });
});

describe('bundled CLI: first-time rough edges', () => {
  it('--format json on invalid input prints the problems as JSON and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tb-bad-'));
    writeFileSync(join(dir, 'bad.train.yaml'), BOT.replace('gpu: rtx-4090', 'gpu: rtx-4099'));
    const r = runCliProcess(['estimate', '.', '--format', 'json'], dir);
    expect(r.status).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.problems).toEqual([{ file: 'bad.train.yaml', line: 19, col: 8, message: expect.stringContaining('unknown accelerator "rtx-4099"') }]);
  });

  it('warns about a manifest-looking YAML file not named *.train.yaml, with the rename', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tb-look-'));
    mkdirSync(join(dir, 'jobs'));
    writeFileSync(join(dir, 'jobs/bot.train.yaml'), BOT);
    writeFileSync(join(dir, 'jobs/sft.yaml'), BOT.replace('support-bot-qlora-4090', 'sft'));
    writeFileSync(join(dir, 'jobs/ci.yml'), 'name: ci\non: push\n');
    const r = runCliProcess(['estimate', 'jobs'], dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('warning: jobs/sft.yaml looks like a training-job manifest (it has name, model and method) but is not named *.train.yaml, so it was skipped: rename it to jobs/sft.train.yaml\n');
  });

  it('a path outside the repository root is refused with the way to set the root', () => {
    const { dir } = repo();
    const other = mkdtempSync(join(tmpdir(), 'tb-other-'));
    writeFileSync(join(other, 'x.train.yaml'), BOT);
    const r = runCliProcess(['estimate', 'jobs', other], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is outside the repository root .*: refused \(set the repository root with --root DIR\)/);
  });
});

describe('bundled CLI: plan --base plans what the change adds or changes', () => {
  it('plans only the changed job, says what it left out, and the exit code follows the planned jobs', () => {
    const { dir } = repo();
    writeFileSync(join(dir, 'jobs/bot.train.yaml'), BOT.replace('tokens: 20M', 'tokens: 40M'));
    const r = runCliProcess(['plan', '--base', 'HEAD', '--format', 'json'], dir);
    expect(r.stderr).toBe('against HEAD: planning 1 job added or changed (0 added, 1 changed); 1 unchanged and 0 removed left out\n');
    expect(r.status).toBe(0);
    const names = [...r.stdout.matchAll(/"name": "([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(names)).toEqual(new Set(['support-bot-qlora-4090']));
    // Nothing changed: nothing to plan.
    const clean = repo();
    const none = runCliProcess(['plan', '--base', 'HEAD'], clean.dir);
    expect(none.stderr).toBe('against HEAD: planning 0 jobs added or changed (0 added, 0 changed); 2 unchanged and 0 removed left out\n');
    expect(none.status).toBe(0);
    expect(runCliProcess(['plan', '--base', 'no-such-branch'], clean.dir).stderr).toContain('--base: git knows no commit "no-such-branch"');
  });
});
