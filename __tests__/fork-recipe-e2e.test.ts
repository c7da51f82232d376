import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { FakeGitHub, fakeGitHubPerTest } from './helpers/github-server.js';
import { runActionProcess, workspace } from './helpers/action-run.js';

/**
 * The fork recipe of the README, both halves as the shipped workflow files in examples/workflows/ describe them,
 * each the bundled action as a real process against the local GitHub stand-in: the first half on `pull_request`
 * with a read-only token (as a fork gets), the second on `workflow_run` with a write token, in an empty workspace
 * (nothing checked out). The artifact hand-over between them is a file copy, as upload/download-artifact do.
 */

interface Step { uses?: string; with?: Record<string, unknown>; if?: string }
interface Workflow { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> }
const workflow = (name: string) => parse(readFileSync(`examples/workflows/${name}`, 'utf8')) as Workflow;
const first = workflow('train-budget.yml');
const second = workflow('train-budget-comment.yml');
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const actionStep = (w: Workflow) => steps(w).find((s) => s.uses?.startsWith('train-budget/train-budget@'))!;
/** A step's `with:` as the runner passes it: strings, with `${{ runner.temp }}` filled in. */
const inputsOf = (s: Step, runnerTemp: string) => Object.fromEntries(Object.entries(s.with ?? {}).map(([k, v]) => [k, String(v).replace('${{ runner.temp }}', runnerTemp)]));

const BOT = readFileSync('examples/qlora-8b-rtx4090.train.yaml', 'utf8');
const HEAD = 'head1111sha';
const MARKER = '<!-- train-budget:default -->';

describe('the shipped fork workflows', () => {
  it('first half: pull_request only, read-only token, comment off, uploads the comment-file output', () => {
    expect(Object.keys(first.on)).toContain('pull_request');
    expect(Object.keys(first.on)).not.toContain('pull_request_target');
    expect(Object.values(first.permissions).every((p) => p === 'read')).toBe(true);
    expect(actionStep(first).with?.comment).toBe('off');
    const upload = steps(first).find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.with?.path).toBe('${{ steps.budget.outputs.comment-file }}');
    expect(upload.if).toContain('always()');
  });

  it('second half: workflow_run only, never checks out or runs the pull request, downloads that run\'s artifact', () => {
    expect(Object.keys(second.on)).toEqual(['workflow_run']);
    expect(second.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    const uses = steps(second).map((s) => s.uses ?? 'run');
    expect(uses.some((u) => u.startsWith('actions/checkout'))).toBe(false);
    expect(uses.includes('run')).toBe(false);
    const download = steps(second).find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(download.with?.name).toBe(steps(first).find((s) => s.uses?.startsWith('actions/upload-artifact@'))!.with?.name);
    expect(download.with?.['run-id']).toBe('${{ github.event.workflow_run.id }}');
  });
});

describe('the fork recipe, both halves against a local GitHub API', () => {
  let gh!: FakeGitHub;
  fakeGitHubPerTest((server) => (gh = server));

  /** The first half on a fork's pull request; returns the artifact folder the second half downloads into. */
  async function firstHalf(files: Record<string, string>): Promise<{ artifact: string; rendered: string; code: number | null }> {
    const ws = workspace(files);
    gh.pullFiles = Object.keys(files).map((f) => ({ filename: f, status: 'added' }));
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', pull: { number: 7, base: 'base0000sha', head: HEAD }, inputs: { ...inputsOf(actionStep(first), ''), 'github-token': gh.readOnlyToken } });
    const file = r.outputs['comment-file']!;
    expect(file).toBeTruthy();
    // upload-artifact of one file, then download-artifact into `path`: the file lands there under its own name.
    const runnerTemp = mkdtempSync(join(tmpdir(), 'tb-second-'));
    const artifact = join(runnerTemp, 'train-budget');
    mkdirSync(artifact);
    copyFileSync(file, join(artifact, basename(file)));
    return { artifact: runnerTemp, rendered: readFileSync(file, 'utf8'), code: r.code };
  }

  const secondHalf = (runnerTemp: string, opts: { head?: string } = {}) =>
    runActionProcess({ workspace: workspace({}), apiUrl: gh.url, event: 'workflow_run', pull: { number: 0, base: '', head: opts.head ?? HEAD }, inputs: { ...inputsOf(actionStep(second), runnerTemp), 'github-token': gh.token } });

  it('the first half estimates and gates with a read-only token and writes nothing; the second posts its comment on the right pull request', async () => {
    const one = await firstHalf({ 'jobs/bot.train.yaml': BOT });
    expect(one.code).toBe(0);
    expect(gh.seen.filter((s) => s.method !== 'GET')).toEqual([]);
    expect(one.rendered.startsWith(MARKER)).toBe(true);
    expect(one.rendered).toMatch(/Adds 1 job/);

    gh.pulls = [
      { number: 3, head: { sha: 'other', ref: 'feature', user: { login: 'someone-else' } } },
      { number: 7, head: { sha: HEAD, ref: 'feature', user: { login: 'fork' } } },
    ];
    const seenBefore = gh.seen.length;
    const two = await secondHalf(one.artifact);
    expect(two.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toBe(one.rendered);
    expect(two.outputs['comment-id']).toBe(String(gh.comments[0]!.id));
    const asked = gh.seen.slice(seenBefore);
    // It looked the pull request up by the run's head (never by anything in the artifact) and read no repository file.
    expect(asked.some((s) => s.method === 'GET' && s.path.includes('/pulls?') && s.path.includes('head=fork%3Afeature'))).toBe(true);
    expect(asked.some((s) => s.path.includes('/contents/') || s.path.includes('/files'))).toBe(false);
    expect(asked.find((s) => s.method === 'POST')!.path).toBe('/repos/o/r/issues/7/comments');

    // Run again (a re-run of the same commit): the same comment is found and left alone.
    const again = await secondHalf(one.artifact);
    expect(again.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    expect(gh.seen.filter((s) => s.method === 'POST' || s.method === 'PATCH')).toHaveLength(1);
  });

  it('an over-budget pull request fails the first half, and its comment still reaches the pull request', async () => {
    const one = await firstHalf({ 'jobs/bot.train.yaml': BOT.replace(/count: \d+/, 'count: 1').replace('tokens: 20M', 'tokens: 200B') });
    expect(one.code).toBe(1);
    gh.pulls = [{ number: 7, head: { sha: HEAD, ref: 'feature', user: { login: 'fork' } } }];
    const two = await secondHalf(one.artifact);
    expect(two.code).toBe(0);
    expect(gh.comments[0]!.body).toMatch(/❌/);
  });

  it('posts nothing when the pull request has moved on to another commit since the run', async () => {
    const one = await firstHalf({ 'jobs/bot.train.yaml': BOT });
    gh.pulls = [{ number: 7, head: { sha: 'newer2222sha', ref: 'feature', user: { login: 'fork' } } }];
    const two = await secondHalf(one.artifact);
    expect(two.code).toBe(0);
    expect(two.stdout).toMatch(/::warning::Train Budget: no open pull request has fork:feature at head1111sha/);
    expect(gh.comments).toHaveLength(0);
  });

  it('a forged artifact: refused unless it is a Train Budget comment, and mentions and issue links in it are broken', async () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'tb-forged-'));
    mkdirSync(join(runnerTemp, 'train-budget'));
    const file = join(runnerTemp, 'train-budget', 'train-budget-default.md');
    gh.pulls = [{ number: 7, head: { sha: HEAD, ref: 'feature', user: { login: 'fork' } } }];

    writeFileSync(file, 'LGTM, merge it @org/admins');
    const notOurs = await secondHalf(runnerTemp);
    expect(notOurs.code).toBe(1);
    expect(notOurs.stdout).toMatch(/is not a Train Budget comment for comment-tag "default"/);
    expect(gh.comments).toHaveLength(0);

    writeFileSync(file, 'x'.repeat(70000));
    expect((await secondHalf(runnerTemp)).stdout).toMatch(/more than one comment takes/);

    writeFileSync(file, `${MARKER}\n✅ approved, ping @org/admins about #12 \u202Eevil`);
    const forged = await secondHalf(runnerTemp);
    expect(forged.code).toBe(0);
    const body = gh.comments[0]!.body;
    expect(body).not.toMatch(/@org/);
    expect(body).toContain('@\u2060org/admins');
    expect(body).toContain('#\u206012');
    expect(body).not.toContain('\u202E');
  });
});
