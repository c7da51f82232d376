import { writeFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import type { Comparison } from '../budget/compare.js';
import { gate, type Annotation } from '../budget/gate.js';
import { gateScope } from '../budget/scope.js';
import { violationCount } from '../budget/verdict.js';
import type { ChangedFile } from '../compare/base.js';
import type { GitHubClient } from '../github/client.js';
import { readEvent } from '../github/event.js';
import { InputError, readInputs, type ActionInputs } from '../github/inputs.js';
import * as runner from '../github/runner.js';
import { workingDirectory } from '../github/workdir.js';
import { statusOf } from '../github/status.js';
import { loadManifestsLazily } from '../manifest/load-all.js';
import { baseHub, loadWithHub } from '../hub/load.js';
import type { Problem } from '../manifest/types.js';
import { renderJson } from '../report/json.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../report/markdown.js';
import { applySettings } from '../settings/apply.js';
import { loadSettingsIfAny } from '../settings/load-if-any.js';
import { SETTINGS_FILE } from '../settings/types.js';
import { judge } from './settings-limits.js';
import { annotator } from './annotations.js';
import { fitBody, SUMMARY_MAX_BYTES } from '../report/fit-body.js';

/** The step summary, cut to GitHub's 1 MiB with a pointer to the JSON report. */
const appendSummary = (md: string) => runner.appendSummary(fitBody(md, { max: SUMMARY_MAX_BYTES - 1024, unit: 'bytes', pointer: SUMMARY_POINTER }));
const SUMMARY_POINTER = '_The report is longer than a job summary may be (1 MiB): the rest is cut. The whole report is the JSON file of the `report` output, or run `train-budget estimate` locally._';

/**
 * The outputs when nothing was estimated (invalid manifests): every output is still set, so a later step can read
 * them, with the problems counted; the report file holds `{"problems": [...]}`, as `estimate --format json` prints.
 */
async function problemOutputs(problems: readonly Problem[], tag: string): Promise<void> {
  const reportPath = join(await runner.tempFolder(), `train-budget-${tag}.json`);
  writeFileSync(reportPath, JSON.stringify({ problems: problems.map((p) => ({ file: p.file, line: p.line, col: p.col, message: p.message })) }, null, 2) + '\n');
  runner.setOutput('total-cost-usd', '0.00');
  runner.setOutput('total-gpu-hours', '0.00');
  runner.setOutput('over-budget', 'false');
  runner.setOutput('violations', '0');
  runner.setOutput('report', reportPath);
  runner.setOutput('problems', String(problems.length));
}

function runUrl(): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = process.env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : null;
}

/**
 * What only a pull request or a failed run needs, loaded on demand (import() chunks of the action's bundle): a
 * valid push run neither reads nor compiles it.
 */
const prModules = () => Promise.all([import('../github/comment.js'), import('./post.js')]);

/** The pull-request half's client, loaded on demand: a push event never loads Octokit. */
async function clientFor(inputs: ActionInputs, owner: string, repo: string): Promise<GitHubClient | null> {
  if (!inputs.token) return null;
  const { octokitClient } = await import('../github/client.js');
  return octokitClient(inputs.token, owner, repo);
}

/**
 * The comment as rendered, in a file named by the `comment-file` output (empty when there is nothing to say): the
 * fork recipe uploads it, and a workflow_run workflow posts it with `post-comment-file`.
 */
async function saveComment(inputs: ActionInputs, body: string): Promise<void> {
  const path = join(await runner.tempFolder(), `train-budget-${inputs.commentTag}.md`);
  writeFileSync(path, body);
  runner.setOutput('comment-file', path);
}

const limitsSet = (inputs: ActionInputs) => Object.keys(inputs.limits).length > 0 || Object.keys(inputs.increase).length > 0;

/** The action: estimate, summarise, comment, set outputs, then apply the gate. Never throws. `today` (YYYY-MM-DD) comes from the process shell. */
export async function runAction(opts: { today?: string } = {}): Promise<void> {
  // At most 10 annotations per level and run (annotations.ts); `flush` before the run ends writes the count of the rest.
  const annotations = annotator();
  const annotate = (a: Annotation) => annotations.annotate(a);
  try {
    let inputs: ActionInputs;
    try {
      inputs = readInputs();
    } catch (e) {
      if (e instanceof InputError) {
        runner.setFailed(`Train Budget: ${e.message}`);
        return;
      }
      throw e;
    }
    if (inputs.postCommentFile) {
      // The fork recipe's second half: post what a pull_request run rendered; nothing is estimated or checked out.
      const event = readEvent();
      const { postSaved } = await import('./post-saved.js');
      await postSaved(inputs, event, await clientFor(inputs, event.owner, event.repo));
      return;
    }
    const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    const wd = workingDirectory(workspace, inputs.workingDirectory);
    if (!wd.ok) {
      runner.setFailed(`Train Budget: ${wd.error}`);
      return;
    }
    const { root, prefix } = wd;
    const pathOf = (file: string) => (prefix === '' ? file : posix.join(prefix, file));
    const toRoot = (repoPath: string) => (prefix === '' ? repoPath : repoPath.startsWith(prefix + '/') ? repoPath.slice(prefix.length + 1) : null);
    const event = readEvent();
    const client = event.pull ? await clientFor(inputs, event.owner, event.repo) : null;
    if (event.pull && !client) runner.warning('Train Budget: no github-token, so no comparison with the base branch');

    // The pull request's files: what it changes decides what it is judged on.
    const notes: string[] = [];
    let changed: ChangedFile[] | null = null;
    if (event.pull && client) {
      try {
        changed = await client.pullFiles(event.pull.number);
      } catch (e) {
        notes.push(`could not list the pull request's files (${statusOf(e) ?? (e as Error).message}): every manifest is compared as unchanged`);
      }
    }

    // Hub model ids outside the catalog: their config.json is fetched here (unless offline), then validated.
    const found = await loadWithHub((hub) => loadManifestsLazily(inputs.manifests, root, hub), inputs.offline);
    if (!found.files.length) runner.info(`Train Budget: no manifests match ${inputs.manifests.map((m) => `"${m}"`).join(', ')} in ${inputs.workingDirectory}`);
    // gate: changed on a pull request: a broken manifest the pull request does not touch is the base branch's
    // problem, a warning; one it touches (or any, when the files are unknown or gate is all) fails.
    const touchedPaths = new Set((changed ?? []).flatMap((f) => [f.filename, f.previous_filename ?? '']).map(toRoot).filter((p): p is string => !!p));
    const untouched = (p: Problem) => inputs.gate === 'changed' && changed !== null && !touchedPaths.has(p.file);
    // train-budget.yml lives at the repository root (the workspace); its problems (and unknown clusters) always fail.
    const headSettings = await loadSettingsIfAny(workspace, inputs.config || undefined);
    const today = opts.today ?? null;
    const applied = applySettings(found.jobs, headSettings.settings, today, pathOf);
    const failingProblems = [...found.problems.filter((p) => !untouched(p)), ...headSettings.problems.map((p) => ({ ...p, file: posix.relative(prefix, p.file) })), ...applied.problems];
    const oldProblems = found.problems.filter(untouched);
    for (const p of oldProblems) {
      annotate({ level: 'warning', title: 'Invalid training-job manifest (not changed by this pull request)', message: p.message, file: pathOf(p.file), line: p.line, col: p.col });
    }
    if (oldProblems.length) {
      const files = [...new Set(oldProblems.map((p) => pathOf(p.file)))];
      notes.push(`⚠️ ${oldProblems.length} manifest problem${oldProblems.length === 1 ? '' : 's'} in ${files.length === 1 ? files[0] : `${files.length} files`}, which this pull request does not change: those jobs are left out (see the annotations)`);
    }
    if (failingProblems.length) {
      // Every problem in the log too: annotations stop at 10 (annotations.ts).
      for (const p of failingProblems) runner.info(`${pathOf(p.file)}:${p.line}:${p.col}: ${p.message}`);
      for (const p of failingProblems) annotate({ level: 'error', title: 'Invalid training-job manifest', message: p.message, file: pathOf(p.file), line: p.line, col: p.col });
      const located = failingProblems.map((p) => ({ ...p, file: pathOf(p.file) }));
      const [[{ marker }, { postComment }], { problemsMarkdown }] = await Promise.all([prModules(), import('../report/problems-markdown.js')]);
      const md = problemsMarkdown(located, marker(inputs.commentTag));
      appendSummary(md);
      await problemOutputs([...located, ...oldProblems.map((p) => ({ ...p, file: pathOf(p.file) }))], inputs.commentTag);
      if (event.pull) await saveComment(inputs, md);
      if (event.pull) await postComment(client, event.pull.number, md, inputs);
      annotations.flush();
      runner.setFailed(`Train Budget: ${failingProblems.length} manifest problem${failingProblems.length === 1 ? '' : 's'}`);
      return;
    }

    const { jobs } = applied;
    // What may make an estimate wrong (an imported key not read, tokens that look like examples): at its line.
    for (const j of jobs) for (const w of j.warnings ?? []) annotate({ level: 'warning', title: 'Train Budget: check this setting', message: w.message, file: pathOf(w.file), line: w.line, col: w.col });
    const { report, settingsLines, baseSettings } = await judge(jobs, headSettings, inputs, pathOf, event.pull && client ? { client, pull: event.pull } : null, changed);
    let comparison: Comparison | null = null;
    if (event.pull && client) {
      const [{ compareWithBase }, { basePricing }, { changeViolations }] = await Promise.all([import('../compare/with-base.js'), import('../settings/reprice.js'), import('../budget/compare.js')]);
      const baseSha = event.pull.base_sha;
      // A pull request that changes train-budget.yml changes the prices behind every job: the base side is priced
      // with the base branch's file, and a job whose estimate moves counts as changed (the bundled catalog is the
      // same on both sides: it is this action's own).
      const { book, repriced } = basePricing(changed ?? [], headSettings.file ?? (inputs.config || SETTINGS_FILE), baseSettings, headSettings.settings);
      comparison = await compareWithBase((path) => client.fileAt(path, baseSha), changed ?? [], prefix, found.files, jobs, report, notes, (js) => applySettings(js, book, today, pathOf).jobs, baseHub(inputs.offline, found.hubConfigs), repriced ? found.jobs : undefined);
      const over = changeViolations(comparison, inputs.increase);
      report.violations.push(...over);
      report.over_budget = report.over_budget || over.length > 0;
    }

    const reportPath = join(await runner.tempFolder(), `train-budget-${inputs.commentTag}.json`);
    writeFileSync(reportPath, renderJson(report, comparison));
    const view = { comparison, limitsSet: limitsSet(inputs) || report.jobs.some((j) => j.project !== undefined), gate: inputs.gate, settingsLines };
    appendSummary(renderMarkdown(report, view));
    const nothingToSay = report.jobs.length === 0 && !comparison?.jobs.some((j) => j.status === 'removed');
    if (event.pull && !nothingToSay) {
      const [{ marker }, { postComment }] = await prModules();
      const body = renderMarkdown(report, { ...view, marker: marker(inputs.commentTag), summaryUrl: runUrl(), maxLength: GITHUB_COMMENT_LIMIT });
      await saveComment(inputs, body);
      await postComment(client, event.pull.number, body, inputs);
    } else if (event.pull) await saveComment(inputs, '');

    runner.setOutput('total-cost-usd', report.totals.cost_usd.expected.toFixed(2));
    runner.setOutput('total-gpu-hours', report.totals.gpu_hours.expected.toFixed(2));
    runner.setOutput('over-budget', String(report.over_budget));
    runner.setOutput('violations', String(violationCount(report)));
    runner.setOutput('report', reportPath);
    runner.setOutput('problems', String(oldProblems.length)); // manifests this pull request does not change: warnings

    const scope = gateScope(report, comparison, inputs.gate);
    const verdict = gate(report, jobs, inputs.failOnViolation, pathOf, scope);
    verdict.annotations.forEach(annotate);
    annotations.flush();
    if (verdict.failure) runner.setFailed(verdict.failure);
    else runner.info(`Train Budget: ${report.jobs.length} job${report.jobs.length === 1 ? '' : 's'}, expected $${report.totals.cost_usd.expected.toFixed(2)}, ${scope.failing.length ? 'over budget (reported as warnings)' : 'within budget'}`);
  } catch (e) {
    annotations.flush();
    runner.setFailed(`Train Budget: ${e instanceof Error ? e.message : String(e)}`);
  }
}
