import type { Report } from '../budget/verdict.js';
import type { JobEstimate } from '../estimate/types.js';
import { STALE_AFTER_DAYS } from '../estimate/price-book.js';

export interface ProjectGroup {
  /** The project's name; null for jobs no project matches. */
  project: string | null;
  jobs: JobEstimate[];
}

/**
 * Jobs grouped by their train-budget.yml project, in order of first appearance, jobs without a project last.
 * One group (no projects, or all jobs in one) means the report needs no grouping.
 */
export function groupByProject(jobs: readonly JobEstimate[]): ProjectGroup[] {
  const groups = new Map<string | null, JobEstimate[]>();
  for (const j of jobs) {
    const k = j.project ?? null;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(j);
  }
  const out = [...groups.entries()].map(([project, js]) => ({ project, jobs: js }));
  return [...out.filter((g) => g.project !== null), ...out.filter((g) => g.project === null)];
}

/** The headline-area line about old catalog prices, or null when every price is recent (or age was not judged). */
export function priceAgeLine(report: Report): string | null {
  const stale = report.jobs.filter((j) => j.price.stale);
  if (!stale.length) return null;
  const oldest = stale.map((j) => j.price.as_of).sort()[0]!;
  return `⚠️ ${stale.length} of ${report.jobs.length} job${report.jobs.length === 1 ? '' : 's'} priced with catalog prices older than ${STALE_AFTER_DAYS} days (the oldest observed ${oldest}): costs may be out of date; set the team's rates in train-budget.yml (prices).`;
}

/** "rented" or "owned": the basis of a cost, for the table. */
export const basisOf = (j: JobEstimate): string => (j.price.cluster ? `owned (${j.price.cluster})` : j.price.basis ?? 'rented');
