import { ACCELERATOR_IDS, findAccelerator } from '../catalog/accelerators.js';
import { DEFAULT_PUE } from '../catalog/carbon.js';
import { ELECTRICITY_USD_PER_KWH, PROVIDERS } from '../catalog/prices.js';
import { estimateJob } from '../estimate/estimate.js';
import type { OwnedCluster } from '../estimate/price-book.js';
import { choosePrice } from '../estimate/pricing.js';
import type { Range } from '../estimate/types.js';
import { didYouMean } from '../manifest/suggest.js';
import type { Job } from '../manifest/types.js';
import { usd } from '../report/format.js';
import { projectOf } from '../settings/apply.js';
import { compareBuy, type BuyVsRent, type YearlyJob } from '../settings/buy.js';
import { SETTINGS_RANGES } from '../settings/ranges.js';
import { checkNumber } from '../manifest/numbers.js';
import { prepareJobs } from '../settings/prepare.js';
import { parseFlags, UsageError } from './args.js';
import { cliOffline, loadForCliThen, type CliLoaded } from './load-for-cli.js';
import { reportProblems } from './problems-out.js';
import { whereFrom } from './where.js';
import type { Io } from './run.js';

export const COMPARE_BUY_HELP = `Usage: train-budget compare-buy [paths or globs...] [flags]

Renting against owning for a year of the repository's jobs: each job's GPU-hours on the cluster's GPU kind times
how often it runs a year, the cost of renting them (cheapest to dearest catalog price, after the settings' price
rules) against owning the cluster (purchase over its years + operations + energy of the busy hours), the
break-even utilisation and the months until the purchase pays for itself.

The cluster: the clusters in train-budget.yml, or one described by flags:
  --gpu ID --count N --purchase-usd N       required together
  --amortize-years N                        default 4
  --power-kw-per-gpu N                      default the board's TDP (host power not counted)
  --pue N                                   default ${DEFAULT_PUE}
  --usd-per-kwh N                           default ${ELECTRICITY_USD_PER_KWH.value}
  --operations-usd-per-year N               default 0 (staff, space, support)
How often the jobs run: --jobs-per-year N for every job, else each manifest's runs_per_year, else its project's
runs_per_year in train-budget.yml, else once.
  --config FILE   settings file (default train-budget.yml at the root)   --root DIR   repository root
  --offline       never fetch a Hugging Face config.json (also HF_HUB_OFFLINE=1)
  --format text|json
Exit codes: 0 done, 2 invalid input or usage.
`;

const FLAG_NAMES = ['count', 'purchase-usd', 'amortize-years', 'power-kw-per-gpu', 'pue', 'usd-per-kwh', 'operations-usd-per-year', 'jobs-per-year'] as const;

/** The settings file's range for each flag that describes a cluster (the same key in train-budget.yml). */
const FLAG_RANGES: Record<(typeof FLAG_NAMES)[number], keyof typeof SETTINGS_RANGES> = {
  count: 'count', 'purchase-usd': 'purchase_usd', 'amortize-years': 'amortize_years', 'power-kw-per-gpu': 'power_kw_per_gpu', pue: 'pue',
  'usd-per-kwh': 'usd_per_kwh', 'operations-usd-per-year': 'operations_usd_per_year', 'jobs-per-year': 'runs_per_year',
};

/** A flag's number, through the one number validation with the range its settings key has. */
function rangedFlag(values: Record<string, string | boolean | undefined>, flag: (typeof FLAG_NAMES)[number]): number | undefined {
  const v = values[flag];
  if (v === undefined) return undefined;
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  const bad = checkNumber(n, SETTINGS_RANGES[FLAG_RANGES[flag]]);
  if (bad) throw new UsageError(`--${flag} ${bad.replace(/, got .*$/, `, got "${String(v)}"`)}`);
  return n;
}

function clusterFromFlags(values: Record<string, string | boolean | undefined>): OwnedCluster | null {
  const given = ['gpu', 'count', 'purchase-usd'].filter((f) => values[f] !== undefined);
  if (!given.length) {
    const stray = FLAG_NAMES.filter((f) => f !== 'jobs-per-year' && values[f] !== undefined);
    if (stray.length) throw new UsageError(`--${stray[0]} describes a cluster: give --gpu, --count and --purchase-usd too`);
    return null;
  }
  if (given.length < 3) throw new UsageError(`a cluster from flags needs --gpu, --count and --purchase-usd (missing ${['gpu', 'count', 'purchase-usd'].filter((f) => !given.includes(f)).map((f) => `--${f}`).join(', ')})`);
  const gpu = findAccelerator(String(values.gpu));
  if (!gpu) throw new UsageError(`unknown accelerator "${String(values.gpu)}"${didYouMean(String(values.gpu), ACCELERATOR_IDS) || ''}; train-budget gpus lists them`);
  const n = (f: (typeof FLAG_NAMES)[number]) => rangedFlag(values, f);
  return {
    name: `${n('count')!} x ${gpu.id} (flags)`, gpu: gpu.id, count: n('count')!, purchase_usd: n('purchase-usd')!, amortize_years: n('amortize-years') ?? 4,
    power_kw_per_gpu: n('power-kw-per-gpu') ?? gpu.tdp_w / 1000, pue: n('pue') ?? DEFAULT_PUE, usd_per_kwh: n('usd-per-kwh') ?? ELECTRICITY_USD_PER_KWH.value,
    operations_usd_per_year: n('operations-usd-per-year') ?? 0, utilization: 1,
  };
}

/** The job moved to the cluster's GPU kind, rented: the fewest-cost count that fits, at most the cluster's size. */
function onKind(job: Job, c: OwnedCluster): Job {
  const { cluster: _off, ...hw } = job.hardware;
  void _off;
  const count = typeof job.hardware.count === 'number' && job.hardware.gpu === c.gpu && job.hardware.count <= c.count ? job.hardware.count : 'auto';
  return { ...job, hardware: { ...hw, gpu: c.gpu, gpus: [c.gpu], gpu_choice: 'one', count, max_count: c.count }, pricing: { ...job.pricing, gpu_hour_usd: job.hardware.gpu === c.gpu ? job.pricing.gpu_hour_usd : null } };
}

/** The rental price of the cluster's GPU kind: the jobs' own price path, and the cheapest and dearest provider after the rules. */
function rentRange(sample: Job, c: OwnedCluster): { range: Range; source: string } {
  const gpu = findAccelerator(c.gpu)!;
  const chosen = choosePrice(sample, gpu);
  const each = PROVIDERS.map((p) => choosePrice({ ...sample, pricing: { ...sample.pricing, provider: p, market: 'on_demand', gpu_hour_usd: null } }, gpu)).filter((x) => x.provider !== null && PROVIDERS.includes(x.provider) && !x.owned);
  const prices = [chosen.gpu_hour_usd, ...each.map((x) => x.gpu_hour_usd)];
  return { range: { low: Math.min(...prices), expected: chosen.gpu_hour_usd, high: Math.max(...prices) }, source: chosen.source };
}

const pct = (x: number | null) => (x === null ? 'never (renting costs less than the energy)' : `${(x * 100).toFixed(1)}%`);
const months = (x: number | null) => (x === null ? 'never (owning saves nothing at this use)' : `${x.toFixed(1)} months`);
const hrs = (x: number) => Math.round(x).toLocaleString('en-US');

function text(r: BuyVsRent): string {
  const c = r.cluster;
  const out = [
    `${c.name}: ${c.count} x ${c.gpu}, $${c.purchase_usd.toLocaleString('en-US')} over ${c.amortize_years} years`,
    ...r.jobs.map((j) => `  ${j.name} (${j.file}): ${hrs(j.gpu_hours.expected)} GPU-hours a run x ${j.runs_per_year} a year (${j.runs_from})`),
    `  GPU-hours a year   ${hrs(r.gpu_hours_per_year.expected)} (${hrs(r.gpu_hours_per_year.low)} to ${hrs(r.gpu_hours_per_year.high)}) of ${hrs(r.capacity_gpu_hours_per_year)} the cluster can give: ${(r.utilization_needed * 100).toFixed(1)}% busy`,
    `  renting            ${usd(r.rent_usd_per_year.expected)} a year (${usd(r.rent_usd_per_year.low)} to ${usd(r.rent_usd_per_year.high)}) at $${r.rent_gpu_hour_usd.expected.toFixed(4)}/GPU-hour ($${r.rent_gpu_hour_usd.low.toFixed(4)} to $${r.rent_gpu_hour_usd.high.toFixed(4)}); ${r.rent_source}`,
    `  owning             ${usd(r.own_usd_per_year.expected)} a year = ${usd(r.own_fixed_usd_per_year)} purchase share and operations + energy at $${r.energy_usd_per_gpu_hour.toFixed(4)}/GPU-hour (${c.power_kw_per_gpu} kW x PUE ${c.pue} x $${c.usd_per_kwh}/kWh)`,
    `  break-even use     ${pct(r.break_even_utilization.at_rent)} of the cluster's hours (${pct(r.break_even_utilization.at_high_rent)} at the dearest price, ${pct(r.break_even_utilization.at_low_rent)} at the cheapest)`,
    `  break-even time    ${months(r.break_even_months.at_rent)} (${months(r.break_even_months.at_high_rent)} at the dearest price, ${months(r.break_even_months.at_low_rent)} at the cheapest)`,
    `  verdict            ${r.own_usd_per_year.expected < r.rent_usd_per_year.expected ? 'owning costs less at this use' : 'renting costs less at this use'}`,
    ...r.notes.map((n) => `  note: ${n}`),
  ];
  return out.join('\n') + '\n';
}

/** `train-budget compare-buy`: renting against owning for the repository's jobs over a year. */
export function compareBuyCommand(argv: string[], io: Io): number | Promise<number> {
  const s = { type: 'string' } as const;
  const options: Record<string, { type: 'string' } | { type: 'boolean' }> = { gpu: s, format: s, root: s, config: s, offline: { type: 'boolean' } };
  for (const f of FLAG_NAMES) options[f] = s;
  const { values, positionals } = parseFlags(argv, options, 'compare-buy');
  if (values.help) {
    io.out(COMPARE_BUY_HELP);
    return 0;
  }
  const format = (values.format as string | undefined) ?? 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError(`--format must be text or json, got "${format}"`);
  const perYear = rangedFlag(values, 'jobs-per-year');
  const flagCluster = clusterFromFlags(values);
  const where = whereFrom(io.cwd, values.root as string | undefined, positionals);
  return loadForCliThen(where.patterns, where.root, cliOffline(values.offline), io.err, (loaded) => {
    try {
      return compareLoaded(loaded, { root: where.root, config: values.config as string | undefined, flagCluster, perYear, json: format === 'json' }, io);
    } catch (e) {
      // After a Hub fetch this runs asynchronously, out of reach of runCli's handler: usage errors end here.
      if (!(e instanceof UsageError)) throw e;
      io.err(`train-budget: ${e.message}\n`);
      return 2;
    }
  });
}

interface CompareFlags {
  root: string;
  config: string | undefined;
  flagCluster: OwnedCluster | null;
  perYear: number | undefined;
  json: boolean;
}

/** The comparison for what was loaded (after any Hub config.json was fetched). */
function compareLoaded(loaded: CliLoaded, flags: CompareFlags, io: Io): number {
  const { root, config, flagCluster, perYear } = flags;
  const prepared = prepareJobs(loaded.jobs, root, config, io.today ?? null);
  const problems = [...loaded.problems, ...prepared.problems];
  if (problems.length) return reportProblems(problems, flags.json, 'nothing compared', io);
  const clusters = flagCluster ? [flagCluster] : prepared.settings?.clusters ?? [];
  if (!clusters.length) throw new UsageError('no cluster to compare: describe one with --gpu, --count and --purchase-usd, or list clusters in train-budget.yml');
  if (!prepared.jobs.length) throw new UsageError('no manifests: compare-buy needs the jobs the cluster would run');
  const results = clusters.map((c) => {
    const jobs: YearlyJob[] = [];
    const notes: string[] = [];
    for (const job of prepared.jobs) {
      const project = projectOf(prepared.settings, job.file);
      const [runs, from]: [number, YearlyJob['runs_from']] =
        perYear !== undefined ? [perYear, 'flag'] : job.runs_per_year != null ? [job.runs_per_year, 'manifest'] : project?.runs_per_year != null ? [project.runs_per_year, 'project'] : [1, 'default'];
      const e = estimateJob(onKind(job, c));
      // A job the cluster cannot hold would be rented elsewhere whatever is bought: it is left out, and said.
      // (count auto falls back to the fewest GPUs that fit when none up to max_count does: more than the cluster has).
      if (!e.memory.fits || e.hardware.count > c.count) notes.push(`${job.name} (${job.file}) does not fit in the memory of ${c.count} x ${c.gpu}: left out`);
      else jobs.push({ name: job.name, file: job.file, runs_per_year: runs, runs_from: from, gpu_hours: e.compute.gpu_hours });
    }
    const rent = rentRange(onKind(prepared.jobs[0]!, c), c);
    return compareBuy(c, jobs, rent.range, rent.source, notes);
  });
  io.out(flags.json ? JSON.stringify({ today: io.today ?? null, comparisons: results }, null, 2) + '\n' : results.map(text).join('\n'));
  return 0;
}
