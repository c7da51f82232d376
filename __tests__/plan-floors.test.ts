import { SetupScorer } from '../src/estimate/setup.js';
import { bruteForce } from '../src/plan/brute.js';
import { search } from '../src/plan/search.js';
import { CHECKPOINTING_ORDER, kindsOf, pipelineOptions, spaceOf, tensorOptions } from '../src/plan/space.js';
import { planningJob as job } from './helpers/job.js';
import { limitGrid } from './helpers/plan-scan.js';

/**
 * The advice's search works out each layout's GPU-hours floor (SetupScorer.hoursFloor) once per tensor degree, at
 * pipeline 1, and uses it for every pipeline degree (src/plan/search.ts): tokens x tensor x pipeline x the step
 * floor per micro-batch does not depend on the pipeline, each term of the step floor being divided by it. Checked
 * here on every set-up of small spaces with deep models (many pipeline degrees), beside the pruned-vs-scan checks.
 */

const CASES: { name: string; yaml: string }[] = [
  {
    name: 'a 24-layer custom model pre-trained on data-centre cards without FlashAttention (memory-bound terms)',
    yaml: `name: f1
model:
  architecture: { layers: 24, hidden_size: 2048, intermediate_size: 5504, attention_heads: 16, kv_heads: 16, vocab_size: 32000 }
method: pretrain
data: { tokens: 10B }
training: { global_batch_size: 96, flash_attention: false }
hardware: { gpu: [a100-40gb, h100-80gb], max_count: 16 }
`,
  },
  {
    name: 'Mixtral LoRA in fp8 on H100s (experts, fp8 casts, tensor-parallel time)',
    yaml: `name: f2
model: mixtral-8x7b
method: lora
precision: fp8
data: { tokens: 100M }
training: { sequence_length: 2048, global_batch_size: 32 }
hardware: { gpu: h100-80gb, max_count: 16 }
`,
  },
  {
    name: '8B QLoRA without sequence parallelism (replicated norms)',
    yaml: `name: f3
model: llama-3.1-8b
method: qlora
data: { tokens: 50M }
training: { sequence_length: 1024, global_batch_size: 16 }
parallelism: { sequence_parallel: false }
hardware: { gpu: [l40s, a100-80gb], max_count: 8 }
`,
  },
];

describe('the GPU-hours floor of a layout does not depend on its pipeline degree', () => {
  for (const c of CASES) {
    it(`${c.name}: the floor at pipeline 1 equals the floor at every pipeline degree (to rounding) and is below every set-up`, () => {
      const j = job(c.yaml);
      const space = spaceOf(j);
      const scorer = new SetupScorer(j);
      let compared = 0;
      for (const { gpu: g } of kindsOf(space, space.max_count)) {
        for (const tensor of tensorOptions(space, scorer.accelerator(g))) {
          for (const k of CHECKPOINTING_ORDER) {
            const at1 = scorer.hoursFloor(g, tensor, 1, k);
            expect(at1).toBeGreaterThan(0);
            for (const pipeline of pipelineOptions(space)) {
              expect(Math.abs(scorer.hoursFloor(g, tensor, pipeline, k) - at1)).toBeLessThanOrEqual(at1 * 1e-12);
              compared++;
            }
          }
        }
      }
      expect(compared).toBeGreaterThan(20);
      const all = bruteForce(scorer, space, { objective: 'cost', deadline_hours: null, max_cost_usd: null, max_gpus: null }).all;
      expect(all.length).toBeGreaterThan(50);
      expect(all.some((s) => s.setup.pipeline > 1)).toBe(true);
      for (const s of all) {
        const { gpu, tensor, gradient_checkpointing, count } = s.setup;
        expect(s.gpu_hours).toBeGreaterThanOrEqual((scorer.hoursFloor(gpu, tensor, 1, gradient_checkpointing) + scorer.offloadHoursFloor(s.setup)) / scorer.bestGoodput(gpu, count));
      }
      // The advice's search, which prunes with it, finds the scan's cheapest under deadlines and cost limits that bite.
      for (const { D, C, expected } of limitGrid(all, [0.99, 1, 1.05, null])) {
        const pruned = search(new SetupScorer(j), space, { objective: 'cost', deadline_hours: D, max_cost_usd: C, max_gpus: null, only_recommended: true });
        expect(pruned.recommended?.setup ?? null).toEqual(expected?.setup ?? null);
      }
    });
  }
});
