import { parseCount } from './counts.js';
import type { Located } from './issues.js';

type Key = string | number;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Token counts that look like example counts. Published pretraining runs train on billions of tokens (the
 * smallest Chinchilla-optimal model, 70M parameters, wants 1.4B: Hoffmann et al. 2022, 20 tokens per parameter),
 * so under 10M is almost surely examples; a small curated instruction set, LIMA's 1,000 examples, is still about
 * 0.75M tokens (Zhou et al. 2023, Table 1: examples x average input and output length), so a fine-tune under 100K
 * tokens likely counts examples (Alpaca's 52K, say).
 */
const LOOKS_LIKE_EXAMPLES = { pretrain: 10e6, finetune: 100e3 } as const;

/** Warnings on a job's written values: the job is valid, but the estimate is likely not what was meant. */
export function jobWarnings(job: unknown, at: Key[]): Located[] {
  if (!isObj(job) || !isObj(job.data) || job.data.tokens === undefined) return [];
  const tokens = parseCount(job.data.tokens as string | number);
  if (tokens === null || tokens === undefined) return [];
  const pretrain = job.method === 'pretrain';
  const floor = pretrain ? LOOKS_LIKE_EXAMPLES.pretrain : LOOKS_LIKE_EXAMPLES.finetune;
  if (tokens >= floor) return [];
  return [{
    path: [...at, 'data', 'tokens'], atKey: false,
    message: `data.tokens ${tokens.toLocaleString('en-US')} is under ${pretrain ? '10M for a pretraining job' : '100K for a fine-tune'}: is it a count of examples? data.tokens counts tokens; for examples give data.examples with data.tokens_per_example`,
  }];
}
