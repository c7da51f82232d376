import type { Scored, Setup, SetupScorer } from '../estimate/setup.js';
import { cheaper, faster, type Goals } from './search.js';
import { countOptions, kindsOf, pipelineOptions, tensorOptions, zeroOffloadOptions, type Space } from './space.js';

/** Every set-up of the space, each scored: the reference the pruned search is tested against (small spaces only). */
export function bruteForce(scorer: SetupScorer, space: Space, goals: Goals): { minimum: Scored | null; recommended: Scored | null; fastest: Scored | null; all: Scored[] } {
  const maxGpus = Math.min(space.max_count, goals.max_gpus ?? Infinity);
  const D = goals.deadline_hours ?? Infinity;
  const C = goals.max_cost_usd ?? Infinity;
  const all: Scored[] = [];
  for (const { gpu: g, cluster, max } of kindsOf(space, maxGpus)) {
    const gpu = scorer.accelerator(g);
    for (const tensor of tensorOptions(space, gpu)) {
      for (const pipeline of pipelineOptions(space)) {
        for (const { zero, offload } of zeroOffloadOptions(space, pipeline)) {
          for (const micro of space.micro_batch_size) {
            for (const count of countOptions(space, gpu, tensor, pipeline, micro, max)) {
              for (const ckpt of space.gradient_checkpointing) {
                const s: Setup = { gpu: g, count, zero, tensor, pipeline, offload, micro_batch_size: micro, gradient_checkpointing: ckpt, ...(cluster ? { cluster } : {}) };
                const r = scorer.score(s);
                if (r.fits) all.push(r);
              }
            }
          }
        }
      }
    }
  }
  let minimum: Scored | null = null;
  let recommended: Scored | null = null;
  let fastest: Scored | null = null;
  for (const r of all) {
    if (!minimum || r.setup.count < minimum.setup.count || (r.setup.count === minimum.setup.count && cheaper(r, minimum))) minimum = r;
    if (r.cost_usd > C) continue;
    if (!fastest || faster(r, fastest)) fastest = r;
    if (goals.objective === 'cost' && r.wall_clock_hours <= D && (!recommended || cheaper(r, recommended))) recommended = r;
  }
  if (goals.objective === 'time') recommended = fastest && fastest.wall_clock_hours <= D ? fastest : null;
  return { minimum, recommended, fastest, all };
}
