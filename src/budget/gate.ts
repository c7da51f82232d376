import type { JobEstimate, Violation } from '../estimate/types.js';
import type { Job, Position } from '../manifest/types.js';
import { limitValue, LIMIT_LABEL } from '../report/format.js';
import { flagName } from './limits.js';
import type { Scope } from './scope.js';
import type { Report } from './verdict.js';

/** A line for the checks page: an annotation on a manifest line, or on the run when no line causes it. */
export interface Annotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
  file?: string;
  line?: number;
  col?: number;
}

/** The manifest key a violation is annotated on: what a reviewer would change to fix it. */
const ANCHOR: Record<string, readonly string[]> = {
  gpu_memory_bytes: ['hardware.gpu', 'hardware'],
  max_gpus: ['hardware', 'hardware.count'],
  max_cost_usd: ['data.tokens', 'data'],
  max_gpu_hours: ['data.tokens', 'data'],
  max_hours: ['data.tokens', 'data'],
  max_co2_kg: ['data.tokens', 'data'],
};

function describe(v: Violation): string {
  if (v.limit === 'gpu_memory_bytes') return `needs ${limitValue(v.limit, v.actual)} per GPU, more than the ${limitValue(v.limit, v.max)} the GPU has`;
  return `${LIMIT_LABEL[v.limit] ?? v.limit} ${limitValue(v.limit, v.actual)} is over ${flagName(v.limit)} ${limitValue(v.limit, v.max)}`;
}

export interface Gate {
  annotations: Annotation[];
  /** The step's failure message, or null when it passes. */
  failure: string | null;
}

/**
 * Turns violations into annotations on the manifest lines that cause them and a verdict. With
 * fail-on-violation false they are warnings and the step passes. With a scope (gate: changed on a pull request),
 * the violations of jobs the pull request leaves alone are warnings that say so.
 */
export function gate(report: Report, jobs: readonly Job[], failOnViolation: boolean, pathOf: (file: string) => string, scope?: Scope): Gate {
  const level = failOnViolation ? 'error' : 'warning';
  const annotations: Annotation[] = [];
  const lines: string[] = [];
  report.jobs.forEach((e: JobEstimate, i) => {
    const job = jobs[i]!;
    for (const v of e.violations) {
      const key = (ANCHOR[v.limit] ?? []).find((k) => job.positions[k]);
      const pos: Position | undefined = key ? job.positions[key] : undefined;
      if (scope && !scope.gated(e)) {
        // gate: changed, and the pull request leaves this job alone: shown, not enforced.
        annotations.push({ level: 'warning', title: `Train Budget: ${LIMIT_LABEL[v.limit] ?? v.limit} (already on the base branch)`, message: `${e.name}: ${describe(v)}; the pull request does not change this job`, file: pathOf(e.file), ...(pos ? { line: pos.line, col: pos.col } : {}) });
        continue;
      }
      const message = `${e.name}: ${describe(v)}${v.project ? ` (limit of project ${v.project})` : ''}`;
      annotations.push({ level, title: `Train Budget: ${LIMIT_LABEL[v.limit] ?? v.limit}`, message, file: pathOf(e.file), ...(pos ? { line: pos.line, col: pos.col } : {}) });
      lines.push(`${pathOf(e.file)}${pos ? `:${pos.line}` : ''}: ${message}`);
    }
  });
  for (const v of report.violations) {
    const message = `${v.project ? `all jobs of project ${v.project}` : 'all jobs'}: ${describe(v)}`;
    annotations.push({ level, title: `Train Budget: ${LIMIT_LABEL[v.limit] ?? v.limit}`, message });
    lines.push(message);
  }
  const failure = failOnViolation && lines.length ? `Train Budget: ${lines.length} violation${lines.length === 1 ? '' : 's'}\n${lines.join('\n')}` : null;
  return { annotations, failure };
}
