import type { Comparison, JobChange } from '../budget/compare.js';
import { flagName } from '../budget/limits.js';
import { gateScope, type GateMode, type Scope } from '../budget/scope.js';
import type { Report } from '../budget/verdict.js';
import type { JobEstimate, Violation } from '../estimate/types.js';
import { adviceFix, adviceMarkdownLine } from './advice.js';
import { escapeHtml as html, escapeMarkdown as esc } from './escape.js';
import { groupByProject, priceAgeLine } from './projects.js';
import { bytes, count, gpuHours, grouped, hours, hoursRange, kwh, co2kg, limitValue, LIMIT_LABEL, pct, sci, usd, usdDelta } from './format.js';

export interface MarkdownOptions {
  /** The comparison with the base branch (pull requests, `estimate --base`). */
  comparison?: Comparison | null;
  /** Hidden marker that finds this comment again. */
  marker?: string;
  /** Where the whole report is, for a shortened comment. */
  summaryUrl?: string | null;
  /** Largest body allowed (GitHub: 65,536 characters). */
  maxLength?: number;
  /** Whether any budget limit was set; without one the verdict says "no limits set" rather than "within limits". */
  limitsSet?: boolean;
  /** Which jobs' violations fail the check (see budget/scope.ts); default `changed`. */
  gate?: GateMode;
  /** Lines about train-budget.yml for the headline area (a settings change in the pull request). */
  settingsLines?: string[];
}

export const GITHUB_COMMENT_LIMIT = 65536;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** +38%, +2.5%, <+0.1% */
function percentChange(p: number): string {
  const sign = p >= 0 ? '+' : '-';
  const a = Math.abs(p);
  if (a < 0.1) return `<${sign}0.1%`;
  if (a > 10000) return `>${sign}10,000%`; // a rise from a few cents: the dollars say it; 3.8e+26% says nothing
  return `${sign}${a < 10 ? a.toFixed(1) : a.toFixed(0)}%`;
}

/** "an a100-80gb", "an h100-80gb", "a v100": ids are read letter by letter, and these letters' names start with a vowel sound. */
const VOWEL_SOUND = /^[aefhilmnorsx]/i;
const article = (id: string) => (VOWEL_SOUND.test(id) ? 'an' : 'a');

/** What a violation is, in words a reviewer acts on: "needs 99.0 GiB per GPU, 80.0 GiB available". */
export function violationText(v: Violation, j: JobEstimate | null): string {
  if (v.limit === 'gpu_memory_bytes') return `needs ${bytes(v.actual)} per GPU, ${bytes(v.max)} available${j ? ` on ${article(j.hardware.gpu)} ${esc(j.hardware.gpu)}` : ''}`;
  return `${LIMIT_LABEL[v.limit] ?? v.limit} ${limitValue(v.limit, v.actual)}, over ${v.project ? `project ${esc(v.project)}'s limit` : 'the limit'} of ${limitValue(v.limit, v.max)} (${flagName(v.limit)})`;
}

/** What to change to clear a violation, from the estimate itself. */
function fixText(v: Violation, j: JobEstimate | null): string {
  if (!j) return v.limit.startsWith('max_cost_increase') ? 'make the change cheaper or raise the limit' : 'lower the jobs\' cost or raise the limit';
  if (v.limit === 'gpu_memory_bytes') {
    if (j.hardware.min_count !== null && j.hardware.min_count > j.hardware.count) return `fits on ${j.hardware.min_count} × ${esc(j.hardware.gpu)} (hardware.count)`;
    const alt = j.alternatives[0];
    return alt ? `fits on ${alt.count} × ${esc(alt.gpu)} (hardware.gpu)` : 'a larger GPU, LoRA/QLoRA, or a smaller model';
  }
  if (v.limit === 'max_gpus') return 'fewer GPUs (hardware.count) or raise the limit';
  return 'fewer tokens or epochs (data), cheaper hardware, or raise the limit';
}

/** The first line: the verdict's cause when something fails, else what the change does and the verdict. */
function headline(report: Report, c: Comparison | null | undefined, scope: Scope, limitsSet: boolean): string[] {
  const change = changeSentence(report, c);
  if (scope.failing.length) {
    const { job, violation } = scope.failing[0]!;
    const more = scope.failing.length > 1 ? ` (and ${plural(scope.failing.length - 1, 'more violation')})` : '';
    const who = job ? `**${esc(job.name)}**` : '**all jobs together**';
    const cause =
      violation.limit === 'gpu_memory_bytes' && job
        ? `${who} needs ${bytes(violation.actual)} per GPU; ${article(job.hardware.gpu)} ${esc(job.hardware.gpu)} has ${bytes(violation.max)}`
        : `${who}: ${violationText(violation, job)}`;
    return [`❌ ${cause}${more}`, '', change];
  }
  const fits = report.jobs.every((j) => j.memory.fits);
  const verdict = !limitsSet && fits ? 'no limits set' : '✅ within limits';
  return [`**${change}** · ${verdict}`];
}

/** "Adds 1 job, changes 2: +$1,240 (+4%), $3,678,739 in total" or, without a base, the total and its range. */
function changeSentence(report: Report, c: Comparison | null | undefined): string {
  const total = report.totals.cost_usd;
  if (!c) return `Training cost: ${usd(total.expected)} expected (${usd(total.low)} to ${usd(total.high)})`;
  const n = (s: JobChange['status']) => c.jobs.filter((j) => j.status === s).length;
  const parts = [
    n('added') ? `adds ${plural(n('added'), 'job')}` : '',
    n('changed') ? `changes ${n('changed')}` : '',
    n('removed') ? `removes ${n('removed')}` : '',
  ].filter(Boolean);
  if (!parts.length) return `No training job changes: ${usd(total.expected)} in total`;
  const s = parts.join(', ');
  const delta = Math.abs(c.delta_usd) < 0.005 ? 'no cost change' : `${usdDelta(c.delta_usd)}${c.delta_percent === null ? '' : ` (${percentChange(c.delta_percent)})`}`;
  return `${s[0]!.toUpperCase()}${s.slice(1)}: ${delta}, ${usd(total.expected)} in total`;
}

/** The basis of a job's cost: rented hours, or an owned cluster's electricity only (settings). */
function basis(j: JobEstimate): string {
  if (j.price.cluster) return `owned: cluster ${esc(j.price.cluster)}`;
  const b = (j.price as { basis?: string }).basis ?? (j.price.market === 'owned' ? 'owned' : 'rented');
  return b === 'owned' ? 'owned: electricity only' : b;
}

function changeCell(ch: JobChange | undefined): string {
  if (!ch) return '';
  if (ch.status === 'added') return `${usdDelta(ch.cost_delta_usd)} (added)`;
  if (ch.status === 'unchanged') return 'unchanged';
  if (ch.status === 'removed') return `${usdDelta(ch.cost_delta_usd)} (removed)`;
  return `${usdDelta(ch.cost_delta_usd)} (was ${usd(ch.before!.cost_usd.expected)})`;
}

function mark(j: JobEstimate, scope: Scope): string {
  if (!j.violations.length) return '';
  return scope.gated(j) ? '❌ ' : '⚠️ ';
}

function jobRow(j: JobEstimate, scope: Scope, labelBasis: boolean, change?: JobChange): string {
  const cells = [
    `${mark(j, scope)}**${esc(j.name)}**<br><sub>${esc(j.file)}</sub>`,
    `${j.hardware.count} × ${esc(j.hardware.gpu)}`,
    j.memory.fits ? '✅' : '❌',
    hours(j.compute.wall_clock_hours.expected),
    gpuHours(j.compute.gpu_hours.expected),
    `${usd(j.cost_usd.expected)}<br><sub>${usd(j.cost_usd.low)} to ${usd(j.cost_usd.high)}${labelBasis ? `, ${basis(j)}` : ''}</sub>`,
  ];
  if (change) cells.push(changeCell(change));
  return `| ${cells.join(' | ')} |`;
}

function removedRow(r: JobChange): string {
  return `| ~~${esc(r.name)}~~<br><sub>${esc(r.file)}</sub> | | | | | | ${changeCell(r)} |`;
}

const HEADER = ['| job | GPUs | fits | wall-clock | GPU-hours | cost (range) |', '| --- | --- | :---: | ---: | ---: | ---: |'];
const HEADER_VS = ['| job | GPUs | fits | wall-clock | GPU-hours | cost (range) | vs base |', '| --- | --- | :---: | ---: | ---: | ---: | --- |'];

/** The totals row: jobs that do not fit have no cost to add up, and the row says they are left out. */
function totalRow(report: Report, c: Comparison | null | undefined): string {
  const out = report.jobs.filter((j) => !j.memory.fits).length;
  const label = `**all jobs**${out ? `<br><sub>without ${plural(out, 'job')} that ${out === 1 ? 'does' : 'do'} not fit</sub>` : ''}`;
  const cells = [label, '', '', '', gpuHours(report.totals.gpu_hours.expected), `**${usd(report.totals.cost_usd.expected)}**`];
  if (c) cells.push(c.before_cost_usd > 0 || c.delta_usd !== 0 ? usdDelta(c.delta_usd) : '');
  return `| ${cells.join(' | ')} |`;
}

function details(j: JobEstimate): string {
  const m = j.memory.per_gpu_bytes;
  const t = j.compute.wall_clock_hours;
  const lines = [
    `<details><summary><b>${html(j.name)}</b>: ${html(j.model.name)}, ${html(j.method)}, ${j.hardware.count} × ${html(j.hardware.gpu)}</summary>`,
    '',
    `${count(j.parameters.total)} parameters${j.parameters.active < j.parameters.total ? ` (${count(j.parameters.active)} active per token)` : ''}, ${count(j.parameters.trainable)} trained; ${sci(j.compute.flops)} FLOPs over ${count(j.compute.tokens)} tokens at ${pct(j.compute.mfu)} MFU, ${grouped(Math.round(j.compute.tokens_per_gpu_second))} tokens/s per GPU; wall-clock ${hoursRange(t.low, t.high)}.`,
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
    `Storage: ${bytes(j.storage_bytes.total)} (dataset ${bytes(j.storage_bytes.dataset)}${j.storage_bytes.base_model ? `, base model ${bytes(j.storage_bytes.base_model)}` : ''}, checkpoints ${bytes(j.storage_bytes.checkpoints)}). Energy: ${kwh(j.energy_kwh)}, ${co2kg(j.co2_kg)}.`,
    `Host: ${j.host.system_ram_gb} GB RAM and ${j.host.cpu_cores} CPU cores per node; ${esc(j.host.network)}${j.host.power_supply_w ? `; ${j.host.power_supply_w} W power supply` : ''}.`,
  ];
  if (j.alternatives.length) {
    lines.push('', '| alternative | wall-clock | cost | basis |', '| --- | ---: | ---: | --- |');
    for (const a of j.alternatives) lines.push(`| ${a.count} × ${esc(a.gpu)} | ${hours(a.wall_clock_hours)} | ${usd(a.cost_usd)} | ${a.cluster ? `owned: cluster ${esc(a.cluster)}` : a.basis ?? 'rented'} |`);
  }
  lines.push('', 'Assumptions:', ...j.assumptions.map((a) => `- ${esc(a)}`), '', '</details>');
  return lines.join('\n');
}

/**
 * The pull-request comment and job summary. With a comparison it is about the change: the headline says what the
 * pull request does (or why it fails), the table lists the jobs it adds, changes or removes, the unchanged ones
 * collapse into one line, and violations of unchanged jobs are listed as already on the base branch.
 */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const c = opts.comparison;
  const scope = gateScope(report, c, opts.gate ?? 'changed');
  const limitsSet = opts.limitsSet ?? true;
  // Mixed bases are labelled, and so is any job on an owned cluster (its cost is not a rental price).
  const labelBasis = new Set(report.jobs.map(basis)).size > 1 || report.jobs.some((j) => j.price.cluster);
  const age = priceAgeLine(report);
  const settingsArea = [...(opts.settingsLines ?? []), ...(age ? [age] : [])].flatMap((l) => [`> ${esc(l)}`, '']);
  const head = [...(opts.marker ? [opts.marker] : []), '### Train Budget', '', ...headline(report, c, scope, limitsSet), '', ...settingsArea];

  const key = (j: { file: string; name: string }) => `${j.file}\u0000${j.name}`;
  const changes = new Map(c?.jobs.filter((x) => x.after).map((x) => [key(x), x]) ?? []);
  const changeOf = (j: JobEstimate) => changes.get(key(j));
  const shown = c ? report.jobs.filter((j) => changeOf(j)?.status !== 'unchanged') : report.jobs;
  const unchanged = c ? report.jobs.filter((j) => changeOf(j)?.status === 'unchanged') : [];
  const removed = c?.jobs.filter((x) => x.status === 'removed') ?? [];

  const table: string[] = [];
  if (shown.length || removed.length || !c) {
    // With jobs of more than one train-budget.yml project, a row names each project above its jobs.
    const groups = groupByProject(shown);
    const rows = groups.flatMap((g) => [
      ...(groups.length > 1 ? [`| **${g.project === null ? 'no project' : `project ${esc(g.project)}`}** | | | | | |${c ? ' |' : ''}`] : []),
      ...g.jobs.map((j) => jobRow(j, scope, labelBasis, changeOf(j))),
    ]);
    table.push(...(c ? HEADER_VS : HEADER), ...rows, ...removed.map(removedRow), totalRow(report, c));
  }
  if (unchanged.length) {
    const cost = unchanged.filter((j) => j.memory.fits).reduce((s, j) => s + j.cost_usd.expected, 0);
    table.push(
      '',
      `<details><summary>${plural(unchanged.length, 'unchanged job')}, ${usd(cost)} in total</summary>`,
      '',
      ...HEADER,
      ...unchanged.map((j) => jobRow(j, scope, labelBasis)),
      '',
      '</details>',
    );
  }

  const failing = scope.failing.map(({ job, violation }) => `- ❌ **${job ? esc(job.name) : violation.project ? `all jobs of project ${esc(violation.project)}` : 'all jobs'}**: ${violationText(violation, job)}; ${(job && adviceFix(job, violation)) ?? fixText(violation, job)}`);
  const present = scope.present.map(({ job, violation }) => `- ⚠️ **${esc(job.name)}**: ${violationText(violation, job)}`);
  const viol = [
    ...(failing.length ? ['', '#### Violations', ...failing] : []),
    ...(present.length ? ['', '#### Already on the base branch', '_Jobs this pull request does not change; they do not fail this check (`gate: all` would)._', ...present] : []),
  ];
  const advised = shown.map(adviceMarkdownLine).filter((x): x is string => x !== null);
  if (advised.length) viol.push('', '#### Advice', ...advised);
  const warned = shown.flatMap((j) => (j.warnings ?? []).map((w) => `- ⚠️ **${esc(j.name)}**: ${esc(w)}`));
  if (warned.length) viol.push('', '#### Warnings', ...warned);
  const notes = c?.notes.length ? ['', ...c.notes.map((n) => `> ${esc(n)}`)] : [];
  const footer = ['', '<sub>Estimated by Train Budget from FLOPs, bytes and efficiency calibrated on published runs; prices and sources in each job\'s assumptions.</sub>'];
  const detailed = shown;
  const body = [...head, ...table, ...viol, ...notes, '', ...detailed.map(details), ...footer].join('\n') + '\n';
  const max = opts.maxLength ?? Infinity;
  if (body.length <= max) return body;
  // Too long for one comment: keep the headline, table and violations; point at the job summary for the rest.
  const pointer = ['', `_The details of ${plural(detailed.length, 'job')} do not fit in one comment: ${opts.summaryUrl ? `see the [job summary](${opts.summaryUrl})` : 'see the workflow run\'s job summary'} for the whole report._`];
  let short = [...head, ...table, ...viol, ...notes, ...pointer, ...footer].join('\n') + '\n';
  if (short.length > max) {
    const keep = [...head, ...viol.slice(0, 50), ...pointer, ...footer].join('\n') + '\n';
    short = keep.length > max ? keep.slice(0, max - 20) + '\n…\n' : keep;
  }
  return short;
}
