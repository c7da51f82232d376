import { estimateJob } from '../src/estimate/estimate.js';
import { layoutFor } from '../src/estimate/layout.js';
import { SetupScorer, type Scored } from '../src/estimate/setup.js';
import { withAdvice, GPU_SLOWER, LAYOUT_SAVING } from '../src/plan/advice.js';
import { bruteForce } from '../src/plan/brute.js';
import { cheaper } from '../src/plan/search.js';
import { spaceOf } from '../src/plan/space.js';
import { parse } from './helpers/manifest.js';

/**
 * The layout advice prunes its search with a cost limit (LAYOUT_SAVING below the job's own cost) and each layout's
 * floor: it must still give exactly what a scan of every set-up gives. The reference is written out here: every
 * set-up on the job's GPU kind at or below its count, with its global batch held, within 1.5x its wall-clock; the
 * cheapest is advice when it saves at least LAYOUT_SAVING.
 */
const JOBS = [
  `name: full-8b-8-h100
model: llama-3.1-8b
method: full
data: { tokens: 500M }
training: { sequence_length: 4096, micro_batch_size: 1, gradient_checkpointing: full }
hardware: { gpu: h100-80gb, count: 8 }
parallelism: { zero: 3 }
`,
  `name: pretrain-small-16-a100
model:
  architecture: { layers: 12, hidden_size: 2048, intermediate_size: 5632, attention_heads: 16, kv_heads: 4, vocab_size: 32000 }
method: pretrain
data: { tokens: 20B }
training: { global_batch_size: 64, micro_batch_size: 2 }
hardware: { gpu: a100-40gb, count: 16 }
parallelism: { tensor: 2 }
`,
  `name: lora-8b-4-a100
model: llama-3.1-8b
method: lora
data: { tokens: 200M }
training: { sequence_length: 2048 }
hardware: { gpu: a100-80gb, count: 4 }
`,
  `name: full-70b-16-h100-offload
model: llama-3.1-70b
method: full
data: { tokens: 100M }
training: { sequence_length: 2048, gradient_checkpointing: full }
hardware: { gpu: h100-80gb, count: 16 }
parallelism: { zero: 3, offload: optimizer }
`,
  `name: full-8b-2-a100-offload
model: llama-3.1-8b
method: full
data: { tokens: 200M }
training: { sequence_length: 2048 }
hardware: { gpu: a100-40gb, count: 2 }
parallelism: { zero: 2, offload: optimizer }
`,
  `name: qlora-8b-4090
model: llama-3.1-8b
method: qlora
data: { tokens: 50M }
training: { sequence_length: 2048, micro_batch_size: 1, gradient_checkpointing: full }
hardware: { gpu: rtx-4090, count: 1 }
`,
];

describe('layout advice equals a brute-force scan of the same set-ups', () => {
  for (const text of JOBS) {
    it(text.split('\n')[0]!, () => {
      const r = parse(text);
      expect(r.problems).toEqual([]);
      const job = r.jobs[0]!;
      const e = estimateJob(job);
      const layout = withAdvice(job, e).advice.find((a) => a.kind === 'layout');
      const fixed = job.training.global_batch_size !== null ? job : { ...job, training: { ...job.training, global_batch_size: layoutFor(job, e.hardware.count).global_batch } };
      const space = { ...spaceOf(fixed, { free: true, gpus: [e.hardware.gpu] }), clusters: [], count: null, max_count: e.hardware.count };
      const all = bruteForce(new SetupScorer(fixed), space, { objective: 'cost', deadline_hours: null, max_cost_usd: null, max_gpus: null }).all;
      expect(all.length).toBeGreaterThan(20);
      const deadline = e.compute.wall_clock_hours.expected * GPU_SLOWER;
      const best = all.filter((s) => s.wall_clock_hours <= deadline).reduce<Scored | null>((a, b) => (!a || cheaper(b, a) ? b : a), null);
      const expected = best && best.cost_usd <= e.cost_usd.expected * (1 - LAYOUT_SAVING) ? best : null;
      expect(layout === undefined).toBe(expected === null);
      if (layout && expected) {
        expect(layout.cost_usd).toBeCloseTo(expected.cost_usd, 6);
        expect(layout.wall_clock_hours).toBeCloseTo(expected.wall_clock_hours, 6);
      }
    });
  }
});
