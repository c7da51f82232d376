import { resolve } from 'node:path';
import { changeViolations, type Comparison } from '../budget/compare.js';
import { JOB_LIMITS, flagName, type Limits } from '../budget/limits.js';
import { GATE_MODES, gateScope, type GateMode } from '../budget/scope.js';
import { buildReport } from '../budget/verdict.js';
import { estimateJob } from '../estimate/estimate.js';
import { withAdvice } from '../plan/advice.js';
import { renderJson } from '../report/json.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { numberFlag, parseFlags, UsageError } from './args.js';
import { compareWithRef } from './git-base.js';
import { lookalikeWarnings } from './lookalikes.js';
import { cliOffline, loadForCliThen, type CliLoaded } from './load-for-cli.js';
import { prepareJobs } from '../settings/prepare.js';
import { writeOutputFile } from './write-output.js';
import { reportProblems } from './problems-out.js';
import type { Io } from './run.js';
import { whereFrom, type Where } from './where.js';

export const ESTIMATE_HELP = `Usage: train-budget estimate [paths or globs...] [flags]

Estimates every job: GPU memory per GPU, GPUs, wall-clock time, GPU-hours, cost, storage, energy and CO2.
  --format text|json|markdown   output (default text; markdown is what the pull-request comment says)
  --output FILE                 also write the JSON report to FILE
  --config FILE                 settings file (default: train-budget.yml at the root, when there is one)
  --root DIR                    repository root (default: the git top level of the first path, else the current folder)
  --offline                     never fetch a Hugging Face config.json: catalog ids and local files only (also HF_HUB_OFFLINE=1);
                                otherwise Hub ids outside the catalog are fetched from HF_ENDPOINT with HF_TOKEN, and cached
  --base REF                    compare with the manifests at git REF (git show), as the pull-request comment does:
                                markdown is then exactly the comment the action would post
  --gate changed|all            with --base: whose per-job limits decide the exit code (default changed: the jobs
                                added or changed since REF)
Budget limits (expected values; a job that does not fit in GPU memory always breaks the budget):
  --max-cost-usd N  --max-gpu-hours N  --max-gpus N  --max-hours N  --max-co2-kg N   per job
  --max-total-cost-usd N                                                               all jobs together
  --max-cost-increase-usd N  --max-cost-increase-percent N                             with --base
Paths and globs are relative to the current folder.
Exit codes: 0 within budget, 1 over budget or a job does not fit, 2 invalid manifest or usage
(with --format json, invalid manifests print {"problems": [...]} on stdout).
`;

const LIMIT_FLAGS = [...JOB_LIMITS, 'max_total_cost_usd'] as const;
const INCREASE_FLAGS = ['max_cost_increase_usd', 'max_cost_increase_percent'] as const;
const MARKER = '<!-- train-budget:default -->';

export function estimateCommand(argv: string[], io: Io): number | Promise<number> {
  const s = { type: 'string' } as const;
  const options: Record<string, { type: 'string' } | { type: 'boolean' }> = { format: s, output: s, root: s, base: s, gate: s, config: s, offline: { type: 'boolean' } };
  for (const l of [...LIMIT_FLAGS, ...INCREASE_FLAGS]) options[flagName(l)] = s;
  const { values, positionals } = parseFlags(argv, options, 'estimate');
  if (values.help) {
    io.out(ESTIMATE_HELP);
    return 0;
  }
  const format = (values.format as string | undefined) ?? 'text';
  if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError(`--format must be text, json or markdown, got "${format}"`);
  const gate = ((values.gate as string | undefined) ?? 'changed').toLowerCase() as GateMode;
  if (!GATE_MODES.includes(gate)) throw new UsageError(`--gate must be changed or all, got "${String(values.gate)}"`);
  const limits: Limits = {};
  for (const l of LIMIT_FLAGS) {
    const v = numberFlag(values[flagName(l)], flagName(l));
    if (v !== undefined) limits[l] = v;
  }
  const increase: { max_cost_increase_usd?: number; max_cost_increase_percent?: number } = {};
  for (const l of INCREASE_FLAGS) {
    const v = numberFlag(values[flagName(l)], flagName(l));
    if (v !== undefined) increase[l] = v;
  }
  if (Object.keys(increase).length && values.base === undefined) throw new UsageError('--max-cost-increase-usd and --max-cost-increase-percent need --base REF (the increase is measured against it)');

  const where = whereFrom(io.cwd, values.root as string | undefined, positionals);
  for (const w of lookalikeWarnings(where.root, where.patterns)) io.err(`warning: ${w}\n`);
  return loadForCliThen(where.patterns, where.root, cliOffline(values.offline), io.err, (loaded) => estimateLoaded(loaded, { values, format, gate, limits, increase, where }, io));
}

interface EstimateFlags {
  values: Record<string, string | boolean | undefined>;
  format: string;
  gate: GateMode;
  limits: Limits;
  increase: { max_cost_increase_usd?: number; max_cost_increase_percent?: number };
  where: Where;
}

/** The estimate of what was loaded (after any Hub config.json was fetched). */
function estimateLoaded(loaded: CliLoaded, flags: EstimateFlags, io: Io): number | Promise<number> {
  const { values, format, gate, limits, increase, where } = flags;
  const prepared = prepareJobs(loaded.jobs, where.root, values.config as string | undefined, io.today ?? null);
  const problems = [...loaded.problems, ...prepared.problems];
  if (problems.length) return reportProblems(problems, format === 'json', 'nothing estimated', io);
  const report = buildReport(prepared.jobs.map((j) => withAdvice(j, estimateJob(j), limits, j.project ? prepared.projectLimits.get(j.project) : undefined)), limits, prepared.projectLimits);
  const limitsSet = Object.keys(limits).length > 0 || Object.keys(increase).length > 0;

  const finish = (comparison: Comparison | null): number => {
    const json = renderJson(report, comparison);
    if (values.output) {
      const failed = writeOutputFile(resolve(io.cwd, values.output as string), json);
      if (failed) {
        io.err(`train-budget: --output ${values.output as string}: ${failed}\n`);
        return 2;
      }
    }
    if (format === 'json') io.out(json);
    else if (format === 'markdown') io.out(renderMarkdown(report, comparison ? { comparison, limitsSet, gate, marker: MARKER, maxLength: GITHUB_COMMENT_LIMIT } : { limitsSet }));
    else io.out(renderText(report) + (comparison ? changeText(comparison, values.base as string) : ''));
    return gateScope(report, comparison, gate).failing.length ? 1 : 0;
  };
  if (values.base === undefined) return finish(null);
  const pricing = { settings: prepared.settings, file: prepared.file, config: values.config as string | undefined, today: io.today ?? null };
  return compareWithRef(values.base as string, where.root, loaded, report, pricing).then((comparison) => {
    const over = changeViolations(comparison, increase);
    report.violations.push(...over);
    report.over_budget = report.over_budget || over.length > 0;
    return finish(comparison);
  });
}

/** The text report's closing lines with --base: what changed since REF. */
function changeText(c: Comparison, ref: string): string {
  const names = (s: string) => c.jobs.filter((j) => j.status === s).map((j) => j.name);
  const lines = [`\nagainst ${ref}: ${c.delta_usd >= 0 ? '+' : '-'}$${Math.abs(c.delta_usd).toFixed(2)}${c.delta_percent === null ? '' : ` (${c.delta_percent >= 0 ? '+' : ''}${c.delta_percent.toFixed(1)}%)`}`];
  for (const s of ['added', 'changed', 'removed'] as const) if (names(s).length) lines.push(`  ${s.padEnd(9)} ${names(s).join(', ')}`);
  lines.push(`  unchanged ${names('unchanged').length} job${names('unchanged').length === 1 ? '' : 's'}`);
  for (const n of c.notes) lines.push(`  note: ${n}`);
  return lines.join('\n') + '\n';
}
