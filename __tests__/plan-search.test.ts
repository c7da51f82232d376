import { SetupScorer } from '../src/estimate/setup.js';
import { bruteForce } from '../src/plan/brute.js';
import { search, type Goals } from '../src/plan/search.js';
import { CHECKPOINTING_ORDER, OFFLOAD_ORDER, countOptions, kindsOf, pipelineOptions, spaceOf, tensorOptions, zeroOffloadOptions } from '../src/plan/space.js';
import { memoryFloor, type MemoryBreakdown } from '../src/estimate/memory.js';
import { planningJob as job } from './helpers/job.js';
import { limitGrid } from './helpers/plan-scan.js';

/** Small spaces where every set-up can be scored: the pruned search must find the same optima as the full scan. */

const CASES: { name: string; yaml: string }[] = [
  {
    name: '8B full fine-tune, three GPU kinds, up to 32 GPUs',
    yaml: `name: a
model: llama-3.1-8b
method: full
data: { tokens: 2B }
training: { sequence_length: 4096 }
hardware: { gpu: [a100-40gb, h100-80gb, l40s], max_count: 32 }
`,
  },
  {
    name: 'a small custom model pre-trained on consumer and data-centre cards, with a global batch',
    yaml: `name: b
model:
  architecture: { layers: 12, hidden_size: 2048, intermediate_size: 5632, attention_heads: 16, kv_heads: 4, vocab_size: 32000 }
method: pretrain
data: { tokens: 20B }
training: { global_batch_size: 64 }
hardware: { gpu: [rtx-4090, a10g, a100-80gb], max_count: 24 }
`,
  },
  {
    name: '8B pretraining with a global batch of 512 sequences, up to 512 GPUs (fastest is not at the largest count)',
    yaml: `name: d
model: llama-3.1-8b
method: pretrain
data: { tokens: 50B }
training: { sequence_length: 4096, global_batch_size: 512, gradient_checkpointing: none }
parallelism: { pipeline: 1, offload: none }
hardware: { gpu: [h100-80gb, a100-80gb], max_count: 512 }
`,
  },
  {
    name: '70B LoRA with the micro-batch fixed',
    yaml: `name: c
model: llama-3.1-70b
method: lora
data: { tokens: 300M }
training: { micro_batch_size: 2, sequence_length: 2048 }
hardware: { gpu: [a100-80gb, h100-80gb], max_count: 24 }
`,
  },
];

const GOALS: Goals[] = [
  { objective: 'cost', deadline_hours: null, max_cost_usd: null, max_gpus: null },
  { objective: 'cost', deadline_hours: 24, max_cost_usd: null, max_gpus: null },
  { objective: 'cost', deadline_hours: 6, max_cost_usd: null, max_gpus: 16 },
  { objective: 'time', deadline_hours: null, max_cost_usd: 3000, max_gpus: null },
  { objective: 'time', deadline_hours: 48, max_cost_usd: 800, max_gpus: null },
];

describe('pruned search equals a brute-force scan on small spaces', () => {
  for (const c of CASES) {
    for (const g of GOALS) {
      it(`${c.name}; ${JSON.stringify(g)}`, () => {
        const j = job(c.yaml);
        const space = spaceOf(j);
        const bruteScorer = new SetupScorer(j);
        const brute = bruteForce(bruteScorer, space, g);
        const scorer = new SetupScorer(j);
        const pruned = search(scorer, space, g);
        expect(brute.all.length).toBeGreaterThan(50); // the space is not trivial
        expect(pruned.evaluated).toBeLessThan(bruteScorer.scored);
        // Same optimum: the same figures (ties between equally good set-ups may pick either, so compare values).
        const same = (a: typeof pruned.minimum, b: typeof brute.minimum, key: 'cost_usd' | 'wall_clock_hours') => {
          expect(a === null).toBe(b === null);
          if (a && b) expect(a[key]).toBeCloseTo(b[key], 6);
        };
        expect(pruned.minimum?.setup.count).toBe(brute.minimum?.setup.count);
        same(pruned.minimum, brute.minimum, 'cost_usd');
        same(pruned.recommended, brute.recommended, g.objective === 'cost' ? 'cost_usd' : 'wall_clock_hours');
        same(pruned.fastest, brute.fastest, 'wall_clock_hours');
      });
    }
  }
});

describe('what the pruning rests on, over every set-up of the small spaces', () => {
  for (const c of CASES) {
    it(`${c.name}: no set-up beats its kind's floor; lighter recomputation or offload is never slower or dearer`, () => {
      const j = job(c.yaml);
      const scorer = new SetupScorer(j);
      const all = bruteForce(scorer, spaceOf(j), GOALS[0]!).all;
      for (const s of all) {
        const f = scorer.floor(s.setup.gpu);
        expect(s.gpu_hours).toBeGreaterThanOrEqual(f.gpu_hours * (1 - 1e-9));
        expect(s.wall_clock_hours).toBeGreaterThanOrEqual((f.gpu_hours / s.setup.count) * (1 - 1e-9));
      }
      // Property 2: at one count and layout, each lighter variant that fits is no slower and no dearer (less offload;
      // none or selective recomputation rather than full; none and selective are not ordered).
      const key = (s: (typeof all)[number]['setup']) => `${s.gpu}/${s.count}/${s.zero}/${s.tensor}/${s.pipeline}/${s.micro_batch_size}`;
      const groups = new Map<string, typeof all>();
      for (const s of all) groups.set(key(s.setup), [...(groups.get(key(s.setup)) ?? []), s]);
      for (const g of groups.values()) {
        for (const a of g) for (const b of g) {
          const ca = CHECKPOINTING_ORDER.indexOf(a.setup.gradient_checkpointing);
          const cb = CHECKPOINTING_ORDER.indexOf(b.setup.gradient_checkpointing);
          const lighter = OFFLOAD_ORDER.indexOf(a.setup.offload) <= OFFLOAD_ORDER.indexOf(b.setup.offload) && (ca === cb || (b.setup.gradient_checkpointing === 'full' && ca < cb));
          if (lighter) expect(a.wall_clock_hours).toBeLessThanOrEqual(b.wall_clock_hours * (1 + 1e-9));
        }
      }
    });
  }
});

describe('SetupScorer', () => {
  it('its memory-only path gives the full estimate\'s memory for every set-up of a space', () => {
    const j = job(CASES[1]!.yaml);
    const scorer = new SetupScorer(j);
    const all = bruteForce(scorer, spaceOf(j), GOALS[0]!).all;
    expect(all.length).toBeGreaterThan(50);
    for (const s of all) expect(scorer.memory(s.setup)).toBe(s.memory_per_gpu_bytes);
  });
});

/** More small spaces for the advice's search: QLoRA on one node (goodput near 1, dequantisation) and a given MFU. */
const ADVICE_CASES: { name: string; yaml: string }[] = [
  ...CASES,
  {
    name: '8B QLoRA on consumer and data-centre cards, up to 16 GPUs',
    yaml: `name: q
model: llama-3.1-8b
method: qlora
data: { tokens: 100M }
training: { sequence_length: 2048 }
hardware: { gpu: [rtx-4090, l40s, a100-80gb], max_count: 16 }
`,
  },
  {
    name: '70B full fine-tune on 80 GB cards, up to 16 GPUs (optimizer offload is most of what fits)',
    yaml: `name: o
model: llama-3.1-70b
method: full
data: { tokens: 100M }
training: { sequence_length: 2048, global_batch_size: 32 }
hardware: { gpu: [a100-80gb, h100-80gb], max_count: 16 }
`,
  },
  {
    name: 'a small custom model with a given MFU (no step-time floor)',
    yaml: `name: m
model:
  architecture: { layers: 8, hidden_size: 1024, intermediate_size: 2816, attention_heads: 8, kv_heads: 8, vocab_size: 32000 }
method: pretrain
data: { tokens: 5B }
training: { global_batch_size: 32 }
hardware: { gpu: [a10g, a100-40gb], max_count: 16 }
efficiency: { mfu: 0.4 }
`,
  },
];

describe('the advice\'s search (only the recommended set-up; layouts pruned by their floor) equals a brute-force scan', () => {
  for (const c of ADVICE_CASES) {
    it(`${c.name}: no set-up beats its layout's floor, and the pruned cheapest equals the scan's under deadlines and cost limits`, () => {
      const j = job(c.yaml);
      const space = spaceOf(j);
      const scorer = new SetupScorer(j);
      const all = bruteForce(scorer, space, GOALS[0]!).all;
      expect(all.length).toBeGreaterThan(50);
      for (const s of all) {
        const { gpu, tensor, pipeline, gradient_checkpointing, count } = s.setup;
        const floor = (scorer.hoursFloor(gpu, tensor, pipeline, gradient_checkpointing) + scorer.offloadHoursFloor(s.setup)) / scorer.bestGoodput(gpu, count);
        expect(s.gpu_hours).toBeGreaterThanOrEqual(floor);
        if (s.setup.offload === 'none' || j.efficiency.mfu !== null) expect(scorer.offloadHoursFloor(s.setup)).toBe(0);
      }
      // The spaces that do not fix offload off hold offloaded set-ups, and their offload floor is a real term (not 0)
      // where the step model sets the time.
      const offloaded = all.filter((s) => s.setup.offload !== 'none');
      expect(offloaded.length > 0).toBe(!c.yaml.includes('offload: none'));
      if (j.efficiency.mfu === null) expect(offloaded.every((s) => scorer.offloadHoursFloor(s.setup) > 0)).toBe(true);
      // Deadlines that bite (the median and the 10th percentile of the wall-clocks) and none; cost limits from
      // below the cheapest within the deadline (nothing qualifies) to above it.
      for (const { D, C, expected } of limitGrid(all, [0.97, 1, 1.02, 1.3, null])) {
        const pruned = search(new SetupScorer(j), space, { objective: 'cost', deadline_hours: D, max_cost_usd: C, max_gpus: null, only_recommended: true });
        expect(pruned.recommended === null).toBe(expected === null);
        if (pruned.recommended && expected) {
          expect(pruned.recommended.cost_usd).toBeCloseTo(expected.cost_usd, 6);
          expect(pruned.recommended.wall_clock_hours).toBeCloseTo(expected.wall_clock_hours, 6);
        }
        expect(pruned.evaluated).toBeLessThan(all.length);
      }
    });
  }
});

describe('the memory floor the search rules out set-ups with (memory.ts memoryFloor)', () => {
  for (const c of ADVICE_CASES) {
    it(`${c.name}: no set-up needs less memory than the floor from the states of one with its ZeRO stage and offload and the activations of one with its micro-batch and recomputation, at as many GPUs or more`, () => {
      const j = job(c.yaml);
      const space = spaceOf(j);
      const scorer = new SetupScorer(j);
      let checked = 0;
      let ruledOut = 0;
      const below: object[] = [];
      for (const { gpu: g, max } of kindsOf(space, space.max_count)) {
        const gpu = scorer.accelerator(g);
        const cap = scorer.capacity(g);
        for (const tensor of tensorOptions(space, gpu)) {
          for (const pipeline of pipelineOptions(space)) {
            const variants = zeroOffloadOptions(space, pipeline);
            // Every part at `at` GPUs, from every set-up of this tensor x pipeline there (any micro-batch and
            // recomputation for the states, any ZeRO stage and offload for the activations).
            const partsAt = new Map<number, { states: Map<string, MemoryBreakdown[]>; activations: Map<string, number[]> }>();
            const parts = (at: number) => {
              let p = partsAt.get(at);
              if (!p) {
                p = { states: new Map(), activations: new Map() };
                for (const { zero, offload } of variants) {
                  for (const micro of space.micro_batch_size) {
                    for (const ckpt of space.gradient_checkpointing) {
                      const b = scorer.breakdown({ gpu: g, count: at, zero, tensor, pipeline, offload, micro_batch_size: micro, gradient_checkpointing: ckpt });
                      p.states.set(`${zero}/${offload}`, [...(p.states.get(`${zero}/${offload}`) ?? []), b]);
                      p.activations.set(`${micro}/${ckpt}`, [...(p.activations.get(`${micro}/${ckpt}`) ?? []), b.activations]);
                    }
                  }
                }
                partsAt.set(at, p);
              }
              return p;
            };
            for (const micro of space.micro_batch_size) {
              const counts = countOptions(space, gpu, tensor, pipeline, micro, max);
              for (const count of counts) {
                for (const { zero, offload } of variants) {
                  for (const ckpt of space.gradient_checkpointing) {
                    const m = scorer.memory({ gpu: g, count, zero, tensor, pipeline, offload, micro_batch_size: micro, gradient_checkpointing: ckpt });
                    for (const at of new Set([count, counts[counts.length - 1]!])) {
                      const p = parts(at);
                      let highest = 0;
                      for (const states of p.states.get(`${zero}/${offload}`)!) {
                        for (const a of p.activations.get(`${micro}/${ckpt}`)!) highest = Math.max(highest, memoryFloor(states, a));
                      }
                      if (highest > m) below.push({ count, zero, tensor, pipeline, offload, micro, ckpt, at, memory: m, floor: highest });
                      checked++;
                      if (highest > cap) ruledOut++;
                    }
                  }
                }
              }
            }
          }
        }
      }
      expect(below).toEqual([]);
      expect(checked).toBeGreaterThan(500);
      // The floor is not vacuous: it rules out set-ups that do not fit.
      expect(ruledOut).toBeGreaterThan(0);
    });
  }
});
