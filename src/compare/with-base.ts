import { compareReports, type Comparison } from '../budget/compare.js';
import type { Report } from '../budget/verdict.js';
import type { Job } from '../manifest/types.js';
import { estimateJob } from '../estimate/estimate.js';
import { estimateBase, namedFiles, type BaseHub, type BaseReader, type ChangedFile } from './base.js';

/**
 * The head report against the base: the base versions of what changed, estimated, and for every manifest the
 * change leaves alone (or whose base could not be read) the head estimate itself. The action (GitHub's contents
 * API) and `estimate --base` (git show) differ only in how they read and list files.
 */
export async function compareWithBase(read: BaseReader, changed: readonly ChangedFile[], prefix: string, files: readonly string[], jobs: readonly Job[], report: Report, notes: string[] = [], prepare?: (jobs: Job[]) => Job[], hub?: BaseHub, reprice?: readonly Job[]): Promise<Comparison> {
  const base = await estimateBase(read, prefix, files, changed, namedFiles(jobs), prepare, hub);
  const touched = new Set([...base.touched].filter((f) => !base.unreadable.has(f)));
  if (reprice) {
    // The price data behind every job changed (train-budget.yml's prices or clusters): the manifests the change
    // leaves alone are priced again as on the base (`prepare` holds the base settings); compareReports then
    // counts a job as changed exactly when its estimate moved.
    const left = reprice.filter((j) => !base.touched.has(j.file));
    base.estimates.push(...(prepare ?? ((js: Job[]) => js))([...left]).map((j) => estimateJob(j)));
    for (const j of left) touched.add(j.file);
  }
  const unchangedHead = report.jobs.filter((j) => !touched.has(j.file));
  return compareReports([...base.estimates, ...unchangedHead], report, touched, [...notes, ...base.notes]);
}
