import { loadManifests, type Loaded } from '../manifest/load-all.js';
import { sortProblems } from '../manifest/problems.js';

/** loadManifests, where a path that matches nothing is a problem: the user named it on the command line. */
export function loadForCli(paths: readonly string[], root: string): Loaded {
  const loaded = loadManifests(paths, root);
  const unmatched = loaded.unmatched.map((u) => ({ file: u, line: 1, col: 1, message: `no *.train.yaml or *.train.yml manifests match "${u}"` }));
  return { ...loaded, problems: sortProblems([...loaded.problems, ...unmatched]) };
}
