import type { JobPlan, PlannedSetup } from '../plan/types.js';
import { escapeMarkdown as esc } from './escape.js';
import { bytes, hours, pct, usd } from './format.js';

/** A planned job as the reports show it. */
export interface PlannedJob {
  name: string;
  file: string;
  plan: JobPlan;
}

const r = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
function setupJson(s: PlannedSetup | null) {
  if (!s) return null;
  return { ...s, memory_per_gpu_bytes: r(s.memory_per_gpu_bytes, 0), wall_clock_hours: r(s.wall_clock_hours, 3), gpu_hours: r(s.gpu_hours, 3), cost_usd: r(s.cost_usd, 2), mfu: r(s.mfu, 4) };
}

/** `train-budget plan --format json`: { schema_version, jobs: [{ name, file, plan }] }. */
export function renderPlanJson(jobs: readonly PlannedJob[]): string {
  const out = {
    schema_version: 1,
    jobs: jobs.map((j) => ({
      name: j.name,
      file: j.file,
      plan: {
        ...j.plan,
        minimum: setupJson(j.plan.minimum),
        recommended: setupJson(j.plan.recommended),
        fastest: setupJson(j.plan.fastest),
        frontier: j.plan.frontier.map(setupJson),
      },
    })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

const layout = (s: PlannedSetup) =>
  `ZeRO ${s.parallelism.zero}, TP ${s.parallelism.tensor}, PP ${s.parallelism.pipeline}, DP ${s.parallelism.data}, micro-batch ${s.training.micro_batch_size}, recompute ${s.training.gradient_checkpointing}${s.parallelism.offload !== 'none' ? `, offload ${s.parallelism.offload}` : ''}`;
const figures = (s: PlannedSetup) => `${hours(s.wall_clock_hours)}, ${usd(s.cost_usd)}, ${bytes(s.memory_per_gpu_bytes)}/GPU, MFU ${pct(s.mfu)}`;

function limitsLine(p: JobPlan): string {
  const parts = [`objective ${p.objective}`];
  if (p.deadline_hours !== null) parts.push(`deadline ${hours(p.deadline_hours)}`);
  if (p.max_cost_usd !== null) parts.push(`cost limit ${usd(p.max_cost_usd)}`);
  if (p.max_gpus !== null) parts.push(`at most ${p.max_gpus} GPUs`);
  parts.push(`${p.gpus.length} GPU kind${p.gpus.length === 1 ? '' : 's'}${p.clusters?.length ? ` and ${p.clusters.length} owned cluster${p.clusters.length === 1 ? '' : 's'}` : ''}`, `${p.evaluated} set-ups scored`);
  return parts.join('; ');
}

/** The readable plan. */
export function renderPlanText(jobs: readonly PlannedJob[]): string {
  const out: string[] = [];
  for (const j of jobs) {
    const p = j.plan;
    out.push(`${j.name}  (${j.file})`, `  ${limitsLine(p)}`, ...(p.assumptions ?? []).map((a) => `  assumes: ${a}`));
    const row = (label: string, s: PlannedSetup | null) => out.push(s ? `  ${label.padEnd(12)} ${s.count} x ${s.gpu}${s.cluster ? ` (cluster ${s.cluster})` : ''}: ${figures(s)}; ${layout(s)}` : `  ${label.padEnd(12)} none`);
    row('minimum', p.minimum);
    row('recommended', p.recommended);
    row('fastest', p.fastest);
    if (p.infeasible_reason) out.push(`  NOT POSSIBLE ${p.infeasible_reason}`);
    if (p.frontier.length) {
      out.push('  cost against wall-clock:');
      for (const s of p.frontier) out.push(`    ${`${s.count} x ${s.gpu}${s.cluster ? ` (${s.cluster})` : ''}`.padEnd(20)} ${hours(s.wall_clock_hours).padStart(12)}  ${usd(s.cost_usd).padStart(12)}  ${layout(s)}`);
    }
    if (p.manifest_fragment) out.push('  manifest keys for the recommended set-up:', ...p.manifest_fragment.trimEnd().split('\n').map((l) => `    ${l}`));
    out.push('');
  }
  const none = jobs.filter((j) => !j.plan.recommended).length;
  out.push(none ? `${none} job${none === 1 ? '' : 's'} without a set-up that meets the limits` : 'every job has a recommended set-up');
  return out.join('\n') + '\n';
}

/** The plan as Markdown (a pull-request comment or a job summary). */
export function renderPlanMarkdown(jobs: readonly PlannedJob[]): string {
  const out: string[] = ['### Train Budget plan', ''];
  for (const j of jobs) {
    const p = j.plan;
    out.push(`#### ${esc(j.name)}`, '', `<sub>${esc(j.file)}; ${esc(limitsLine(p))}${(p.assumptions ?? []).map((a) => `; ${esc(a)}`).join('')}</sub>`, '', '| | GPUs | wall-clock | cost | memory/GPU | layout |', '| --- | --- | ---: | ---: | ---: | --- |');
    const row = (label: string, s: PlannedSetup | null) =>
      out.push(s ? `| ${label} | ${s.count} × ${esc(s.gpu)}${s.cluster ? ` (cluster ${esc(s.cluster)})` : ''} | ${hours(s.wall_clock_hours)} | ${usd(s.cost_usd)} | ${bytes(s.memory_per_gpu_bytes)} | ${esc(layout(s))} |` : `| ${label} | none | | | | |`);
    row('minimum', p.minimum);
    row('**recommended**', p.recommended);
    row('fastest', p.fastest);
    for (const s of p.frontier) row('frontier', s);
    if (p.infeasible_reason) out.push('', `❌ ${esc(p.infeasible_reason)}`);
    if (p.manifest_fragment) out.push('', '```yaml', p.manifest_fragment.trimEnd(), '```');
    out.push('');
  }
  return out.join('\n');
}
