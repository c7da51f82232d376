import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JOB_LIMITS, flagName, type Limits } from '../budget/limits.js';
import { buildReport } from '../budget/verdict.js';
import { estimateJob } from '../estimate/estimate.js';
import { formatProblem } from '../manifest/problems.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { numberFlag, parseFlags, UsageError } from './args.js';
import { loadForCliThen } from './load-for-cli.js';
import type { Io } from './run.js';

export const ESTIMATE_HELP = `Usage: train-budget estimate [paths or globs...] [flags]

Estimates every job: GPU memory per GPU, GPUs, wall-clock time, GPU-hours, cost, storage, energy and CO2.
  --format text|json|markdown   output (default text; markdown is what the pull-request comment says)
  --output FILE                 also write the JSON report to FILE
  --root DIR                    repository root (default: the current folder)
  --offline                     never fetch a Hugging Face config.json (HF_ENDPOINT, HF_TOKEN): catalog and local files only
Budget limits (expected values; a job that does not fit in GPU memory always breaks the budget):
  --max-cost-usd N  --max-gpu-hours N  --max-gpus N  --max-hours N  --max-co2-kg N   per job
  --max-total-cost-usd N                                                               all jobs together
Exit codes: 0 within budget, 1 over budget or a job does not fit, 2 invalid manifest or usage.
`;

const LIMIT_FLAGS = [...JOB_LIMITS, 'max_total_cost_usd'] as const;

export function estimateCommand(argv: string[], io: Io): number | Promise<number> {
  const options: Record<string, { type: 'string' } | { type: 'boolean' }> = { format: { type: 'string' }, output: { type: 'string' }, root: { type: 'string' }, offline: { type: 'boolean' } };
  for (const l of LIMIT_FLAGS) options[flagName(l)] = { type: 'string' };
  const { values, positionals } = parseFlags(argv, options, 'estimate');
  if (values.help) {
    io.out(ESTIMATE_HELP);
    return 0;
  }
  const format = (values.format as string | undefined) ?? 'text';
  if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError(`--format must be text, json or markdown, got "${format}"`);
  const limits: Limits = {};
  for (const l of LIMIT_FLAGS) {
    const v = numberFlag(values[flagName(l)], flagName(l));
    if (v !== undefined) limits[l] = v;
  }
  const root = resolve(io.cwd, (values.root as string | undefined) ?? '.');
  return loadForCliThen(positionals.length ? positionals : ['.'], root, values.offline === true, (loaded) => {
    if (loaded.problems.length) {
      for (const p of loaded.problems) io.err(formatProblem(p) + '\n');
      io.err(`${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'}: nothing estimated\n`);
      return 2;
    }
    const report = buildReport(loaded.jobs.map(estimateJob), limits);
    const json = renderJson(report);
    if (values.output) writeFileSync(resolve(io.cwd, values.output as string), json);
    io.out(format === 'json' ? json : format === 'markdown' ? renderMarkdown(report) : renderText(report));
    return report.over_budget ? 1 : 0;
  });
}
