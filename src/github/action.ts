import * as core from '@actions/core';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative, resolve, sep } from 'node:path';
import { changeViolations, compareReports, type Comparison } from '../budget/compare.js';
import { gate, type Annotation } from '../budget/gate.js';
import { buildReport, violationCount } from '../budget/verdict.js';
import { estimateJob } from '../estimate/estimate.js';
import { loadManifests } from '../manifest/load-all.js';
import type { Problem } from '../manifest/types.js';
import { escapeMarkdown } from '../report/escape.js';
import { renderJson } from '../report/json.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../report/markdown.js';
import { estimateBase } from './base.js';
import { octokitClient, statusOf, type GitHubClient } from './client.js';
import { marker, upsertComment } from './comment.js';
import { readEvent } from './event.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { readBaseSettings } from './settings-base.js';
import { applySettings, projectOf, withProject } from '../settings/apply.js';
import { settingsChangeLines } from '../settings/change.js';
import { loadSettings } from '../settings/load.js';
import { projectLimits } from '../settings/prepare.js';
import { SETTINGS_FILE } from '../settings/types.js';

export interface ActionDeps {
  makeClient: (token: string, owner: string, repo: string) => GitHubClient;
  /** The date the run treats as today (YYYY-MM-DD), from the process shell: the age of catalog prices. */
  today?: string;
}

const FORK_HINT =
  'the token cannot write to this pull request (a pull request from a fork gets a read-only token). The job summary, outputs and the budget check still apply. To comment on fork pull requests, run Train Budget from a workflow_run workflow triggered by this one, which gets a write token, or use pull_request_target with care (it must not run the fork\'s code).';

function annotate(a: Annotation): void {
  const props = { title: a.title, ...(a.file ? { file: a.file } : {}), ...(a.line ? { startLine: a.line } : {}), ...(a.col ? { startColumn: a.col } : {}) };
  if (a.level === 'error') core.error(a.message, props);
  else core.warning(a.message, props);
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown).write({ overwrite: false });
  } catch (e) {
    core.warning(`Train Budget could not write the job summary: ${(e as Error).message}`);
  }
}

function runUrl(): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = process.env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : null;
}

async function comment(client: GitHubClient | null, pull: number, body: string, inputs: ActionInputs): Promise<void> {
  if (inputs.comment === 'off') return;
  if (!client) {
    core.warning('Train Budget: no github-token, so no pull-request comment');
    return;
  }
  try {
    const outcome = await upsertComment(client, pull, body, inputs.comment, inputs.commentTag);
    if (outcome.action !== 'skipped') {
      core.setOutput('comment-id', String(outcome.comment.id));
      core.setOutput('comment-url', outcome.comment.html_url);
      core.info(`Train Budget: comment ${outcome.action} (${outcome.comment.html_url})`);
    }
  } catch (e) {
    const status = statusOf(e);
    if (status === 403) core.warning(`Train Budget could not comment: ${FORK_HINT}`);
    else core.warning(`Train Budget could not comment on the pull request (${status ?? (e as Error).message}); the verdict below still applies`);
  }
}

function problemsMarkdown(problems: readonly Problem[], tag: string): string {
  return [
    marker(tag),
    '### Train Budget',
    '',
    `**❌ ${problems.length} manifest problem${problems.length === 1 ? '' : 's'}: nothing was estimated**`,
    '',
    ...problems.slice(0, 200).map((p) => `- ${escapeMarkdown(`${p.file}:${p.line}:${p.col}`)}: ${escapeMarkdown(p.message)}`),
    '',
  ].join('\n');
}

/** The action: estimate, summarise, comment, set outputs, then apply the gate. Never throws. */
export async function runAction(deps: ActionDeps = { makeClient: octokitClient }): Promise<void> {
  try {
    let inputs: ActionInputs;
    try {
      inputs = readInputs();
    } catch (e) {
      if (e instanceof InputError) {
        core.setFailed(`Train Budget: ${e.message}`);
        return;
      }
      throw e;
    }
    const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    const root = resolve(workspace, inputs.workingDirectory);
    const prefix = relative(workspace, root).split(sep).join('/');
    if (prefix.startsWith('..') || !existsSync(root)) {
      core.setFailed(`Train Budget: input working-directory "${inputs.workingDirectory}" must be a folder inside the workspace`);
      return;
    }
    const pathOf = (file: string) => (prefix === '' ? file : posix.join(prefix, file));
    const event = readEvent();
    const client = inputs.token ? deps.makeClient(inputs.token, event.owner, event.repo) : null;

    const found = loadManifests(inputs.manifests, root);
    // train-budget.yml lives at the repository root (the workspace); its problems are named from the working directory like manifests'.
    const headSettings = loadSettings(workspace, inputs.config || undefined);
    const today = deps.today ?? null;
    const applied = applySettings(found.jobs, headSettings.settings, today, pathOf);
    const { jobs } = applied;
    if (!found.files.length) core.info(`Train Budget: no manifests match ${inputs.manifests.map((m) => `"${m}"`).join(', ')} in ${inputs.workingDirectory}`);
    const problems = [...found.problems, ...headSettings.problems.map((p) => ({ ...p, file: posix.relative(prefix, p.file) })), ...applied.problems];
    if (problems.length) {
      const sorted = problems;
      for (const p of sorted) annotate({ level: 'error', title: 'Invalid training-job manifest', message: p.message, file: pathOf(p.file), line: p.line, col: p.col });
      const md = problemsMarkdown(sorted.map((p) => ({ ...p, file: pathOf(p.file) })), inputs.commentTag);
      await writeSummary(md);
      if (event.pull) await comment(client, event.pull.number, md, inputs);
      core.setFailed(`Train Budget: ${sorted.length} manifest problem${sorted.length === 1 ? '' : 's'}`);
      return;
    }

    // Limits come from the base branch's train-budget.yml in a pull request: a pull request cannot raise its own budget unseen.
    const settingsFile = headSettings.file ?? (inputs.config || SETTINGS_FILE);
    const settingsLines: string[] = [];
    const judge = async (read: boolean) => {
      let limitSettings = headSettings.settings;
      if (read && event.pull && client) {
        const base = await readBaseSettings(client, event.pull.base_sha, settingsFile);
        if (base.ok) {
          settingsLines.push(...settingsChangeLines(base.settings, headSettings.settings, settingsFile));
          limitSettings = base.settings;
        } else settingsLines.push(base.note);
      }
      const estimates = jobs.map(estimateJob).map((e) => withProject(e, projectOf(limitSettings, pathOf(e.file))?.name));
      return buildReport(estimates, inputs.limits, projectLimits(limitSettings));
    };
    let report = await judge(headSettings.settings !== null);
    let comparison: Comparison | null = null;
    if (event.pull && client) {
      let pullFiles: Awaited<ReturnType<GitHubClient['pullFiles']>> = [];
      const notes: string[] = [];
      try {
        pullFiles = await client.pullFiles(event.pull.number);
      } catch (e) {
        notes.push(`could not list the pull request's files (${statusOf(e) ?? (e as Error).message}): every manifest is compared as unchanged`);
      }
      // A pull request that deletes train-budget.yml is still judged by the base branch's limits.
      if (headSettings.settings === null && pullFiles.some((f) => f.filename === settingsFile || f.previous_filename === settingsFile)) report = await judge(true);
      const base = await estimateBase(client, event.pull.base_sha, prefix, found.files, pullFiles, (js) => applySettings(js, headSettings.settings, today, pathOf).jobs);
      const touched = new Set([...base.touched].filter((f) => !base.unreadable.has(f)));
      const unchangedHead = report.jobs.filter((j) => !touched.has(j.file));
      // Base side: the base versions read (touched and removed files) and, for every file the pull request
      // leaves alone (or whose base could not be read), the head estimate itself.
      comparison = compareReports([...base.estimates, ...unchangedHead], report, touched, [...notes, ...base.notes]);
      const changed = changeViolations(comparison, inputs.increase);
      report.violations.push(...changed);
      report.over_budget = report.over_budget || changed.length > 0;
    } else if (event.pull) {
      core.warning('Train Budget: no github-token, so no comparison with the base branch');
    }

    const reportPath = join(process.env.RUNNER_TEMP ?? tmpdir(), `train-budget-${inputs.commentTag}.json`);
    writeFileSync(reportPath, renderJson(report));
    const full = renderMarkdown(report, { comparison, settingsLines });
    await writeSummary(full);
    const nothingToSay = report.jobs.length === 0 && !comparison?.jobs.some((j) => j.status === 'removed');
    if (event.pull && !nothingToSay) {
      const body = renderMarkdown(report, { comparison, settingsLines, marker: marker(inputs.commentTag), summaryUrl: runUrl(), maxLength: GITHUB_COMMENT_LIMIT });
      await comment(client, event.pull.number, body, inputs);
    }

    core.setOutput('total-cost-usd', report.totals.cost_usd.expected.toFixed(2));
    core.setOutput('total-gpu-hours', report.totals.gpu_hours.expected.toFixed(2));
    core.setOutput('over-budget', String(report.over_budget));
    core.setOutput('violations', String(violationCount(report)));
    core.setOutput('report', reportPath);

    const verdict = gate(report, jobs, inputs.failOnViolation, pathOf);
    verdict.annotations.forEach(annotate);
    if (verdict.failure) core.setFailed(verdict.failure);
    else core.info(`Train Budget: ${report.jobs.length} job${report.jobs.length === 1 ? '' : 's'}, expected $${report.totals.cost_usd.expected.toFixed(2)}, ${report.over_budget ? 'over budget (reported as warnings)' : 'within budget'}`);
  } catch (e) {
    core.setFailed(`Train Budget: ${e instanceof Error ? e.message : String(e)}`);
  }
}
