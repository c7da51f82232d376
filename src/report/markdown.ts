import type { Comparison } from '../budget/compare.js';
import type { Report } from '../budget/verdict.js';
import { violationCount } from '../budget/verdict.js';
import type { JobEstimate } from '../estimate/types.js';
import { escapeMarkdown as esc } from './escape.js';
import { basisOf, groupByProject, priceAgeLine } from './projects.js';
import { bytes, count, gpuHours, hours, limitValue, LIMIT_LABEL, num, pct, sci, usd, usdDelta } from './format.js';

export interface MarkdownOptions {
  /** The comparison with the base branch (pull requests). */
  comparison?: Comparison | null;
  /** Hidden marker that finds this comment again. */
  marker?: string;
  /** Where the whole report is, for a shortened comment. */
  summaryUrl?: string | null;
  /** Largest body allowed (GitHub: 65,536 characters). */
  maxLength?: number;
  /** Lines about train-budget.yml for the headline area (a settings change in the pull request). */
  settingsLines?: string[];
}

export const GITHUB_COMMENT_LIMIT = 65536;

/** +38%, +2.5%, <+0.1% */
function percentChange(p: number): string {
  const sign = p >= 0 ? '+' : '-';
  const a = Math.abs(p);
  if (a < 0.1) return `<${sign}0.1%`;
  return `${sign}${a < 10 ? a.toFixed(1) : a.toFixed(0)}%`;
}

function headline(report: Report, c: Comparison | null | undefined): string {
  const total = report.totals.cost_usd.expected;
  if (!c) return `Training cost: ${usd(total)} expected (${usd(report.totals.cost_usd.low)} to ${usd(report.totals.cost_usd.high)})`;
  if (Math.abs(c.delta_usd) < 0.005) return `Training cost unchanged at ${usd(total)}`;
  const p = c.delta_percent === null ? '' : ` (${percentChange(c.delta_percent)})`;
  return `Training cost ${c.delta_usd > 0 ? 'rises' : 'falls'} by ${usd(Math.abs(c.delta_usd))}${p} to ${usd(total)}`;
}

function verdict(report: Report): string {
  const n = violationCount(report);
  return n === 0 ? '✅ passed' : `❌ ${n} violation${n === 1 ? '' : 's'}`;
}

function changeCell(j: JobEstimate, c: Comparison | null | undefined): string {
  if (!c) return '';
  const ch = c.jobs.find((x) => x.after === j);
  if (!ch) return '';
  if (ch.status === 'added') return 'added';
  if (ch.status === 'unchanged') return 'unchanged';
  return `${usdDelta(ch.cost_delta_usd)} (was ${usd(ch.before!.cost_usd.expected)})`;
}

function jobRow(j: JobEstimate, c: Comparison | null | undefined): string {
  const cells = [
    `**${esc(j.name)}**<br><sub>${esc(j.file)}</sub>`,
    `${j.hardware.count} × ${esc(j.hardware.gpu)}`,
    j.memory.fits ? '✅' : '❌',
    hours(j.compute.wall_clock_hours.expected),
    gpuHours(j.compute.gpu_hours.expected),
    `${usd(j.cost_usd.expected)}<br><sub>${usd(j.cost_usd.low)} to ${usd(j.cost_usd.high)}, ${esc(basisOf(j))}</sub>`,
  ];
  if (c) cells.push(changeCell(j, c));
  return `| ${cells.join(' | ')} |`;
}

function details(j: JobEstimate): string {
  const m = j.memory.per_gpu_bytes;
  const lines = [
    `<details><summary><b>${esc(j.name)}</b>: ${esc(j.model.name)}, ${esc(j.method)}, ${j.hardware.count} × ${esc(j.hardware.gpu)}</summary>`,
    '',
    `${count(j.parameters.total)} parameters${j.parameters.active < j.parameters.total ? ` (${count(j.parameters.active)} active per token)` : ''}, ${count(j.parameters.trainable)} trained; ${sci(j.compute.flops)} FLOPs over ${count(j.compute.tokens)} tokens at ${pct(j.compute.mfu)} MFU.`,
    '',
    '| memory per GPU | |',
    '| --- | ---: |',
    `| weights | ${bytes(m.weights)} |`,
    `| gradients | ${bytes(m.gradients)} |`,
    `| optimizer states | ${bytes(m.optimizer)} |`,
    `| activations | ${bytes(m.activations)} |`,
    `| overhead | ${bytes(m.overhead)} |`,
    `| **total** | **${bytes(m.total)}** of ${bytes(j.memory.gpu_capacity_bytes)} ${j.memory.fits ? '✅' : '❌'} |`,
    '',
    `Layout: ZeRO ${j.parallelism.zero}, tensor ${j.parallelism.tensor}, pipeline ${j.parallelism.pipeline}, data ${j.parallelism.data}${j.hardware.min_count !== null ? `; fewest ${esc(j.hardware.gpu)} that fit: ${j.hardware.min_count}` : `; no number of ${esc(j.hardware.gpu)} fits`}.`,
    `Storage: ${bytes(j.storage_bytes.total)} (dataset ${bytes(j.storage_bytes.dataset)}${j.storage_bytes.base_model ? `, base model ${bytes(j.storage_bytes.base_model)}` : ''}, checkpoints ${bytes(j.storage_bytes.checkpoints)}). Energy: ${num(j.energy_kwh)} kWh, ${num(j.co2_kg)} kg CO2e.`,
    `Host: ${j.host.system_ram_gb} GB RAM and ${j.host.cpu_cores} CPU cores per node; ${esc(j.host.network)}${j.host.power_supply_w ? `; ${j.host.power_supply_w} W power supply` : ''}.`,
  ];
  if (j.alternatives.length) {
    lines.push('', '| alternative | wall-clock | cost | basis |', '| --- | ---: | ---: | --- |');
    for (const a of j.alternatives) lines.push(`| ${a.count} × ${esc(a.gpu)} | ${hours(a.wall_clock_hours)} | ${usd(a.cost_usd)} | ${a.cluster ? `owned (${esc(a.cluster)})` : a.basis ?? 'rented'} |`);
  }
  lines.push('', 'Assumptions:', ...j.assumptions.map((a) => `- ${esc(a)}`), '', '</details>');
  return lines.join('\n');
}

/** The pull-request comment and job summary: headline and verdict first, then the table, violations, details. */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const c = opts.comparison;
  const head = [
    ...(opts.marker ? [opts.marker] : []),
    '### Train Budget',
    '',
    `**${headline(report, c)}** · ${verdict(report)}`,
    '',
    ...[...(opts.settingsLines ?? []), ...(priceAgeLine(report) ? [priceAgeLine(report)!] : [])].flatMap((l) => [`> ${esc(l)}`, '']),
  ];
  const table = [
    `| job | GPUs | fits | wall-clock | GPU-hours | cost (range) |${c ? ' vs base |' : ''}`,
    `| --- | --- | :---: | ---: | ---: | ---: |${c ? ' --- |' : ''}`,
    ...groupByProject(report.jobs).flatMap((g, _i, all) => [
      ...(all.length > 1 ? [`| **${g.project === null ? 'no project' : `project ${esc(g.project)}`}** | | | | | |${c ? ' |' : ''}`] : []),
      ...g.jobs.map((j) => jobRow(j, c)),
    ]),
  ];
  if (c) {
    for (const r of c.jobs.filter((x) => x.status === 'removed')) {
      table.push(`| ~~${esc(r.name)}~~<br><sub>${esc(r.file)}</sub> | | | | | | removed (was ${usd(r.before!.cost_usd.expected)}) |`);
    }
  }
  table.push(`| **total** | | | | ${gpuHours(report.totals.gpu_hours.expected)} | **${usd(report.totals.cost_usd.expected)}** |${c ? ` ${c.before_cost_usd > 0 || c.delta_usd !== 0 ? usdDelta(c.delta_usd) : ''} |` : ''}`);
  const violations: string[] = [];
  const of = (v: { project?: string }) => (v.project ? `project ${esc(v.project)}'s limit` : 'the limit');
  for (const j of report.jobs) for (const v of j.violations) violations.push(`- **${esc(j.name)}**: ${LIMIT_LABEL[v.limit] ?? v.limit} ${limitValue(v.limit, v.actual)} over ${of(v)} of ${limitValue(v.limit, v.max)}`);
  for (const v of report.violations) violations.push(`- **${v.project ? `all jobs of project ${esc(v.project)}` : 'all jobs'}**: ${LIMIT_LABEL[v.limit] ?? v.limit} ${limitValue(v.limit, v.actual)} over the limit of ${limitValue(v.limit, v.max)}`);
  const notes = c?.notes.length ? ['', ...c.notes.map((n) => `> ${esc(n)}`)] : [];
  const viol = violations.length ? ['', '#### Violations', ...violations] : [];
  const footer = ['', '<sub>Estimated by Train Budget from FLOPs, bytes and efficiency calibrated on published runs; prices and sources in each job\'s assumptions.</sub>'];
  const body = [...head, ...table, ...viol, ...notes, '', ...report.jobs.map(details), ...footer].join('\n') + '\n';
  const max = opts.maxLength ?? Infinity;
  if (body.length <= max) return body;
  // Too long for one comment: keep the headline, table and violations; point at the job summary for the rest.
  const pointer = ['', `_The details of ${report.jobs.length} jobs do not fit in one comment: ${opts.summaryUrl ? `see the [job summary](${opts.summaryUrl})` : 'see the workflow run\'s job summary'} for the whole report._`];
  let short = [...head, ...table, ...viol, ...notes, ...pointer, ...footer].join('\n') + '\n';
  if (short.length > max) {
    const keep = [...head, ...viol.slice(0, 50), ...pointer, ...footer].join('\n') + '\n';
    short = keep.length > max ? keep.slice(0, max - 20) + '\n…\n' : keep;
  }
  return short;
}
