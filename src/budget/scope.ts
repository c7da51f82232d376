import type { JobEstimate, Violation } from '../estimate/types.js';
import type { Comparison } from './compare.js';
import type { Report } from './verdict.js';

/**
 * `gate: changed` (the default): on a pull request, a job's own violations fail the check only when the pull
 * request adds or changes the job; an unchanged job's violations are already on the base branch and are shown,
 * not enforced. `gate: all`, and every run without a comparison (push, workflow_dispatch, the CLI without
 * --base), enforces every job. Limits on all jobs together (total, increase) always apply.
 */
export type GateMode = 'changed' | 'all';
export const GATE_MODES: readonly GateMode[] = ['changed', 'all'];

export interface Scope {
  /** Whether this job's violations decide the check. */
  gated: (j: JobEstimate) => boolean;
  /** Violations that fail the check: gated jobs' and all-jobs limits, in report order. */
  failing: { job: JobEstimate | null; violation: Violation }[];
  /** Violations of jobs the pull request leaves alone: reported as already present on the base branch. */
  present: { job: JobEstimate; violation: Violation }[];
}

export function gateScope(report: Report, comparison: Comparison | null | undefined, mode: GateMode = 'changed'): Scope {
  let gated: (j: JobEstimate) => boolean = () => true;
  if (comparison && mode === 'changed') {
    const key = (j: { file: string; name: string }) => `${j.file}\u0000${j.name}`;
    const touched = new Set(comparison.jobs.filter((c) => c.status === 'added' || c.status === 'changed').map(key));
    gated = (j) => touched.has(key(j));
  }
  const failing: Scope['failing'] = [];
  const present: Scope['present'] = [];
  for (const j of report.jobs) {
    for (const v of j.violations) (gated(j) ? failing : present).push({ job: j, violation: v });
  }
  for (const v of report.violations) failing.push({ job: null, violation: v });
  return { gated, failing, present };
}
