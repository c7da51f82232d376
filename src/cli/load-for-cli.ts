import { loadManifests, type Loaded } from '../manifest/load-all.js';
import { parseManifest } from '../manifest/load.js';
import { formatProblem, sortProblems } from '../manifest/problems.js';
import { hubOptionsFromEnv, offlineFromEnv, type HubOptions } from '../hub/fetch.js';
import { loadWithHub } from '../hub/load.js';
import type { HubConfig, HubContext } from '../hub/types.js';

/** What the CLI loaded, with the Hub config.json files it fetched (the base comparison reuses them). */
export type CliLoaded = Loaded & { hubConfigs: ReadonlyMap<string, HubConfig>; offline: boolean };

/** loadManifests, where a path that matches nothing is a problem: the user named it on the command line. */
export function loadForCli(paths: readonly string[], root: string, hub?: HubContext): Loaded {
  const loaded = loadManifests(paths, root, hub, parseManifest);
  const unmatched = loaded.unmatched.map((u) => ({ file: u, line: 1, col: 1, message: `no *.train.yaml or *.train.yml manifests match "${u}"` }));
  return { ...loaded, problems: sortProblems([...loaded.problems, ...unmatched]) };
}

/** --offline, or HF_HUB_OFFLINE=1 as huggingface_hub reads it: no config.json is fetched. */
export function cliOffline(flag: unknown, env: NodeJS.ProcessEnv = process.env): boolean {
  return flag === true || offlineFromEnv(env);
}

/**
 * Loads the manifests and hands them to `then`: synchronously when every model is in the catalog (or offline),
 * after fetching the Hub config.json files the manifests name otherwise (HF_ENDPOINT, HF_TOKEN, the user's
 * cache folder). Each fetched model is said on stderr through `note`, so a run that used the network says so.
 */
export function loadForCliThen<T>(paths: readonly string[], root: string, offline: boolean, note: (text: string) => void, then: (loaded: CliLoaded) => T, opts: HubOptions = hubOptionsFromEnv()): T | Promise<Awaited<T>> {
  const hub: HubContext = { configs: new Map(), wanted: new Set(), offline };
  const first = loadForCli(paths, root, hub);
  if (offline || !hub.wanted.size) return then(warned({ ...first, hubConfigs: new Map(), offline }, note));
  return loadWithHub((h) => loadForCli(paths, root, h), offline, opts).then(async (loaded): Promise<Awaited<T>> => {
    for (const [id, c] of loaded.hubConfigs) if (c.ok) note(`note: model ${id}: ${c.source}\n`);
    return await then(warned({ ...loaded, offline }, note));
  });
}

/** Each job's warnings (imported keys not read, approximations, tokens that look like examples) on stderr, once. */
function warned(loaded: CliLoaded, note: (text: string) => void): CliLoaded {
  const lines = new Set(loaded.jobs.flatMap((j) => (j.warnings ?? []).map((w) => `warning: ${formatProblem(w)}\n`)));
  for (const l of lines) note(l);
  return loaded;
}
