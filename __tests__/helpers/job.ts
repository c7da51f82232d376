import { parse } from './manifest.js';
import type { Job } from '../../src/manifest/types.js';
import { withPlanBatch } from '../../src/plan/batch.js';

/** A validated job from manifest text (so tests exercise the same defaults users get). */
export function job(yaml: string): Job {
  const r = parse(yaml);
  if (r.problems.length) throw new Error(r.problems.map((p) => `${p.line}:${p.col}: ${p.message}`).join('\n'));
  return r.jobs[0]!;
}

/** The job as the planner scores it: its global batch held fixed (src/plan/batch.ts). */
export const planningJob = (yaml: string): Job => withPlanBatch(job(yaml));
