import type { Limits } from '../budget/limits.js';
import { resolve } from 'node:path';
import { findAccelerator } from '../catalog/accelerators.js';
import { formatProblem } from '../manifest/problems.js';
import { planJob, withLimits, type PlanOptions } from '../plan/plan.js';
import { renderPlanJson, renderPlanMarkdown, renderPlanText } from '../report/plan.js';
import { numberFlag, parseFlags, UsageError } from './args.js';
import { cliOffline, loadForCliThen, type CliLoaded } from './load-for-cli.js';
import { prepareJobs } from '../settings/prepare.js';
import type { Io } from './run.js';
import type { Job } from '../manifest/types.js';
import { jobsChangedSince } from './plan-base.js';

export const PLAN_HELP = `Usage: train-budget plan [paths or globs...] [flags]

Searches the GPU kinds, counts and layouts each job's manifest leaves open (the keys it sets stay fixed) and
prints per job: the minimum set-up (fewest GPUs), the recommended one (best for the objective within the
limits), the fastest within the cost limit, the cost against wall-clock frontier, and manifest keys to paste.
  --objective cost|time   cost: cheapest within the deadline (default, or the manifest's plan.objective);
                          time: fastest within the cost limit
  --deadline-hours N      wall-clock limit (with plan.deadline_hours, the smaller applies)
  --max-cost-usd N        cost limit (with plan.max_cost_usd, the smaller applies)
  --max-gpus N            most GPUs (with hardware.max_count, the smaller applies)
                          (a train-budget.yml project's max-hours, max-cost-usd and max-gpus apply as well)
  --gpus id,id            only these GPU kinds (within what hardware.gpu allows; gpu: auto allows every priced kind)
  --format text|json|markdown
  --root DIR              repository root (default: the current folder)
  --config FILE           settings file (default: train-budget.yml at the root): its price rules price every set-up
  --base REF              plan only the jobs added or changed since git REF (as the pull-request comment tells them apart)
  --offline               never fetch a Hugging Face config.json: catalog ids and local files only (also HF_HUB_OFFLINE=1)
Exit codes: 0 every job has a recommended set-up, 1 some job has none that meets its limits, 2 invalid manifest or usage.
`;

export function planCommand(argv: string[], io: Io): number | Promise<number> {
  const s = { type: 'string' } as const;
  const { values, positionals } = parseFlags(argv, { objective: s, 'deadline-hours': s, 'max-cost-usd': s, 'max-gpus': s, gpus: s, format: s, root: s, config: s, base: s, offline: { type: 'boolean' } }, 'plan');
  if (values.help) {
    io.out(PLAN_HELP);
    return 0;
  }
  const format = (values.format as string | undefined) ?? 'text';
  if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError(`--format must be text, json or markdown, got "${format}"`);
  const opts: PlanOptions = {};
  const objective = values.objective as string | undefined;
  if (objective !== undefined) {
    if (objective !== 'cost' && objective !== 'time') throw new UsageError(`--objective must be cost or time, got "${objective}"`);
    opts.objective = objective;
  }
  const positive = (flag: string) => {
    const v = numberFlag(values[flag], flag);
    if (v !== undefined && v <= 0) throw new UsageError(`--${flag} must be greater than 0, got "${String(values[flag])}"`);
    return v;
  };
  const deadline = positive('deadline-hours');
  const maxCost = positive('max-cost-usd');
  const maxGpus = positive('max-gpus');
  if (deadline !== undefined) opts.deadline_hours = deadline;
  if (maxCost !== undefined) opts.max_cost_usd = maxCost;
  if (maxGpus !== undefined) {
    if (!Number.isInteger(maxGpus)) throw new UsageError(`--max-gpus must be a whole number, got "${String(values['max-gpus'])}"`);
    opts.max_gpus = maxGpus;
  }
  if (values.gpus !== undefined) {
    const ids = String(values.gpus).split(',').map((x) => x.trim()).filter(Boolean);
    if (!ids.length) throw new UsageError('--gpus needs at least one accelerator id, e.g. --gpus h100-80gb,a100-80gb');
    opts.gpus = ids.map((id) => {
      const a = findAccelerator(id);
      if (!a) throw new UsageError(`--gpus: unknown accelerator "${id}"; "train-budget gpus" lists them`);
      return a.id;
    });
  }
  const root = resolve(io.cwd, (values.root as string | undefined) ?? '.');
  return loadForCliThen(positionals.length ? positionals : ['.'], root, cliOffline(values.offline), io.err, (loaded) => planLoaded(loaded, root, values, opts, format, io));
}

/** The plans of what was loaded (after any Hub config.json was fetched). */
function planLoaded(loaded: CliLoaded, root: string, values: Record<string, string | boolean | undefined>, opts: PlanOptions, format: string, io: Io): number | Promise<number> {
  const prepared = prepareJobs(loaded.jobs, root, values.config as string | undefined, io.today ?? null);
  const problems = [...loaded.problems, ...prepared.problems];
  if (problems.length) {
    for (const p of problems) io.err(formatProblem(p) + '\n');
    io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'}: nothing planned\n`);
    return 2;
  }
  if (values.base !== undefined) {
    return jobsChangedSince(values.base as string, root, loaded, prepared.jobs, { settings: prepared.settings, file: prepared.file, config: values.config as string | undefined, today: io.today ?? null }).then(({ jobs, note }) => {
      io.err(note + '\n');
      return planJobs(jobs, opts, format, io, prepared.projectLimits);
    });
  }
  return planJobs(prepared.jobs, opts, format, io, prepared.projectLimits);
}

function planJobs(jobs: readonly Job[], opts: PlanOptions, format: string, io: Io, projectLimits: Map<string, Limits>): number {
  // A settings project's limits (max-hours, max-cost-usd, max-gpus) constrain its jobs' plans like the flags do.
  const planned = jobs.map((job) => ({ name: job.name, file: job.file, plan: planJob(job, withLimits(opts, job.project ? projectLimits.get(job.project) : undefined)) }));
  io.out(format === 'json' ? renderPlanJson(planned) : format === 'markdown' ? renderPlanMarkdown(planned) : renderPlanText(planned));
  return planned.some((p) => !p.plan.recommended) ? 1 : 0;
}
