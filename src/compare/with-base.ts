import { compareReports, type Comparison } from '../budget/compare.js';
import type { Report } from '../budget/verdict.js';
import type { Job } from '../manifest/types.js';
import { estimateBase, namedFiles, type BaseHub, type BaseReader, type ChangedFile } from './base.js';

/**
 * The head report against the base: the base versions of what changed, estimated, and for every manifest the
 * change leaves alone (or whose base could not be read) the head estimate itself. The action (GitHub's contents
 * API) and `estimate --base` (git show) differ only in how they read and list files.
 */
export async function compareWithBase(read: BaseReader, changed: readonly ChangedFile[], prefix: string, files: readonly string[], jobs: readonly Job[], report: Report, notes: string[] = [], prepare?: (jobs: Job[]) => Job[], hub?: BaseHub): Promise<Comparison> {
  const base = await estimateBase(read, prefix, files, changed, namedFiles(jobs), prepare, hub);
  const touched = new Set([...base.touched].filter((f) => !base.unreadable.has(f)));
  const unchangedHead = report.jobs.filter((j) => !touched.has(j.file));
  return compareReports([...base.estimates, ...unchangedHead], report, touched, [...notes, ...base.notes]);
}
