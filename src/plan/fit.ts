import { SetupScorer, type Scored, type Setup } from '../estimate/setup.js';
import type { Job } from '../manifest/types.js';
import { CHECKPOINTING_ORDER, MICRO_BATCHES } from './space.js';

/** One manifest key the fit advice may change, with the values it tries (each saves memory). */
export interface FitKey {
  key: string;
  values: (string | number)[];
}

/** A change: manifest key -> value. */
export type Change = Record<string, string | number>;

/** What a change is scored on: the set-up and, for optimizer / method / sequence changes, a job that says so. */
export interface Applied {
  setup: Setup;
  job: Job;
}

/**
 * The keys a job that does not fit may change, each with the values that need less memory than its own:
 * more recomputation, a smaller micro-batch, a higher ZeRO stage, CPU offload, more GPUs, the 8-bit optimizer,
 * QLoRA instead of LoRA, a shorter sequence (the list).
 */
export function fitKeys(job: Job, own: Setup, counts: number[]): FitKey[] {
  const keys: FitKey[] = [];
  const add = (key: string, values: (string | number)[]) => values.length && keys.push({ key, values });
  add('training.gradient_checkpointing', CHECKPOINTING_ORDER.slice(CHECKPOINTING_ORDER.indexOf(own.gradient_checkpointing) + 1));
  add('training.micro_batch_size', MICRO_BATCHES.filter((m) => m < own.micro_batch_size).reverse());
  // Pipelines run ZeRO 0 or 1 (DeepSpeed), so with one neither ZeRO-2/3 nor parameter offload is a candidate.
  const zeros = own.pipeline > 1 ? [1] : [1, 2, 3];
  add('parallelism.zero', zeros.filter((z) => z > own.zero));
  const offloads = own.pipeline > 1 ? ['optimizer'] : ['optimizer', 'optimizer_and_params'];
  add('parallelism.offload', offloads.slice(own.offload === 'none' ? 0 : own.offload === 'optimizer' ? 1 : 2));
  add('hardware.count', counts.filter((c) => c > own.count));
  if (job.optimizer === 'adamw') add('optimizer', ['adamw_8bit']);
  if (job.method === 'lora' && job.precision !== 'fp8') add('method', ['qlora']);
  add('training.sequence_length', [job.training.sequence_length / 2, job.training.sequence_length / 4].filter((s) => Number.isInteger(s) && s >= 256));
  return keys;
}

/** The set-up and job a change gives; null when the combination breaks a rule of `validate`. */
export function applyChange(job: Job, own: Setup, change: Change): Applied | null {
  const s: Setup = { ...own };
  let j = job;
  for (const [k, v] of Object.entries(change)) {
    if (k === 'training.gradient_checkpointing') s.gradient_checkpointing = v as Setup['gradient_checkpointing'];
    else if (k === 'training.micro_batch_size') s.micro_batch_size = v as number;
    else if (k === 'parallelism.zero') s.zero = v as Setup['zero'];
    else if (k === 'parallelism.offload') s.offload = v as Setup['offload'];
    else if (k === 'hardware.count') s.count = v as number;
    else if (k === 'optimizer') j = { ...j, optimizer: v as Job['optimizer'] };
    else if (k === 'method') j = { ...j, method: v as Job['method'] };
    else if (k === 'training.sequence_length') j = { ...j, training: { ...j.training, sequence_length: v as number } };
  }
  // A manifest that does not set the ZeRO stage takes the estimator's default for the count (layoutFor: 0 on one
  // GPU, 1 with pipeline stages, else 3), so a change of count moves it unless the change sets it.
  if (!Object.prototype.hasOwnProperty.call(job.positions, 'parallelism.zero') && !('parallelism.zero' in change)) s.zero = s.count === 1 ? 0 : s.pipeline > 1 ? 1 : 3;
  // The rules of validate: pipelines run ZeRO 0/1 (DeepSpeed), optimizer offload needs ZeRO >= 1 and parameter
  // offload ZeRO-3, the count is a multiple of tensor x pipeline, and the global batch (held fixed) a multiple of
  // micro-batch x data-parallel ranks. A higher ZeRO stage on one data-parallel rank shards nothing: it is a
  // candidate there only as the way to offload (ZeRO-Offload trains on a single GPU, Ren et al. 2021).
  const unit = s.tensor * s.pipeline;
  if (s.zero > own.zero && s.count <= unit && s.offload === 'none') return null;
  if (s.pipeline > 1 && s.zero > 1) return null;
  if (s.offload === 'optimizer' && s.zero < 1) return null;
  if (s.offload === 'optimizer_and_params' && s.zero !== 3) return null;
  if (s.count % unit !== 0) return null;
  const global = j.training.global_batch_size;
  if (global !== null && global % (s.micro_batch_size * (s.count / unit)) !== 0) return null;
  return { setup: s, job: j };
}

/** Every way to pick one value for each of `k` of the keys. */
function* combinations(keys: FitKey[], k: number, from = 0, picked: Change = {}): Generator<Change> {
  if (k === 0) {
    yield { ...picked };
    return;
  }
  for (let i = from; i <= keys.length - k; i++) {
    for (const v of keys[i]!.values) {
      picked[keys[i]!.key] = v;
      yield* combinations(keys, k - 1, i + 1, picked);
      delete picked[keys[i]!.key];
    }
  }
}

/**
 * The smallest combination that makes the job fit: the fewest changed keys, then the cheapest. Each size is
 * tried in turn, memory first (cheap), and only the combinations that fit are priced.
 * Before any enumeration, every key at its most memory-saving value (the last in its list) is checked, once for
 * each micro-batch size: each other key only ever lowers memory per GPU, but a smaller micro-batch under a fixed
 * global batch adds gradient accumulation, which holds gradients beside the activations, so it is tried at
 * each value. If none of those fits, no combination does.
 */
export function smallestFix(job: Job, own: Setup, keys: FitKey[], scorerOf: (j: Job) => SetupScorer): { change: Change; scored: Scored } | null {
  const fitsAt = (a: Applied) => scorerOf(a.job).fits(a.setup);
  const all = Object.fromEntries(keys.map((k) => [k.key, k.values[k.values.length - 1]!]));
  const micros = [own.micro_batch_size, ...(keys.find((k) => k.key === 'training.micro_batch_size')?.values ?? [])];
  const most = micros.map((m) => applyChange(job, own, { ...all, 'training.micro_batch_size': m }));
  if (most.every((a) => a !== null) && !most.some((a) => fitsAt(a!))) return null;
  for (let k = 2; k <= keys.length; k++) {
    let best: { change: Change; scored: Scored } | null = null;
    for (const change of combinations(keys, k)) {
      const a = applyChange(job, own, change);
      if (!a || !fitsAt(a)) continue;
      const scored = scorerOf(a.job).score(a.setup);
      if (scored.fits && (!best || scored.cost_usd < best.scored.cost_usd)) best = { change, scored };
    }
    if (best) return best;
  }
  return null;
}
