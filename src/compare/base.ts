import { posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { JobEstimate } from '../estimate/types.js';
import { estimateJob } from '../estimate/estimate.js';
import { isManifestName } from '../manifest/files.js';
import { parseManifest, type ReadResult } from '../manifest/load.js';
import type { Job } from '../manifest/types.js';
import type { HubConfig } from '../hub/types.js';

/** A changed file as GitHub lists a pull request's files (and `estimate --base` lists `git diff`). */
export interface ChangedFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

/** A file's text at the base commit, by repository path; null when it does not exist there; throws when unreadable. */
export type BaseReader = (repoPath: string) => Promise<string | null>;

export interface BaseResult {
  /** Estimates of the base versions, keyed by the head file name (renames map to their new name). */
  estimates: JobEstimate[];
  /** Root-relative manifest files whose jobs the change touches: the manifest or a file it names changed. */
  touched: Set<string>;
  /** Head files whose base version could not be read: compared as unchanged, and said in the report. */
  unreadable: Set<string>;
  notes: string[];
}

/**
 * Hugging Face Hub model ids at the base: the config.json files the head fetched (the same id needs no second
 * fetch), and how to fetch one the base names and the head does not (unless offline). Without it, a base whose
 * model is a Hub id outside the catalog cannot be read and is compared as new.
 */
export interface BaseHub {
  offline: boolean;
  configs: ReadonlyMap<string, HubConfig>;
  fetch: (ids: string[]) => Promise<ReadonlyMap<string, HubConfig>>;
}

/** Rounds of "parse, read the files it asked for" at the base commit: manifest -> trainer config -> DeepSpeed file. */
const MAX_IMPORT_ROUNDS = 4;
/** Files read at the base commit for one manifest, at most (a DeepSpeed path is looked for in each folder above its config). */
const MAX_BASE_FILES = 32;

/** `model.config` paths a manifest names (one job or `jobs:`), read without validating anything else. */
function configPaths(text: string): string[] {
  try {
    const doc = parseYaml(text, { maxAliasCount: 100 }) as unknown;
    const jobs = (doc as { jobs?: unknown })?.jobs;
    const list = Array.isArray(jobs) ? jobs : [doc];
    return list.map((j) => (j as { model?: { config?: unknown } })?.model?.config).filter((c): c is string => typeof c === 'string');
  } catch {
    return [];
  }
}

/** The files each head manifest's jobs read besides the manifest (config.json), root-relative. */
export function namedFiles(jobs: readonly Job[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (file: string, p: string) => {
    if (!out.has(file)) out.set(file, new Set());
    out.get(file)!.add(p);
  };
  for (const j of jobs) {
    // An imported trainer config and the DeepSpeed/accelerate files it uses: changing lora_r there changes the job.
    for (const f of j.imported?.files ?? []) add(j.file, f);
    if (j.model.kind !== 'architecture' || !j.model.config_path || j.model.config_path.startsWith('hf:')) continue;
    add(j.file, j.model.config_path);
  }
  return out;
}

/**
 * Reads each manifest the change touches as it is at the base commit, with the config.json files it names, and
 * estimates it. A manifest counts as touched when it, or a file it names, changed. A manifest new in the change
 * has no base version; one that cannot be read is reported and compared as unchanged.
 */
export async function estimateBase(read: BaseReader, prefix: string, headFiles: readonly string[], changed: readonly ChangedFile[], named: ReadonlyMap<string, ReadonlySet<string>> = new Map(), prepare: (jobs: Job[]) => Job[] = (j) => j, hub?: BaseHub): Promise<BaseResult> {
  const toRoot = (repoPath: string): string | null => (prefix === '' ? repoPath : repoPath.startsWith(prefix + '/') ? repoPath.slice(prefix.length + 1) : null);
  const toRepo = (rootPath: string) => (prefix === '' ? rootPath : `${prefix}/${rootPath}`);
  const head = new Set(headFiles);
  const touched = new Set<string>();
  const unreadable = new Set<string>();
  const notes: string[] = [];
  const estimates: JobEstimate[] = [];
  const hubConfigs = new Map(hub?.configs ?? []);

  const wanted = new Map<string, string>(); // head name -> base path
  for (const f of changed) {
    if (!isManifestName(f.filename) && !(f.previous_filename && isManifestName(f.previous_filename))) continue;
    const now = toRoot(f.filename);
    if (f.status === 'removed') {
      if (now !== null) wanted.set(now, now);
      continue;
    }
    if (now === null || !head.has(now)) continue;
    touched.add(now);
    if (f.status === 'added') continue;
    const before = f.status === 'renamed' && f.previous_filename ? toRoot(f.previous_filename) : now;
    if (before !== null) wanted.set(now, before);
  }
  // A manifest left alone whose config.json changed: its jobs changed too, so read its base version.
  const changedPaths = new Set(changed.flatMap((f) => [f.filename, f.previous_filename ?? '']).map(toRoot).filter((p): p is string => p !== null));
  for (const [file, files] of named) {
    if (touched.has(file) || !head.has(file) || ![...files].some((p) => changedPaths.has(p))) continue;
    touched.add(file);
    wanted.set(file, file);
  }

  for (const [headName, basePath] of wanted) {
    let text: string | null;
    try {
      text = await read(toRepo(basePath));
    } catch (e) {
      notes.push(`could not read the base version of ${basePath} (${errorText(e)}): compared as unchanged`);
      unreadable.add(headName);
      continue;
    }
    if (text === null) continue; // no base version: the job is new
    const configs = new Map<string, ReadResult>();
    const fetchBase = async (rel: string) => {
      if (configs.has(rel) || rel === '..' || rel.startsWith('../') || posix.isAbsolute(rel)) return;
      try {
        const t = await read(toRepo(rel));
        configs.set(rel, t === null ? { ok: false, error: 'no such file at the base commit' } : { ok: true, text: t });
      } catch (e) {
        configs.set(rel, { ok: false, error: `unreadable at the base commit (${errorText(e)})` });
      }
    };
    for (const c of configPaths(text)) await fetchBase(posix.normalize(posix.join(posix.dirname(basePath), c)));
    // Imported trainer configs name further files (DeepSpeed JSON, accelerate YAML), and models may be Hub ids:
    // parse, read what the parse asked for at the base commit (and fetch the config.json files it wanted), and
    // parse again, a few rounds at most.
    let parsed = parseManifest(text, { file: headName, repoPath: basePath, readRepoFile: (p) => configs.get(p) ?? { ok: false, error: 'no such file at the base commit' } });
    for (let round = 0; round < MAX_IMPORT_ROUNDS; round++) {
      const asked: string[] = [];
      const wanted = new Set<string>();
      parsed = parseManifest(text, {
        file: headName,
        repoPath: basePath,
        readRepoFile: (p) => configs.get(p) ?? (asked.push(p), { ok: false, error: 'no such file at the base commit' }),
        ...(hub ? { hub: { configs: hubConfigs, wanted, offline: hub.offline } } : {}),
      });
      if ((!asked.length && !wanted.size) || configs.size + asked.length > MAX_BASE_FILES) break;
      for (const p of asked) await fetchBase(p);
      if (hub && wanted.size) for (const [id, c] of await hub.fetch([...wanted])) hubConfigs.set(id, c);
    }
    if (parsed.problems.length) {
      const p = parsed.problems[0]!;
      notes.push(`the base version of ${basePath} is not a valid manifest (${p.line}:${p.col}: ${p.message}): compared as new`);
      continue;
    }
    // The base versions are priced like the head (the settings' price rules, clusters and today), so the change is the manifests'.
    estimates.push(...prepare(parsed.jobs).map(estimateJob));
  }
  return { estimates, touched, unreadable, notes };
}

/** An HTTP status when the error has one, else its message. */
function errorText(e: unknown): string {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? String(s) : e instanceof Error ? e.message : String(e);
}
