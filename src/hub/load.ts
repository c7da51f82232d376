import type { Loaded } from '../manifest/load-all.js';
import type { BaseHub } from '../compare/base.js';
import type { HubOptions } from './fetch.js';
import type { HubConfig, HubContext } from './types.js';

/**
 * Validation with Hub model ids: a first pass finds the ids the catalog does not know; they are fetched (here,
 * in the shell) and the manifests validated again with the configs as plain data. Offline, the first pass is
 * the answer: its errors say that fetching was forbidden.
 */
export async function loadWithHub(load: (hub: HubContext) => Loaded | Promise<Loaded>, offline: boolean, opts?: HubOptions, fetchImpl?: typeof fetch): Promise<Loaded & { hubConfigs: Map<string, HubConfig> }> {
  const first: HubContext = { configs: new Map(), wanted: new Set(), offline };
  const loaded = await load(first);
  if (offline || !first.wanted.size) return { ...loaded, hubConfigs: new Map() };
  // The environment's options (cache folder, endpoint, token) are read only when there is something to fetch, and
  // the fetching code is loaded only then: the action's bundle keeps it in a chunk of its own (an import()).
  const { fetchAll, hubOptionsFromEnv } = await import('./fetch.js');
  const configs = await fetchAll(first.wanted, opts ?? hubOptionsFromEnv(), fetchImpl);
  return { ...(await load({ configs, wanted: new Set(), offline })), hubConfigs: configs };
}

/**
 * Hub ids at the base commit: the head's fetched configs reused, others fetched with the same options (without
 * `opts`, the environment's, read at the first fetch). The fetching code is loaded then too.
 */
export function baseHub(offline: boolean, configs: ReadonlyMap<string, HubConfig>, opts?: HubOptions, fetchImpl?: typeof fetch): BaseHub {
  let options = opts;
  return {
    offline,
    configs,
    fetch: async (ids) => {
      const { fetchAll, hubOptionsFromEnv } = await import('./fetch.js');
      options ??= hubOptionsFromEnv();
      return fetchAll(ids, options, fetchImpl);
    },
  };
}

/** Whether the first (synchronous) pass is already the answer: nothing to fetch. */
export function needsFetch(hub: HubContext): boolean {
  return !hub.offline && hub.wanted.size > 0;
}
