import type { Limits } from '../budget/limits.js';
import { SetupScorer, type Scored } from '../estimate/setup.js';
import type { Job } from '../manifest/types.js';
import { planBatch, withPlanBatch } from './batch.js';
import { manifestFragment } from './fragment.js';
import { frontier } from './frontier.js';
import { search, type Goals, type SearchResult } from './search.js';
import { spaceOf } from './space.js';
import type { JobPlan, PlannedSetup } from './types.js';

/** Limits from outside the manifest: the CLI's flags or the action's inputs. */
export interface PlanOptions {
  objective?: 'cost' | 'time';
  deadline_hours?: number;
  max_cost_usd?: number;
  max_gpus?: number;
  /** Only these GPU kinds (catalog ids), within what the manifest allows. */
  gpus?: string[];
}

const minOf = (a: number | null | undefined, b: number | null | undefined): number | null => {
  const xs = [a, b].filter((x): x is number => typeof x === 'number');
  return xs.length ? Math.min(...xs) : null;
};

/**
 * Budget limits (the CLI's --max-* flags, the action's max-hours / max-gpus / max-cost-usd inputs, a settings
 * project's limits) as planner constraints: max_hours is a deadline, max_cost_usd a cost limit, max_gpus a GPU
 * limit. Where both set one, the smaller applies.
 */
export function withLimits(opts: PlanOptions, ...limits: (Limits | undefined)[]): PlanOptions {
  const out: PlanOptions = { ...opts };
  const tighten = (k: 'deadline_hours' | 'max_cost_usd' | 'max_gpus', v: number | undefined) => {
    const m = minOf(out[k], v);
    if (m !== null) out[k] = m;
  };
  for (const l of limits) {
    if (!l) continue;
    tighten('deadline_hours', l.max_hours);
    tighten('max_cost_usd', l.max_cost_usd);
    tighten('max_gpus', l.max_gpus);
  }
  return out;
}

/** The goals of a job: its `plan:` block, tightened by outside limits (the smaller of two limits applies). */
export function goalsOf(job: Job, opts: PlanOptions = {}): Goals {
  return {
    objective: opts.objective ?? job.plan.objective,
    deadline_hours: minOf(job.plan.deadline_hours, opts.deadline_hours),
    max_cost_usd: minOf(job.plan.max_cost_usd, opts.max_cost_usd),
    max_gpus: opts.max_gpus ?? null,
  };
}

export function toPlanned(s: Scored): PlannedSetup {
  const u = s.setup;
  return {
    gpu: u.gpu,
    cluster: u.cluster ?? null,
    count: u.count,
    parallelism: { zero: u.zero, tensor: u.tensor, pipeline: u.pipeline, data: s.data_parallel, offload: u.offload },
    training: { micro_batch_size: u.micro_batch_size, gradient_checkpointing: u.gradient_checkpointing },
    memory_per_gpu_bytes: s.memory_per_gpu_bytes,
    wall_clock_hours: s.wall_clock_hours,
    gpu_hours: s.gpu_hours,
    cost_usd: s.cost_usd,
    mfu: s.mfu,
  };
}

import { gibWord as gb, hoursWord as h, usdWord as usd } from './words.js';
const name = (s: Scored) => `${s.setup.count} x ${s.setup.gpu}${s.setup.cluster ? ` (cluster ${s.setup.cluster})` : ''}`;

/** Why nothing qualifies, in one sentence: the nearest set-up and the limit it breaks. */
function reason(r: SearchResult, g: Goals, gpus: string[], maxGpus: number): string | null {
  if (r.recommended) return null;
  if (!gpus.length) return 'no GPU kind is allowed: hardware.gpu and --gpus have none in common';
  if (!r.minimum) {
    const m = r.least_memory;
    return m
      ? `no set-up of ${gpus.length === 1 ? gpus[0] : `${gpus.length} GPU kinds`} up to ${maxGpus} GPUs holds the job: the nearest, ${m.setup.count} x ${m.setup.gpu}, needs ${gb(m.bytes)} per GPU of ${gb(m.capacity)}`
      : `no set-up up to ${maxGpus} GPUs satisfies the manifest's fixed keys (count, tensor x pipeline, global batch)`;
  }
  const f = r.fastest;
  if (g.deadline_hours !== null && (!f || f.wall_clock_hours > g.deadline_hours)) {
    if (f) return `no set-up meets the deadline of ${h(g.deadline_hours)} hours${g.max_cost_usd !== null ? ` within ${usd(g.max_cost_usd)}` : ''}: the fastest, ${name(f)}, takes ${h(f.wall_clock_hours)} hours (${usd(f.cost_usd)})`;
  }
  const c = r.cheapest!;
  if (g.max_cost_usd !== null) return `no set-up costs at most ${usd(g.max_cost_usd)}: the cheapest, ${name(c)}, costs ${usd(c.cost_usd)} (${h(c.wall_clock_hours)} hours)`;
  return `no set-up meets the limits: the cheapest, ${name(c)}, costs ${usd(c.cost_usd)} and takes ${h(c.wall_clock_hours)} hours`;
}

/** Counts above `from` worth showing on the frontier: each one within the first node, then doublings. */
function densify(from: number, unit: number, micro: number, perNode: number, max: number, space: ReturnType<typeof spaceOf>): number[] {
  if (space.count !== null) return [];
  const out: number[] = [];
  for (let c = from + unit; c <= Math.min(perNode, max); c += unit) out.push(c);
  for (let c = Math.max(2 * perNode, 2 * from); c <= max; c *= 2) if (c % unit === 0 && c % perNode === 0) out.push(c);
  const g = space.global_batch_size;
  return g === null ? out : out.filter((c) => g % (micro * (c / unit)) === 0);
}

/** Plans one job: pure, deterministic. */
export function planJob(manifestJob: Job, opts: PlanOptions = {}): JobPlan {
  const batch = planBatch(manifestJob);
  const job = withPlanBatch(manifestJob, batch);
  const goals = goalsOf(job, opts);
  const space = spaceOf(job, { gpus: opts.gpus });
  const scorer = new SetupScorer(job);
  const r = search(scorer, space, goals);
  const maxGpus = Math.min(space.max_count, goals.max_gpus ?? Infinity);
  const C = goals.max_cost_usd ?? Infinity;
  // The frontier is drawn from the set-ups scored; to show each layout's whole trade-off, the layouts on the
  // first frontier are also scored at every doubling of their count (and within the first node at each count).
  const extra: Scored[] = [];
  for (const p of frontier(r.points.filter((x) => x.cost_usd <= C))) {
    const kindMax = p.setup.cluster ? Math.min(maxGpus, space.clusters.find((c) => c.name === p.setup.cluster)?.count ?? maxGpus) : maxGpus;
    for (const c of densify(p.setup.count, p.setup.tensor * p.setup.pipeline, p.setup.micro_batch_size, scorer.accelerator(p.setup.gpu).gpus_per_node, kindMax, space)) {
      // At a larger count the set-up may fit without offload: that variant is never slower or dearer.
      const light = p.setup.offload !== 'none' && space.offload.includes('none') ? scorer.score({ ...p.setup, count: c, offload: 'none' }) : null;
      const s = light?.fits ? light : scorer.score({ ...p.setup, count: c });
      if (s.fits) extra.push(s);
    }
  }
  r.points.push(...extra);
  r.evaluated = scorer.scored;
  return {
    objective: goals.objective,
    deadline_hours: goals.deadline_hours,
    max_cost_usd: goals.max_cost_usd,
    max_gpus: goals.max_gpus,
    gpus: space.gpus,
    clusters: space.clusters.map((c) => c.name),
    minimum: r.minimum ? toPlanned(r.minimum) : null,
    recommended: r.recommended ? toPlanned(r.recommended) : null,
    fastest: r.fastest ? toPlanned(r.fastest) : null,
    frontier: frontier(r.points.filter((p) => p.cost_usd <= C)).map(toPlanned),
    manifest_fragment: r.recommended ? manifestFragment(job, r.recommended) : null,
    evaluated: r.evaluated,
    infeasible_reason: reason(r, goals, space.gpus, maxGpus),
    global_batch: { sequences: batch.sequences, tokens: batch.tokens, source: batch.source },
    assumptions: [batch.why],
  };
}
