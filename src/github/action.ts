import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { changeViolations, compareReports, type Comparison } from '../budget/compare.js';
import { gate, type Annotation } from '../budget/gate.js';
import { buildReport, violationCount } from '../budget/verdict.js';
import { estimateJob } from '../estimate/estimate.js';
import { loadManifests } from '../manifest/load-all.js';
import type { Problem } from '../manifest/types.js';
import { cleanProblem } from '../manifest/problems.js';
import { escapeMarkdown } from '../report/escape.js';
import { renderJson } from '../report/json.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../report/markdown.js';
import { estimateBase } from './base.js';
import { octokitClient, statusOf, type GitHubClient } from './client.js';
import { marker, upsertComment } from './comment.js';
import { readEvent } from './event.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { cleanBody, log } from './log.js';
import { workingDirectory } from './workdir.js';

export interface ActionDeps {
  makeClient: (token: string, owner: string, repo: string) => GitHubClient;
}

const FORK_HINT =
  'the token cannot write to this pull request (a pull request from a fork gets a read-only token). The job summary, outputs and the budget check still apply. To comment on fork pull requests, run Train Budget from a workflow_run workflow triggered by this one, which gets a write token, or use pull_request_target with care (it must not run the fork\'s code).';

function annotate(a: Annotation): void {
  const props = { title: a.title, ...(a.file ? { file: a.file } : {}), ...(a.line ? { startLine: a.line } : {}), ...(a.col ? { startColumn: a.col } : {}) };
  if (a.level === 'error') log.error(a.message, props);
  else log.warning(a.message, props);
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(cleanBody(markdown)).write({ overwrite: false });
  } catch (e) {
    log.warning(`Train Budget could not write the job summary: ${(e as Error).message}`);
  }
}

function runUrl(): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = process.env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : null;
}

async function comment(client: GitHubClient | null, pull: number, body: string, inputs: ActionInputs): Promise<void> {
  if (inputs.comment === 'off') return;
  if (!client) {
    log.warning('Train Budget: no github-token, so no pull-request comment');
    return;
  }
  try {
    const outcome = await upsertComment(client, pull, cleanBody(body), inputs.comment, inputs.commentTag);
    if (outcome.action !== 'skipped') {
      core.setOutput('comment-id', String(outcome.comment.id));
      core.setOutput('comment-url', outcome.comment.html_url);
      log.info(`Train Budget: comment ${outcome.action} (${outcome.comment.html_url})`);
    }
  } catch (e) {
    const status = statusOf(e);
    if (status === 403) log.warning(`Train Budget could not comment: ${FORK_HINT}`);
    else log.warning(`Train Budget could not comment on the pull request (${status ?? (e as Error).message}); the verdict below still applies`);
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
        log.setFailed(`Train Budget: ${e.message}`);
        return;
      }
      throw e;
    }
    const wd = workingDirectory(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory);
    if (!wd.ok) {
      log.setFailed(`Train Budget: ${wd.error}`);
      return;
    }
    const { root, prefix } = wd;
    const pathOf = (file: string) => (prefix === '' ? file : posix.join(prefix, file));
    const event = readEvent();
    const client = inputs.token ? deps.makeClient(inputs.token, event.owner, event.repo) : null;

    const found = loadManifests(inputs.manifests, root);
    const { jobs } = found;
    if (!found.files.length) log.info(`Train Budget: no manifests match ${inputs.manifests.map((m) => `"${m}"`).join(', ')} in ${inputs.workingDirectory}`);
    if (found.problems.length) {
      const sorted = found.problems;
      for (const p of sorted) annotate({ level: 'error', title: 'Invalid training-job manifest', message: cleanProblem(p).message, file: pathOf(p.file), line: p.line, col: p.col });
      const md = problemsMarkdown(sorted.map((p) => ({ ...p, file: pathOf(p.file) })), inputs.commentTag);
      await writeSummary(md);
      if (event.pull) await comment(client, event.pull.number, md, inputs);
      log.setFailed(`Train Budget: ${sorted.length} manifest problem${sorted.length === 1 ? '' : 's'}`);
      return;
    }

    const report = buildReport(jobs.map(estimateJob), inputs.limits);
    let comparison: Comparison | null = null;
    if (event.pull && client) {
      let pullFiles: Awaited<ReturnType<GitHubClient['pullFiles']>> = [];
      const notes: string[] = [];
      try {
        pullFiles = await client.pullFiles(event.pull.number);
      } catch (e) {
        notes.push(`could not list the pull request's files (${statusOf(e) ?? (e as Error).message}): every manifest is compared as unchanged`);
      }
      const base = await estimateBase(client, event.pull.base_sha, prefix, found.files, pullFiles);
      const touched = new Set([...base.touched].filter((f) => !base.unreadable.has(f)));
      const unchangedHead = report.jobs.filter((j) => !touched.has(j.file));
      // Base side: the base versions read (touched and removed files) and, for every file the pull request
      // leaves alone (or whose base could not be read), the head estimate itself.
      comparison = compareReports([...base.estimates, ...unchangedHead], report, touched, [...notes, ...base.notes]);
      const changed = changeViolations(comparison, inputs.increase);
      report.violations.push(...changed);
      report.over_budget = report.over_budget || changed.length > 0;
    } else if (event.pull) {
      log.warning('Train Budget: no github-token, so no comparison with the base branch');
    }

    const reportPath = join(process.env.RUNNER_TEMP ?? tmpdir(), `train-budget-${inputs.commentTag}.json`);
    writeFileSync(reportPath, renderJson(report));
    const full = renderMarkdown(report, { comparison });
    await writeSummary(full);
    const nothingToSay = report.jobs.length === 0 && !comparison?.jobs.some((j) => j.status === 'removed');
    if (event.pull && !nothingToSay) {
      const body = renderMarkdown(report, { comparison, marker: marker(inputs.commentTag), summaryUrl: runUrl(), maxLength: GITHUB_COMMENT_LIMIT });
      await comment(client, event.pull.number, body, inputs);
    }

    core.setOutput('total-cost-usd', report.totals.cost_usd.expected.toFixed(2));
    core.setOutput('total-gpu-hours', report.totals.gpu_hours.expected.toFixed(2));
    core.setOutput('over-budget', String(report.over_budget));
    core.setOutput('violations', String(violationCount(report)));
    core.setOutput('report', reportPath);

    const verdict = gate(report, jobs, inputs.failOnViolation, pathOf);
    verdict.annotations.forEach(annotate);
    if (verdict.failure) log.setFailed(verdict.failure);
    else log.info(`Train Budget: ${report.jobs.length} job${report.jobs.length === 1 ? '' : 's'}, expected $${report.totals.cost_usd.expected.toFixed(2)}, ${report.over_budget ? 'over budget (reported as warnings)' : 'within budget'}`);
  } catch (e) {
    log.setFailed(`Train Budget: ${e instanceof Error ? e.message : String(e)}`);
  }
}
