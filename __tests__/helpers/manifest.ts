import { parseManifest, type LoadResult, type ParseOptions, type ReadResult } from '../../src/manifest/load.js';
import { NeedsFullCheck, parseManifestFast } from '../../src/manifest/fast-check.js';
import { sameAsYaml } from './simple-yaml.js';

/**
 * Parses manifest text as if it stood at `repoPath`, with the given repository files readable. Every manifest a
 * test parses this way is also given to the action's fast check, which must give up or give the same result,
 * and to simple-yaml.ts, which must read it as the yaml package does or decline it.
 */
export function parse(text: string, files: Record<string, string> = {}, repoPath = 'jobs/job.train.yaml'): LoadResult {
  const opts: ParseOptions = {
    file: repoPath,
    repoPath,
    readRepoFile: (p): ReadResult => (p in files ? { ok: true, text: files[p]! } : { ok: false, error: 'no such file in the repository' }),
  };
  const result = parseManifest(text, opts);
  sameAsYaml(text);
  try {
    expect(parseManifestFast(text, opts)).toStrictEqual(result);
  } catch (e) {
    if (!(e instanceof NeedsFullCheck)) throw e;
  }
  return result;
}

/** `line:col: message` of each problem, for compact assertions. */
export function problemsOf(r: LoadResult): string[] {
  return r.problems.map((p) => `${p.line}:${p.col}: ${p.message}`);
}

export const MINIMAL = `name: j
model: llama-3.1-8b
method: full
data:
  tokens: 1B
hardware:
  gpu: h100-80gb
`;
