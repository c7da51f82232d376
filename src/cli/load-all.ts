import { discoverManifests, loadManifestFile } from '../manifest/files.js';
import type { Job, Problem } from '../manifest/types.js';
import { sortProblems } from '../manifest/problems.js';

export interface Loaded {
  files: string[];
  jobs: Job[];
  problems: Problem[];
}

/** Finds and validates every manifest the paths name; an unmatched path is a problem on the command line. */
export function loadAll(paths: readonly string[], root: string): Loaded {
  const found = discoverManifests(paths, root);
  const problems: Problem[] = [...found.problems];
  for (const u of found.unmatched) problems.push({ file: u, line: 1, col: 1, message: `no *.train.yaml or *.train.yml manifests match "${u}"` });
  const jobs: Job[] = [];
  for (const f of found.files) {
    const r = loadManifestFile(root, f);
    jobs.push(...r.jobs);
    problems.push(...r.problems);
  }
  return { files: found.files, jobs, problems: sortProblems(problems) };
}
