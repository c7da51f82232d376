import { findAccelerator } from '../catalog/accelerators.js';
import { globToRegExp } from '../manifest/files.js';
import type { Job, Problem } from '../manifest/types.js';
import type { PriceBook } from '../estimate/price-book.js';
import type { JobEstimate } from '../estimate/types.js';
import type { Project, Settings } from './types.js';

/** The estimate with its project set (or removed): the project whose limits judge it. */
export function withProject(e: JobEstimate, project: string | undefined): JobEstimate {
  const { project: _drop, ...rest } = e;
  void _drop;
  return project === undefined ? rest : { ...rest, project };
}

/** The first project whose path globs match a repository-relative manifest path. */
export function projectOf(settings: Settings | null, repoPath: string): Project | null {
  for (const p of settings?.projects ?? []) if (p.paths.some((g) => globToRegExp(g).test(repoPath))) return p;
  return null;
}

export interface Applied {
  jobs: Job[];
  problems: Problem[];
}

/**
 * Applies the settings to validated jobs: the project each belongs to, the pricing defaults (the project's,
 * then the file's) for keys the manifest does not set, and the price book (rules, clusters, today) the estimator
 * reads. Without a settings file only today is handed on, for the age of catalog prices.
 */
export function applySettings(jobs: readonly Job[], settings: Settings | null, today: string | null, repoPathOf: (file: string) => string = (f) => f): Applied {
  const book: PriceBook = { rules: settings?.rules ?? [], clusters: settings?.clusters ?? [], today };
  const problems: Problem[] = [];
  const out = jobs.flatMap((job): Job[] => {
    const project = projectOf(settings, repoPathOf(job.file));
    const d = { ...settings?.defaults, ...project?.defaults };
    const has = (k: string) => job.positions[`pricing.${k}`] !== undefined;
    const pricing = {
      ...job.pricing,
      provider: has('provider') ? job.pricing.provider : d.provider ?? job.pricing.provider,
      market: has('market') ? job.pricing.market : d.market ?? job.pricing.market,
      region: has('region') ? job.pricing.region : d.region ?? job.pricing.region,
    };
    let hardware = job.hardware;
    if (job.hardware.cluster) {
      const c = book.clusters.find((x) => x.name === job.hardware.cluster);
      const pos = job.positions['hardware.cluster'] ?? job.positions['hardware'] ?? { line: 1, col: 1 };
      if (!c) {
        const known = book.clusters.map((x) => x.name);
        problems.push({ file: job.file, ...pos, message: `unknown cluster "${job.hardware.cluster}": ${settings ? (known.length ? `${settings.file} defines ${known.join(', ')}` : `${settings.file} defines no clusters`) : 'no train-budget.yml was found to define it'}` });
        // Its GPUs are unknown (a manifest may name only the cluster): the job cannot be estimated.
        return [];
      } else {
        if (job.positions['hardware.gpu'] && job.hardware.gpu !== c.gpu) problems.push({ file: job.file, ...(job.positions['hardware.gpu'] ?? pos), message: `hardware.gpu ${job.hardware.gpu} differs from cluster ${c.name}'s GPUs (${c.gpu}): remove gpu or make it ${c.gpu}` });
        const a = findAccelerator(c.gpu)!;
        if ((job.precision === 'fp8' && a.tflops.fp8 === null) || (job.precision === 'bf16' && a.tflops.bf16 === null)) problems.push({ file: job.file, ...(job.positions['precision'] ?? pos), message: `cluster ${c.name}'s ${c.gpu} has no ${job.precision} tensor cores: set precision to one it has` });
        if (typeof job.hardware.count === 'number' && job.hardware.count > c.count) problems.push({ file: job.file, ...(job.positions['hardware.count'] ?? pos), message: `count ${job.hardware.count} is more than cluster ${c.name} has (${c.count} GPUs)` });
        // The cluster is the job's only GPU kind, and its size the most GPUs the planner and count auto may use.
        hardware = { ...job.hardware, gpu: c.gpu, gpus: [c.gpu], gpu_choice: 'one', max_count: Math.min(job.hardware.max_count, c.count) };
      }
    }
    return [{ ...job, hardware, pricing, prices: book, project: project?.name ?? null }];
  });
  return { jobs: out, problems };
}
