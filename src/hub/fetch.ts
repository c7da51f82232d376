import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { closest } from '../manifest/suggest.js';
import { MODEL_IDS } from '../catalog/models.js';
import type { HubConfig } from './types.js';

export interface HubOptions {
  /** ${HF_ENDPOINT:-https://huggingface.co} */
  endpoint: string;
  token?: string;
  timeoutMs: number;
  /** Further attempts after a network failure, a 429 or a 5xx. */
  retries: number;
  /** Folder for cached config.json files, or null for none. */
  cacheDir: string | null;
}

/** config.json files are a few kilobytes; anything larger is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** huggingface_hub's default download timeout, 10 s (HF_HUB_DOWNLOAD_TIMEOUT, docs: package_reference/environment_variables). */
const DEFAULT_TIMEOUT_S = 10;

/** huggingface_hub's reading of a boolean variable such as HF_HUB_OFFLINE: 1, ON, YES or TRUE, any case. */
const isTrue = (v: string | undefined) => v !== undefined && ['1', 'ON', 'YES', 'TRUE'].includes(v.trim().toUpperCase());

/** HF_HUB_OFFLINE=1 forbids fetching, as it does for huggingface_hub and transformers. */
export function offlineFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return isTrue(env.HF_HUB_OFFLINE);
}

/**
 * The options from the environment, named as huggingface_hub names them: HF_ENDPOINT, HF_TOKEN,
 * HF_HUB_DOWNLOAD_TIMEOUT (seconds per attempt); the cache is the runner's tool cache in the action, else
 * $XDG_CACHE_HOME or ~/.cache (%LOCALAPPDATA% on Windows), under train-budget/hf-configs.
 */
export function hubOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): HubOptions {
  const base = env.RUNNER_TOOL_CACHE || env.XDG_CACHE_HOME || (env.LOCALAPPDATA ?? join(homedir(), '.cache'));
  const timeout = Number(env.HF_HUB_DOWNLOAD_TIMEOUT);
  return {
    endpoint: (env.HF_ENDPOINT || 'https://huggingface.co').replace(/\/+$/, ''),
    ...(env.HF_TOKEN ? { token: env.HF_TOKEN } : {}),
    timeoutMs: 1000 * (env.HF_HUB_DOWNLOAD_TIMEOUT && Number.isFinite(timeout) && timeout > 0 ? Math.min(timeout, 600) : DEFAULT_TIMEOUT_S),
    retries: 2,
    cacheDir: join(base, 'train-budget', 'hf-configs'),
  };
}

function split(id: string): { repo: string; revision: string } {
  const at = id.indexOf('@');
  return at < 0 ? { repo: id, revision: 'main' } : { repo: id.slice(0, at), revision: id.slice(at + 1) };
}

function cachePath(dir: string, repo: string, revision: string): string {
  const safe = (s: string) => s.replace(/[^\w.-]/g, '_');
  return join(dir, ...repo.split('/').map(safe), safe(revision), 'config.json');
}

/**
 * Fetches {endpoint}/{repo}/resolve/{revision}/config.json with HF_TOKEN when set, a timeout per attempt and
 * retries for network failures, 429 and 5xx; a cached copy answers without the network. The errors say what to
 * do: a gated model needs an HF_TOKEN and the licence accepted, a missing one a catalog id, a network failure a
 * local config.json.
 */
export async function fetchHubConfig(id: string, opts: HubOptions, fetchImpl: typeof fetch = fetch): Promise<HubConfig> {
  const { repo, revision } = split(id);
  const cached = opts.cacheDir ? cachePath(opts.cacheDir, repo, revision) : null;
  if (cached) {
    try {
      return { ok: true, config: JSON.parse(readFileSync(cached, 'utf8')), source: `${repo}@${revision} config.json (cached)` };
    } catch {
      /* not cached (or unreadable): fetch it */
    }
  }
  const url = `${opts.endpoint}/${repo}/resolve/${encodeURIComponent(revision)}/config.json`;
  let last = '';
  for (let attempt = 0; attempt <= opts.retries; attempt++) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), opts.timeoutMs);
    try {
      const res = await fetchImpl(url, { headers: { accept: 'application/json', ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}) }, signal: abort.signal, redirect: 'follow' });
      const body = await res.text();
      if (res.ok) {
        if (body.length > MAX_CONFIG_BYTES) return { ok: false, error: `${url} is larger than 1 MiB: not a config.json` };
        let config: unknown;
        try {
          config = JSON.parse(body);
        } catch {
          return { ok: false, error: `${url} is not JSON` };
        }
        if (cached) {
          try {
            mkdirSync(join(cached, '..'), { recursive: true });
            writeFileSync(`${cached}.tmp`, body);
            renameSync(`${cached}.tmp`, cached);
          } catch {
            /* a cache that cannot be written only costs a fetch next time */
          }
        }
        return { ok: true, config, source: `${repo}@${revision} config.json from ${opts.endpoint}` };
      }
      const hubMessage = res.headers.get('x-error-message');
      const said = hubMessage ? `: "${hubMessage}"` : '';
      if (res.status === 401 || res.status === 403) {
        return { ok: false, error: `model "${repo}" is gated or private on the Hub (HTTP ${res.status}${said}): accept its licence on its Hub page and set HF_TOKEN (in the action: an HF_TOKEN secret passed as env), or pin a local config.json with model: { config: path/to/config.json }` };
      }
      if (res.status === 404) {
        const near = closest(repo.split('/')[1] ?? repo, MODEL_IDS, 3);
        return { ok: false, error: `model "${repo}"${revision !== 'main' ? ` at revision ${revision}` : ''} has no config.json on the Hub (HTTP 404${said})${near.length ? `; catalog ids that resolve offline: ${near.join(', ')}` : ''}` };
      }
      last = `HTTP ${res.status}`;
      if (res.status !== 429 && res.status < 500) break;
    } catch (e) {
      last = abort.signal.aborted ? `no answer within ${opts.timeoutMs / 1000} s` : (e as Error).message;
    } finally {
      clearTimeout(timer);
    }
  }
  return { ok: false, error: `could not fetch ${url} (${last}; ${opts.retries + 1} attempt${opts.retries ? 's' : ''}): check the network or HF_ENDPOINT, or pin a local config.json with model: { config: path/to/config.json }` };
}

/** Fetches every wanted id, one at a time (a handful per repository), in a stable order. */
export async function fetchAll(ids: Iterable<string>, opts: HubOptions, fetchImpl?: typeof fetch): Promise<Map<string, HubConfig>> {
  const out = new Map<string, HubConfig>();
  for (const id of [...new Set(ids)].sort()) out.set(id, await fetchHubConfig(id, opts, fetchImpl));
  return out;
}
