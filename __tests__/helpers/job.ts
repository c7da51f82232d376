import { parse } from './manifest.js';
import type { Job } from '../../src/manifest/types.js';

/** A validated job from manifest text (so tests exercise the same defaults users get). */
export function job(yaml: string): Job {
  const r = parse(yaml);
  if (r.problems.length) throw new Error(r.problems.map((p) => `${p.line}:${p.col}: ${p.message}`).join('\n'));
  return r.jobs[0]!;
}
