import { discoverManifests, loadManifestFile, repoFileReader } from './files.js';
import { cleanProblem, sortProblems } from './problems.js';
import { capProblemsPerFile } from './cap-problems.js';
import type { ParseManifest } from './parse.js';
import { parseManifestFast, NeedsFullCheck } from './fast-check.js';
import type { Job, Problem } from './types.js';
import type { HubContext } from '../hub/types.js';

export interface Loaded {
  files: string[];
  jobs: Job[];
  /** Refused paths and every manifest problem, in file, line, column order. */
  problems: Problem[];
  /** Patterns that matched no manifest: the CLI calls them problems, the action only says so. */
  unmatched: string[];
}

/**
 * Finds every manifest the paths or globs name under `root` and validates each with `parse` (load.ts's
 * parseManifest): what the CLI and the action both do.
 */
export function loadManifests(patterns: readonly string[], root: string, hub: HubContext | undefined, parse: ParseManifest): Loaded {
  const found = discoverManifests(patterns, root);
  const problems: Problem[] = [...found.problems];
  const jobs: Job[] = [];
  const read = repoFileReader(root);
  for (const f of found.files) {
    const r = loadManifestFile(root, f, hub, parse, read);
    jobs.push(...r.jobs);
    problems.push(...r.problems);
  }
  // Problems quote manifest text and file names: cleaned once here for every command and the action.
  const clean = problems.length === 0 ? [] : capProblemsPerFile(sortProblems(problems)).map((p) => {
    const c = cleanProblem(p);
    return { file: c.file, line: c.line, col: c.col, message: c.message };
  });
  return { files: found.files, jobs, problems: clean, unmatched: found.unmatched };
}

/**
 * loadManifests for the action: the same result, but zod (a large library, and schemas built at load) is loaded
 * only when a manifest is not valid. Every manifest is first checked by the fast check generated from the zod
 * schemas (fast-check.ts); when it cannot vouch for one, the whole load is done again with zod, so every
 * message is zod's.
 */
export async function loadManifestsLazily(patterns: readonly string[], root: string, hub?: HubContext): Promise<Loaded> {
  try {
    return loadManifests(patterns, root, hub, parseManifestFast);
  } catch (e) {
    if (!(e instanceof NeedsFullCheck)) throw e;
  }
  const { parseManifest } = await import('./load.js');
  return loadManifests(patterns, root, hub, parseManifest);
}
