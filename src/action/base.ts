import { posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { JobEstimate } from '../estimate/types.js';
import { estimateJob } from '../estimate/estimate.js';
import { isManifestName } from '../manifest/files.js';
import { parseManifest, type ReadResult } from '../manifest/load.js';
import type { GitHubClient, PullFile } from '../github/client.js';
import { statusOf } from '../github/status.js';

export interface BaseResult {
  /** Estimates of the base versions, keyed by the head file name (renames map to their new name). */
  estimates: JobEstimate[];
  /** Root-relative manifest files the pull request adds, changes or renames. */
  touched: Set<string>;
  /** Head files whose base version could not be read: compared as unchanged, and said in the report. */
  unreadable: Set<string>;
  notes: string[];
}

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

/**
 * Reads each manifest the pull request touches as it is at the base commit (through the contents API, so a
 * shallow checkout is enough), with the config.json files it names, and estimates it. A manifest new in the pull
 * request has no base version; one that cannot be read is reported and compared as unchanged.
 */
export async function estimateBase(client: GitHubClient, baseSha: string, prefix: string, headFiles: readonly string[], pullFiles: readonly PullFile[]): Promise<BaseResult> {
  const toRoot = (repoPath: string): string | null => (prefix === '' ? repoPath : repoPath.startsWith(prefix + '/') ? repoPath.slice(prefix.length + 1) : null);
  const toRepo = (rootPath: string) => (prefix === '' ? rootPath : `${prefix}/${rootPath}`);
  const head = new Set(headFiles);
  const touched = new Set<string>();
  const unreadable = new Set<string>();
  const notes: string[] = [];
  const estimates: JobEstimate[] = [];

  const wanted: { headName: string; basePath: string }[] = [];
  for (const f of pullFiles) {
    if (!isManifestName(f.filename) && !(f.previous_filename && isManifestName(f.previous_filename))) continue;
    const now = toRoot(f.filename);
    if (f.status === 'removed') {
      if (now !== null) wanted.push({ headName: now, basePath: now });
      continue;
    }
    if (now === null || !head.has(now)) continue;
    touched.add(now);
    if (f.status === 'added') continue;
    const before = f.status === 'renamed' && f.previous_filename ? toRoot(f.previous_filename) : now;
    if (before !== null) wanted.push({ headName: now, basePath: before });
  }

  for (const w of wanted) {
    let text: string | null;
    try {
      text = await client.fileAt(toRepo(w.basePath), baseSha);
    } catch (e) {
      notes.push(`could not read the base version of ${w.basePath} (${statusOf(e) ?? (e as Error).message}): compared as unchanged`);
      unreadable.add(w.headName);
      continue;
    }
    if (text === null) continue; // no base version: the job is new
    const configs = new Map<string, ReadResult>();
    for (const c of configPaths(text)) {
      const rel = posix.normalize(posix.join(posix.dirname(w.basePath), c));
      if (rel.startsWith('..') || posix.isAbsolute(rel)) continue;
      try {
        const t = await client.fileAt(toRepo(rel), baseSha);
        configs.set(rel, t === null ? { ok: false, error: 'no such file at the base commit' } : { ok: true, text: t });
      } catch (e) {
        configs.set(rel, { ok: false, error: `unreadable at the base commit (${statusOf(e) ?? (e as Error).message})` });
      }
    }
    const parsed = parseManifest(text, {
      file: w.headName,
      repoPath: w.basePath,
      readRepoFile: (p) => configs.get(p) ?? { ok: false, error: 'no such file at the base commit' },
    });
    if (parsed.problems.length) {
      const p = parsed.problems[0]!;
      notes.push(`the base version of ${w.basePath} is not a valid manifest (${p.line}:${p.col}: ${p.message}): compared as new`);
      continue;
    }
    estimates.push(...parsed.jobs.map(estimateJob));
  }
  return { estimates, touched, unreadable, notes };
}
