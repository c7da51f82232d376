import { buildReport, type Report } from '../budget/verdict.js';
import { estimateJob } from '../estimate/estimate.js';
import { withAdvice } from '../plan/advice.js';
import type { GitHubClient } from '../github/client.js';
import type { ActionInputs } from '../github/inputs.js';
import { statusOf } from '../github/status.js';
import type { Job } from '../manifest/types.js';
import { projectOf, withProject } from '../settings/apply.js';
import type { LoadedSettings } from '../settings/load.js';
import { projectLimits } from '../settings/project-limits.js';
import { SETTINGS_FILE, type Settings } from '../settings/types.js';

/**
 * Estimates the jobs and judges them. In a pull request the limits (projects and their limits) come from the
 * base branch's train-budget.yml, so a pull request cannot raise, or delete, its own budget unseen; a change to
 * the file becomes lines for the comment. The base file is read when the head has one, or when the pull request
 * touches the file (a deletion); otherwise there is nothing to read.
 */
export async function judge(
  jobs: readonly Job[], head: LoadedSettings, inputs: ActionInputs, pathOf: (file: string) => string, pr: { client: GitHubClient; pull: { number: number; base_sha: string } } | null,
  changed: readonly { filename: string; previous_filename?: string }[] | null,
): Promise<{ report: Report; settingsLines: string[]; baseSettings?: Settings | null }> {
  const file = head.file ?? (inputs.config || SETTINGS_FILE);
  const settingsLines: string[] = [];
  let limits: Settings | null = head.settings;
  let baseSettings: Settings | null | undefined;
  if (pr) {
    // Loaded here: a push run never reads the base branch's file (the action's bundle keeps these in import() chunks).
    const [{ readBaseSettings, touchesSettings }, { settingsChangeLines }] = await Promise.all([import('../settings/reprice.js'), import('../settings/change.js')]);
    // Without the pull request's file list it cannot be told whether it deletes the file: ask the base branch.
    const read = head.settings !== null || changed === null || touchesSettings(changed, file);
    if (read) {
      const base = await readBaseSettings((p) => pr.client.fileAt(p, pr.pull.base_sha), file, { why: (e) => String(statusOf(e) ?? (e as Error).message) });
      if (base.ok) {
        settingsLines.push(...settingsChangeLines(base.settings, head.settings, file));
        limits = base.settings;
        baseSettings = base.settings;
      } else settingsLines.push(base.note);
    }
  }
  // The advice keeps to the limits that judge each job: the action's inputs and its project's (max-hours,
  // max-cost-usd, max-gpus), so a fix it offers is one the gate would pass.
  const byProject = projectLimits(limits);
  const estimates = jobs.map((j) => {
    const project = projectOf(limits, pathOf(j.file))?.name;
    return withProject(withAdvice(j, estimateJob(j), inputs.limits, project ? byProject.get(project) : undefined), project);
  });
  return { report: buildReport(estimates, inputs.limits, byProject), settingsLines, ...(baseSettings !== undefined ? { baseSettings } : {}) };
}
