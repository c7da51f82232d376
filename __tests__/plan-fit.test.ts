import { estimateJob } from '../src/estimate/estimate.js';
import { withAdvice } from '../src/plan/advice.js';
import { parse } from './helpers/manifest.js';

/**
 * The fit advice's "smallest combination" is the one with the fewest changed keys, then the cheapest: checked
 * against an enumeration written out here, through manifests and `estimateJob` (not the planner's scorer).
 *
 * The job, worked by hand: Llama 3.1 8B (8.03B parameters) full fine-tune on ONE A100 40GB, micro-batch 2 of
 * 4,096 tokens, no recomputation. Model states: 8.03B x 16 bytes (bf16 weights 2 + gradients 2 + fp32 Adam
 * master, m, v 12) = 128 GB, three times the GPU's 42.9 GB. On one GPU nothing shards them (ZeRO divides by the
 * data-parallel ranks, and there is one), so a single key cannot fix it:
 *  - recomputation, a smaller micro-batch or a shorter sequence shrink activations only: states stay 128 GB;
 *  - the 8-bit optimizer keeps 2 + 2 + 4 (master) + 2 (8-bit m, v) = 10 bytes: 80 GB;
 *  - offloading needs ZeRO >= 1 (optimizer) or ZeRO-3 (parameters): two keys at least;
 *  - more GPUs: the global batch is held at the job's own 2 sequences, so 2 GPUs need micro-batch 1 (two keys).
 * Offloading does not help on one GPU either: the offloaded states need 8.03B x 16 (or 18) bytes x 1.5 for
 * buffers = 193 (217) GB of host RAM, and one A100 40GB rents 1/8 of a p4d.24xlarge's 1,152 GiB: 144 GiB.
 * Two GPUs (ZeRO-3 by default) shard the states: 64 GB each, still over 40 GB; with the 8-bit optimizer (10
 * bytes) 40 GB, plus activations. So at least three keys.
 */
const JOB = `name: one-gpu
model: llama-3.1-8b
method: full
data: { tokens: 100M }
training: { sequence_length: 4096, micro_batch_size: 2 }
hardware: { gpu: a100-40gb, count: 1 }
`;

/** Every value each key may take, each one saving memory (the issue's list of fixes). */
const KEYS: Record<string, (string | number)[]> = {
  'training.gradient_checkpointing': ['selective', 'full'],
  'training.micro_batch_size': [1],
  'parallelism.zero': [1, 2, 3],
  'parallelism.offload': ['optimizer', 'optimizer_and_params'],
  'hardware.count': [2],
  optimizer: ['adamw_8bit'],
  'training.sequence_length': [2048, 1024],
};

function manifest(change: Record<string, string | number>): string {
  const blocks: Record<string, string[]> = { training: [], hardware: [], parallelism: [] };
  let top = '';
  const c = { 'training.global_batch_size': 2, ...change } as Record<string, string | number>; // the batch held fixed
  for (const [k, v] of Object.entries(c)) {
    const [b, key] = k.split('.');
    if (key) blocks[b!]!.push(`${key}: ${v}`);
    else top += `${b}: ${v}\n`;
  }
  const training = { sequence_length: 4096, micro_batch_size: 2, ...Object.fromEntries(blocks.training!.map((x) => x.split(': '))) };
  const hardware = { gpu: 'a100-40gb', count: 1, ...Object.fromEntries(blocks.hardware!.map((x) => x.split(': '))) };
  const para = Object.fromEntries(blocks.parallelism!.map((x) => x.split(': ')));
  const flow = (o: Record<string, unknown>) => `{ ${Object.entries(o).map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
  return `name: one-gpu\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: 100M }\n${top}training: ${flow(training)}\nhardware: ${flow(hardware)}\n${Object.keys(para).length ? `parallelism: ${flow(para)}\n` : ''}`;
}

/**
 * Cost of the job with the change written in, or null when it breaks a rule or does not fit. Offloading with the
 * ZeRO stage the count gives by default (0 on one GPU) is refused as DeepSpeed refuses it (offload_optimizer
 * needs ZeRO >= 1, offload_param ZeRO-3).
 */
function costWith(change: Record<string, string | number>): number | null {
  const r = parse(manifest(change));
  if (r.problems.length) return null;
  const e = estimateJob(r.jobs[0]!);
  const zero = e.parallelism.zero;
  if ((e.parallelism.offload === 'optimizer' && zero === 0) || (e.parallelism.offload === 'optimizer_and_params' && zero !== 3)) return null;
  // Offload must fit in the node's host RAM too (one A100 40GB is 1/8 of a p4d.24xlarge: 144 GiB; 8.03B x 18 bytes
  // x 1.5 = 217 GB does not fit, 8.03B x 16 x 1.5 = 193 GB neither).
  if (e.host.offload_fits === false) return null;
  return e.memory.fits ? e.cost_usd.expected : null;
}

function* subsets(keys: string[], k: number, from = 0, picked: Record<string, string | number> = {}): Generator<Record<string, string | number>> {
  if (k === 0) return yield { ...picked };
  for (let i = from; i < keys.length; i++) {
    for (const v of KEYS[keys[i]!]!) {
      picked[keys[i]!] = v;
      yield* subsets(keys, k - 1, i + 1, picked);
      delete picked[keys[i]!];
    }
  }
}

describe('fit advice: the smallest combination', () => {
  it('is the fewest changed keys, then the cheapest (against an enumeration through estimateJob)', () => {
    const r = parse(JOB);
    const job = r.jobs[0]!;
    const e = withAdvice(job, estimateJob(job));
    expect(e.memory.fits).toBe(false);
    const keys = Object.keys(KEYS);
    // By hand (above): no single key fits.
    for (const c of subsets(keys, 1)) expect(costWith(c)).toBeNull();
    let size = 0;
    let cheapest = Infinity;
    for (let k = 2; k <= 3 && size === 0; k++) {
      for (const c of subsets(keys, k)) {
        const cost = costWith(c);
        if (cost !== null) {
          size = k;
          cheapest = Math.min(cheapest, cost);
        }
      }
    }
    expect(size).toBe(3); // by hand: two keys take the states off the GPU, the third the activations
    expect(e.advice).toHaveLength(1);
    const a = e.advice[0]!;
    expect(a.summary).toMatch(/^no single change fits; together: /);
    const changed = Object.keys(a.change).filter((k) => k !== 'training.global_batch_size');
    expect(changed).toHaveLength(size);
    expect(Math.abs(a.cost_usd - cheapest) / cheapest).toBeLessThan(0.01);
    // Written back, it fits and costs what the advice says.
    expect(Math.abs(costWith(a.change)! - a.cost_usd) / a.cost_usd).toBeLessThan(0.01);
  });
});
