import type { Advice, JobEstimate, Violation } from '../estimate/types.js';
import { escapeMarkdown as esc } from './escape.js';

const KIND: Record<Advice['kind'], string> = { fit: 'to fit', layout: 'cheaper layout', gpu: 'cheaper GPU' };

/** The text report's advice lines of one job. */
export function adviceText(j: JobEstimate): string[] {
  return (j.advice ?? []).map((a, i) => `  ${(i === 0 ? 'advice' : '').padEnd(12)} ${KIND[a.kind]}: ${a.summary}`);
}

/** One Markdown line for a job with advice (the pull-request comment), or null without advice. */
export function adviceMarkdownLine(j: JobEstimate): string | null {
  const a = j.advice ?? [];
  if (!a.length) return null;
  const shown = a[0]!.kind === 'fit' ? a.slice(0, 1) : a;
  return `- **${esc(j.name)}**: ${shown.map((x) => `${KIND[x.kind]}: ${esc(x.summary)}`).join('; ')}`;
}

/** The advice that fixes a violation: a fit advice for memory, else one that brings the figure under the limit. */
function fixFor(j: JobEstimate, v: Violation): Advice | undefined {
  const a = j.advice ?? [];
  if (v.limit === 'gpu_memory_bytes') return a.find((x) => x.kind === 'fit');
  return a.find((x) => x.kind !== 'fit' && (v.limit === 'max_cost_usd' ? x.cost_usd <= v.max : v.limit === 'max_hours' ? x.wall_clock_hours <= v.max : v.limit === 'max_gpus' ? Number(x.change['hardware.count'] ?? Infinity) <= v.max : false));
}

/** The fix beside a violation in the text report: " (fix: ...)", or ''. */
export function violationFix(j: JobEstimate, v: Violation): string {
  const fix = fixFor(j, v);
  return fix ? ` (fix: ${fix.summary})` : '';
}

/** The fix beside a violation in the comment (Markdown-escaped), or null when no advice fixes it. */
export function adviceFix(j: JobEstimate, v: Violation): string | null {
  const fix = fixFor(j, v);
  return fix ? `fix: ${esc(fix.summary)}` : null;
}
