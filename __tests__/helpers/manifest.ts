import { parseManifest, type LoadResult, type ReadResult } from '../../src/manifest/load.js';

/** Parses manifest text as if it stood at `repoPath`, with the given repository files readable. */
export function parse(text: string, files: Record<string, string> = {}, repoPath = 'jobs/job.train.yaml'): LoadResult {
  return parseManifest(text, {
    file: repoPath,
    repoPath,
    readRepoFile: (p): ReadResult => (p in files ? { ok: true, text: files[p]! } : { ok: false, error: 'no such file in the repository' }),
  });
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
