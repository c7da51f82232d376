import { buildReport } from '../budget/verdict.js';
import { estimateJob } from '../estimate/estimate.js';
import type { Job } from '../manifest/types.js';
import type { CliLoaded } from './load-for-cli.js';
import { compareWithRef, type HeadPricing } from './git-base.js';

/**
 * `plan --base REF`: the jobs the change since REF adds or changes, as the pull-request comment tells them
 * apart (a job changes when its manifest, a file it names, or its estimate does), and a line saying what was
 * left out. The others are the base branch's business; they are not planned again.
 */
export async function jobsChangedSince(ref: string, root: string, loaded: CliLoaded, jobs: readonly Job[], pricing: HeadPricing): Promise<{ jobs: Job[]; note: string }> {
  const report = buildReport(jobs.map((j) => estimateJob(j)), {});
  const comparison = await compareWithRef(ref, root, loaded, report, pricing);
  const key = (j: { file: string; name: string }) => `${j.file}\u0000${j.name}`;
  const touched = new Set(comparison.jobs.filter((c) => c.status === 'added' || c.status === 'changed').map(key));
  const count = (s: string) => comparison.jobs.filter((c) => c.status === s).length;
  const kept = jobs.filter((j) => touched.has(key(j)));
  const note = `against ${ref}: planning ${kept.length} job${kept.length === 1 ? '' : 's'} added or changed (${count('added')} added, ${count('changed')} changed); ${count('unchanged')} unchanged and ${count('removed')} removed left out`;
  return { jobs: kept, note: [note, ...comparison.notes.map((n) => `note: ${n}`)].join('\n') };
}
