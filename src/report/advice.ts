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

/** The advice that fixes a violation, as " (fix: ...)", or ''. */
export function violationFix(j: JobEstimate, v: Violation): string {
  const a = j.advice ?? [];
  const fix = v.limit === 'gpu_memory_bytes' ? a.find((x) => x.kind === 'fit') : a.find((x) => x.kind !== 'fit' && (v.limit === 'max_cost_usd' ? x.cost_usd <= v.max : v.limit === 'max_hours' ? x.wall_clock_hours <= v.max : v.limit === 'max_gpus' ? Number(x.change['hardware.count'] ?? Infinity) <= v.max : false));
  return fix ? ` (fix: ${fix.summary})` : '';
}
