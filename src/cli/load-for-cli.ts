import { loadManifests, type Loaded } from '../manifest/load-all.js';
import { sortProblems } from '../manifest/problems.js';
import { loadWithHub } from '../hub/load.js';
import type { HubContext } from '../hub/types.js';

/** loadManifests, where a path that matches nothing is a problem: the user named it on the command line. */
export function loadForCli(paths: readonly string[], root: string, hub?: HubContext): Loaded {
  const loaded = loadManifests(paths, root, hub);
  const unmatched = loaded.unmatched.map((u) => ({ file: u, line: 1, col: 1, message: `no *.train.yaml or *.train.yml manifests match "${u}"` }));
  return { ...loaded, problems: sortProblems([...loaded.problems, ...unmatched]) };
}

/**
 * Loads the manifests and hands them to `then`: synchronously when every model is in the catalog (or offline),
 * after fetching the Hub config.json files the manifests name otherwise.
 */
export function loadForCliThen<T>(paths: readonly string[], root: string, offline: boolean, then: (loaded: Loaded) => T): T | Promise<T> {
  const hub: HubContext = { configs: new Map(), wanted: new Set(), offline };
  const first = loadForCli(paths, root, hub);
  if (offline || !hub.wanted.size) return then(first);
  return loadWithHub((h) => loadForCli(paths, root, h), offline).then(then);
}
