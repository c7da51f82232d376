import { layoutFor } from '../estimate/layout.js';
import type { Job } from '../manifest/types.js';

/**
 * The global batch the planner holds fixed. A plan changes where and how a job runs, never what it trains: the
 * global batch (sequences of a fixed length, so tokens per optimizer step) is part of the optimisation (the
 * learning rate is tuned for it), so every set-up scored uses the same one. In order:
 *  - the manifest's `training.global_batch_size`;
 *  - with a count the manifest writes: what the job's own layout implies at that count (micro-batch x
 *    data-parallel ranks x the estimator's accumulation, `layoutFor`): the batch the job would train with today;
 *  - otherwise a stated default in tokens: 4M tokens for pretraining (Llama 2, Touvron et al. 2023 §2.2: "a
 *    global batch-size of 4M tokens"), 64 sequences of 4,096 tokens (262,144 tokens) for fine-tuning (the same
 *    paper §3.1, supervised fine-tuning: "a batch size of 64" at 4,096 tokens), in whole sequences of the job's
 *    length, rounded to a power of two so that the usual data-parallel sizes divide it.
 */
export const PRETRAIN_BATCH_TOKENS = 4 * 1024 * 1024;
export const FINETUNE_BATCH_TOKENS = 64 * 4096;

export interface PlanBatch {
  /** Sequences per optimizer step. */
  sequences: number;
  tokens: number;
  source: 'manifest' | 'layout' | 'default';
  /** One sentence for the plan's assumptions. */
  why: string;
}

export function planBatch(job: Job): PlanBatch {
  const seq = job.training.sequence_length;
  const make = (sequences: number, source: PlanBatch['source'], why: string): PlanBatch => ({ sequences, tokens: sequences * seq, source, why });
  const tokensWord = (n: number) => n.toLocaleString('en-US');
  if (job.training.global_batch_size !== null) {
    const g = job.training.global_batch_size;
    return make(g, 'manifest', `global batch fixed at the manifest's ${g} sequences (${tokensWord(g * seq)} tokens) in every set-up`);
  }
  if (typeof job.hardware.count === 'number' && Object.prototype.hasOwnProperty.call(job.positions, 'hardware.count')) {
    const g = layoutFor(job, job.hardware.count).global_batch;
    return make(g, 'layout', `global batch fixed at ${g} sequences (${tokensWord(g * seq)} tokens), what the manifest's own layout on ${job.hardware.count} GPUs implies, so no set-up changes the optimisation; set training.global_batch_size to choose another`);
  }
  const target = job.method === 'pretrain' ? PRETRAIN_BATCH_TOKENS : FINETUNE_BATCH_TOKENS;
  const g = 2 ** Math.max(0, Math.round(Math.log2(target / seq)));
  const kind = job.method === 'pretrain' ? 'pretraining, Llama 2' : 'fine-tuning, Llama 2 SFT';
  return make(g, 'default', `global batch fixed at ${g} sequences (${tokensWord(g * seq)} tokens; the default for ${kind}), since the manifest sets neither training.global_batch_size nor hardware.count; set training.global_batch_size to choose another`);
}

/** The job with its plan batch written in: what every set-up is scored on. */
export function withPlanBatch(job: Job, b: PlanBatch = planBatch(job)): Job {
  return job.training.global_batch_size === b.sequences ? job : { ...job, training: { ...job.training, global_batch_size: b.sequences } };
}
