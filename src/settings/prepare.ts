import type { Limits } from '../budget/limits.js';
import type { Job, Problem } from '../manifest/types.js';
import { applySettings } from './apply.js';
import { loadSettings } from './load.js';
import { projectLimits } from './project-limits.js';
import type { Settings } from './types.js';

export interface Prepared {
  jobs: Job[];
  problems: Problem[];
  settings: Settings | null;
  /** The settings file read, relative to the settings root (null: none). */
  file: string | null;
  /** Limits of the projects that set any, by project name (for buildReport). */
  projectLimits: Map<string, Limits>;
}

export { projectLimits };

/** Loads train-budget.yml (or `config`) from `settingsRoot` and applies it to the jobs: what the CLI and the action both do. */
export function prepareJobs(jobs: readonly Job[], settingsRoot: string, config: string | undefined, today: string | null, repoPathOf?: (file: string) => string): Prepared {
  const loaded = loadSettings(settingsRoot, config);
  if (loaded.problems.length) return { jobs: [], problems: loaded.problems, settings: null, file: loaded.file, projectLimits: new Map() };
  const applied = applySettings(jobs, loaded.settings, today, repoPathOf);
  return { jobs: applied.jobs, problems: applied.problems, settings: loaded.settings, file: loaded.file, projectLimits: projectLimits(loaded.settings) };
}
