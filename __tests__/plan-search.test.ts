import { SetupScorer } from '../src/estimate/setup.js';
import { bruteForce } from '../src/plan/brute.js';
import { search, type Goals } from '../src/plan/search.js';
import { spaceOf } from '../src/plan/space.js';
import { parse } from './helpers/manifest.js';

/** Small spaces where every set-up can be scored: the pruned search must find the same optima as the full scan. */
const job = (body: string) => {
  const r = parse(body);
  if (r.problems.length) throw new Error(JSON.stringify(r.problems));
  return r.jobs[0]!;
};

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
        const brute = bruteForce(new SetupScorer(j), space, g);
        const scorer = new SetupScorer(j);
        const pruned = search(scorer, space, g);
        expect(brute.all.length).toBeGreaterThan(50); // the space is not trivial
        expect(pruned.evaluated).toBeLessThan(brute.all.length);
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

describe('SetupScorer', () => {
  it('its memory-only path gives the full estimate\'s memory for every set-up of a space', () => {
    const j = job(CASES[1]!.yaml);
    const scorer = new SetupScorer(j);
    const all = bruteForce(scorer, spaceOf(j), GOALS[0]!).all;
    expect(all.length).toBeGreaterThan(50);
    for (const s of all) expect(scorer.memory(s.setup)).toBe(s.memory_per_gpu_bytes);
  });
});
