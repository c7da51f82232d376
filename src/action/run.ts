import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative, resolve, sep } from 'node:path';
import { changeViolations, type Comparison } from '../budget/compare.js';
import { gate, type Annotation } from '../budget/gate.js';
import { buildReport, violationCount } from '../budget/verdict.js';
import { estimateJob } from '../estimate/estimate.js';
import type { GitHubClient } from '../github/client.js';
import { marker } from '../github/comment.js';
import { readEvent } from '../github/event.js';
import { InputError, readInputs, type ActionInputs } from '../github/inputs.js';
import * as runner from '../github/runner.js';
import { loadManifests } from '../manifest/load-all.js';
import { renderJson } from '../report/json.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../report/markdown.js';
import { problemsMarkdown } from '../report/problems-markdown.js';
import { postComment } from './post.js';

function annotate(a: Annotation): void {
  const props = { title: a.title, file: a.file, line: a.line, col: a.col };
  if (a.level === 'error') runner.error(a.message, props);
  else runner.warning(a.message, props);
}

function runUrl(): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = process.env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : null;
}

/** The pull-request half's client, loaded on demand: a push event never loads Octokit. */
async function clientFor(inputs: ActionInputs, owner: string, repo: string): Promise<GitHubClient | null> {
  if (!inputs.token) return null;
  const { octokitClient } = await import('../github/client.js');
  return octokitClient(inputs.token, owner, repo);
}

/** The action: estimate, summarise, comment, set outputs, then apply the gate. Never throws. */
export async function runAction(): Promise<void> {
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
    const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    const root = resolve(workspace, inputs.workingDirectory);
    const prefix = relative(workspace, root).split(sep).join('/');
    if (prefix.startsWith('..') || !existsSync(root)) {
      runner.setFailed(`Train Budget: input working-directory "${inputs.workingDirectory}" must be a folder inside the workspace`);
      return;
    }
    const pathOf = (file: string) => (prefix === '' ? file : posix.join(prefix, file));
    const event = readEvent();

    const found = loadManifests(inputs.manifests, root);
    const { jobs } = found;
    if (!found.files.length) runner.info(`Train Budget: no manifests match ${inputs.manifests.map((m) => `"${m}"`).join(', ')} in ${inputs.workingDirectory}`);
    if (found.problems.length) {
      for (const p of found.problems) annotate({ level: 'error', title: 'Invalid training-job manifest', message: p.message, file: pathOf(p.file), line: p.line, col: p.col });
      const md = problemsMarkdown(found.problems.map((p) => ({ ...p, file: pathOf(p.file) })), marker(inputs.commentTag));
      runner.appendSummary(md);
      if (event.pull) await postComment(await clientFor(inputs, event.owner, event.repo), event.pull.number, md, inputs);
      runner.setFailed(`Train Budget: ${found.problems.length} manifest problem${found.problems.length === 1 ? '' : 's'}`);
      return;
    }

    const report = buildReport(jobs.map(estimateJob), inputs.limits);
    let comparison: Comparison | null = null;
    const client = event.pull ? await clientFor(inputs, event.owner, event.repo) : null;
    if (event.pull && client) {
      const { comparePull } = await import('./pull.js');
      comparison = await comparePull(client, event.pull, prefix, found.files, report);
      const changed = changeViolations(comparison, inputs.increase);
      report.violations.push(...changed);
      report.over_budget = report.over_budget || changed.length > 0;
    } else if (event.pull) {
      runner.warning('Train Budget: no github-token, so no comparison with the base branch');
    }

    const reportPath = join(process.env.RUNNER_TEMP ?? tmpdir(), `train-budget-${inputs.commentTag}.json`);
    writeFileSync(reportPath, renderJson(report));
    runner.appendSummary(renderMarkdown(report, { comparison }));
    const nothingToSay = report.jobs.length === 0 && !comparison?.jobs.some((j) => j.status === 'removed');
    if (event.pull && !nothingToSay) {
      const body = renderMarkdown(report, { comparison, marker: marker(inputs.commentTag), summaryUrl: runUrl(), maxLength: GITHUB_COMMENT_LIMIT });
      await postComment(client, event.pull.number, body, inputs);
    }

    runner.setOutput('total-cost-usd', report.totals.cost_usd.expected.toFixed(2));
    runner.setOutput('total-gpu-hours', report.totals.gpu_hours.expected.toFixed(2));
    runner.setOutput('over-budget', String(report.over_budget));
    runner.setOutput('violations', String(violationCount(report)));
    runner.setOutput('report', reportPath);

    const verdict = gate(report, jobs, inputs.failOnViolation, pathOf);
    verdict.annotations.forEach(annotate);
    if (verdict.failure) runner.setFailed(verdict.failure);
    else runner.info(`Train Budget: ${report.jobs.length} job${report.jobs.length === 1 ? '' : 's'}, expected $${report.totals.cost_usd.expected.toFixed(2)}, ${report.over_budget ? 'over budget (reported as warnings)' : 'within budget'}`);
  } catch (e) {
    runner.setFailed(`Train Budget: ${e instanceof Error ? e.message : String(e)}`);
  }
}
