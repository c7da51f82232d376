import { readFileSync } from 'node:fs';
import { estimateJob } from '../src/estimate/estimate.js';
import { planJob } from '../src/plan/plan.js';
import type { PlannedSetup } from '../src/plan/types.js';
import { parse } from './helpers/manifest.js';

const jobOf = (text: string) => {
  const r = parse(text);
  if (r.problems.length) throw new Error(r.problems.map((p) => `${p.line}:${p.col}: ${p.message}`).join('\n'));
  return r.jobs[0]!;
};

/** A manifest's head (everything but the keys the plan fills in) and the plan's fragment, pasted together. */
function writeBack(head: string, fragment: string): string {
  return `${head}${fragment}`;
}

const HEAD_8B = `name: sft
model: llama-3.1-8b
method: full
data:
  tokens: 2B
pricing:
  provider: lambda
`;

describe('plan: what it recommends can be run and costs what it says', () => {
  const cases = [
    { head: HEAD_8B, hardware: 'hardware:\n  gpu: [a100-80gb, h100-80gb]\n', deadline: 48 },
    { head: HEAD_8B.replace('method: full', 'method: lora'), hardware: 'hardware:\n  gpu: auto\n  max_count: 64\n', deadline: 12 },
    { head: HEAD_8B.replace('llama-3.1-8b', 'mixtral-8x7b'), hardware: 'hardware:\n  gpu: h100-80gb\n  max_count: 64\n', deadline: 100 },
  ];
  for (const c of cases) {
    it(`${c.head.split('\n')[2]} on ${c.hardware.split('\n')[1]!.trim()}`, () => {
      const job = jobOf(`${c.head}${c.hardware}plan:\n  deadline_hours: ${c.deadline}\n`);
      const p = planJob(job);
      const rec = p.recommended!;
      expect(rec).not.toBeNull();
      expect(rec.wall_clock_hours).toBeLessThanOrEqual(c.deadline);
      // Written back into the manifest, the set-up passes every rule of validate and the estimate agrees.
      const back = parse(writeBack(c.head, p.manifest_fragment!));
      expect(back.problems).toEqual([]);
      const e = estimateJob(back.jobs[0]!);
      expect(e.memory.fits).toBe(true);
      expect(e.hardware.count).toBe(rec.count);
      expect(Math.abs(e.cost_usd.expected - rec.cost_usd) / rec.cost_usd).toBeLessThan(0.01);
      expect(Math.abs(e.compute.wall_clock_hours.expected - rec.wall_clock_hours) / rec.wall_clock_hours).toBeLessThan(0.01);
    });
  }

  it('lists only set-ups that fit, and a frontier of at most 8 where none is dominated', () => {
    const p = planJob(jobOf(`${HEAD_8B}hardware:\n  gpu: auto\n  max_count: 256\n`));
    const all: PlannedSetup[] = [p.minimum!, p.recommended!, p.fastest!, ...p.frontier];
    for (const s of all) {
      const back = jobOf(writeBack(HEAD_8B, `hardware:\n  gpu: ${s.gpu}\n  count: ${s.count}\nparallelism:\n  zero: ${s.parallelism.zero}\n  tensor: ${s.parallelism.tensor}\n  pipeline: ${s.parallelism.pipeline}\n  offload: ${s.parallelism.offload}\ntraining:\n  micro_batch_size: ${s.training.micro_batch_size}\n  gradient_checkpointing: ${s.training.gradient_checkpointing}\n`));
      expect(estimateJob(back).memory.fits).toBe(true);
    }
    expect(p.frontier.length).toBeGreaterThan(1);
    expect(p.frontier.length).toBeLessThanOrEqual(8);
    for (const a of p.frontier) for (const b of p.frontier) if (a !== b) expect(b.cost_usd <= a.cost_usd && b.wall_clock_hours <= a.wall_clock_hours).toBe(false);
    // Pipelines never run with ZeRO-2 or ZeRO-3 (DeepSpeed refuses it).
    for (const s of all) if (s.parallelism.pipeline > 1) expect(s.parallelism.zero).toBeLessThanOrEqual(1);
  });
});

describe('plan: properties', () => {
  const base = `${HEAD_8B}training:\n  sequence_length: 4096\n`;

  it('never costs more than the user\'s own layout when that layout meets the limits', () => {
    const layouts = [
      'hardware:\n  gpu: h100-80gb\n  count: 16\nparallelism:\n  zero: 3\n',
      'hardware:\n  gpu: a100-80gb\n  count: 8\nparallelism:\n  zero: 3\n',
      'hardware:\n  gpu: a100-40gb\n  count: 8\nparallelism:\n  zero: 3\n  tensor: 2\n',
    ];
    for (const l of layouts) {
      const user = estimateJob(jobOf(base + l));
      expect(user.memory.fits).toBe(true);
      // The same job with every layout key left open, on the same kind.
      const open = jobOf(`${base}hardware:\n  gpu: ${user.hardware.gpu}\n  max_count: 64\n`);
      const p = planJob(open);
      expect(p.recommended!.cost_usd).toBeLessThanOrEqual(user.cost_usd.expected * (1 + 1e-9));
      // With the user's keys as constraints the plan can do no worse than the user's layout either.
      const fixed = planJob(jobOf(base + l));
      expect(fixed.recommended!.cost_usd).toBeLessThanOrEqual(user.cost_usd.expected * (1 + 1e-9));
    }
  });

  it('a tighter deadline never gives a cheaper plan', () => {
    const job = jobOf(`${base}hardware:\n  gpu: [a100-80gb, h100-80gb, l40s]\n  max_count: 128\n`);
    let last = 0;
    for (const d of [1e6, 500, 100, 30, 10, 4]) {
      const p = planJob(job, { deadline_hours: d });
      if (!p.recommended) {
        expect(p.infeasible_reason).toMatch(/deadline/);
        continue;
      }
      expect(p.recommended.wall_clock_hours).toBeLessThanOrEqual(d);
      expect(p.recommended.cost_usd).toBeGreaterThanOrEqual(last * (1 - 1e-9));
      last = p.recommended.cost_usd;
    }
    expect(last).toBeGreaterThan(0);
  });

  it('more GPU kinds allowed never give a dearer plan', () => {
    const job = jobOf(`${base}hardware:\n  gpu: auto\n  max_count: 128\n`);
    const kinds = [['a100-80gb'], ['a100-80gb', 'l40s'], ['a100-80gb', 'l40s', 'h100-80gb'], ['a100-80gb', 'l40s', 'h100-80gb', 'h200', 'mi300x']];
    let last = Infinity;
    for (const g of kinds) {
      for (const deadline of [undefined, 24]) {
        const p = planJob(job, { gpus: g, ...(deadline ? { deadline_hours: deadline } : {}) });
        if (deadline === undefined) {
          expect(p.recommended!.cost_usd).toBeLessThanOrEqual(last * (1 + 1e-9));
          last = p.recommended!.cost_usd;
        }
      }
    }
  });

  it('keys the manifest sets are constraints', () => {
    const job = jobOf(`${HEAD_8B}hardware:\n  gpu: h100-80gb\nparallelism:\n  zero: 3\ntraining:\n  micro_batch_size: 2\n  gradient_checkpointing: full\n`);
    const p = planJob(job);
    for (const s of [p.minimum!, p.recommended!, p.fastest!, ...p.frontier]) {
      expect(s.gpu).toBe('h100-80gb');
      expect(s.parallelism.zero).toBe(3);
      expect(s.training).toEqual({ micro_batch_size: 2, gradient_checkpointing: 'full' });
    }
  });

  it('says why when nothing qualifies: the nearest set-up and the limit it breaks', () => {
    const job = jobOf(`${base}hardware:\n  gpu: h100-80gb\n  max_count: 16\n`);
    const late = planJob(job, { deadline_hours: 0.5 });
    expect(late.recommended).toBeNull();
    expect(late.infeasible_reason).toMatch(/no set-up meets the deadline of 0\.5 hours: the fastest, 16 x h100-80gb, takes/);
    const poor = planJob(job, { max_cost_usd: 1 });
    expect(poor.recommended).toBeNull();
    expect(poor.infeasible_reason).toMatch(/no set-up costs at most \$1\.00: the cheapest, \d+ x h100-80gb, costs/);
    const tooBig = planJob(jobOf(`name: big\nmodel: llama-3.1-405b\nmethod: full\ndata:\n  tokens: 1B\nhardware:\n  gpu: rtx-4090\n  count: 1\n`));
    expect(tooBig.minimum).toBeNull();
    expect(tooBig.infeasible_reason).toMatch(/no set-up of rtx-4090 up to 1 GPUs holds the job|no set-up of rtx-4090 up to \d+ GPUs holds the job/);
  });
});

describe("plan: the hardware guide's set-ups (docs/planning-examples)", () => {
  const plan = (f: string) => planJob(jobOf(readFileSync(`docs/planning-examples/${f}.train.yaml`, 'utf8')));

  it('7B on 1T tokens within 30 days: tens of GPUs, not the guide\'s eight', () => {
    // Hand calculation: 6 x 6.74e9 parameters x 1e12 tokens = 4.0e22 FLOPs. Even at 50% MFU of an H100's
    // 989 dense bf16 TFLOPS that is 4.0e22 / (0.5 x 989e12) / 3600 = 22,700 GPU-hours: over 720 hours at
    // least 32 GPUs, so the guide's 8 A100s (312 TFLOPS) cannot finish in a month.
    const p = plan('7b-1t-30-days');
    const r = p.recommended!;
    expect(r.wall_clock_hours).toBeLessThanOrEqual(720);
    expect(r.count).toBeGreaterThanOrEqual(32);
    expect(r.gpu_hours).toBeGreaterThan(22700);
  });

  it('70B on 1T tokens within 90 days: hundreds of GPUs', () => {
    // 6 x 69e9 x 1e12 = 4.1e23 FLOPs; at 50% of 989 TFLOPS, 233,000 GPU-hours; over 2,160 hours >= 108 GPUs.
    const p = plan('70b-1t-90-days');
    const r = p.recommended!;
    expect(r.wall_clock_hours).toBeLessThanOrEqual(2160);
    expect(r.count).toBeGreaterThanOrEqual(108);
    expect(r.gpu_hours).toBeGreaterThan(233000);
    expect(1024 % (r.training.micro_batch_size * r.parallelism.data)).toBe(0); // the global batch stays 1,024
  });

  it('70B full fine-tune on 80 GB GPUs: at least 14 GPUs unless parameters and optimizer are offloaded', () => {
    // 70.6e9 parameters x (2 weights + 2 gradients + 12 Adam) bytes = 1.13 TB of model states: without offload
    // at least 1.13e12 / 85.9e9 = 14 GPUs of 80 GB; the guide's "16 x 80GB with ZeRO-3".
    const p = plan('70b-finetune-80gb');
    // One GPU only with ZeRO-Infinity's parameter and optimizer offload (gradients and states stream to the CPU).
    if (p.minimum!.count === 1) expect(p.minimum!.parallelism.offload).toBe('optimizer_and_params');
    expect(['a100-80gb', 'h100-80gb', 'h100-pcie', 'h800']).toContain(p.recommended!.gpu);
    const onGpu = [p.recommended!, ...p.frontier].filter((s) => s.parallelism.offload === 'none');
    for (const s of onGpu) expect(s.count).toBeGreaterThanOrEqual(14);
  });

  it('8B QLoRA on one 24 GB card', () => {
    const p = plan('8b-qlora-24gb');
    expect(p.recommended!.count).toBe(1);
    expect(p.recommended!.gpu).toBe('rtx-4090');
    expect(p.recommended!.memory_per_gpu_bytes).toBeLessThanOrEqual(24 * 2 ** 30);
  });
});

describe('plan: the global batch is held fixed, so a plan never changes the optimisation', () => {
  const divides = (g: number, s: PlannedSetup) => g % (s.training.micro_batch_size * s.parallelism.data) === 0;
  it('without a global batch or count: the stated default (4M tokens for pretraining, Llama 2 §2.2)', () => {
    const p = planJob(jobOf(`name: pre\nmodel: llama-2-7b\nmethod: pretrain\ndata:\n  tokens: 20B\ntraining:\n  sequence_length: 4096\nhardware:\n  gpu: h100-80gb\n`));
    // 4,194,304 tokens / 4,096 per sequence = 1,024 sequences.
    expect(p.global_batch).toEqual({ sequences: 1024, tokens: 4194304, source: 'default' });
    expect(p.assumptions.join(' ')).toMatch(/global batch fixed at 1024 sequences/);
    for (const s of [p.minimum!, p.recommended!, p.fastest!, ...p.frontier]) {
      expect(divides(1024, s)).toBe(true);
      expect(s.parallelism.data).toBeLessThanOrEqual(1024);
    }
    expect(p.manifest_fragment).toContain('global_batch_size: 1024');
  });
  it('with a count the manifest writes: what its own layout implies (24 GPUs x micro-batch 1 = 24 sequences)', () => {
    const text = `${HEAD_8B}training:\n  sequence_length: 4096\nhardware:\n  gpu: h100-80gb\n  count: 24\n`;
    const p = planJob(jobOf(text));
    expect(p.global_batch).toEqual({ sequences: 24, tokens: 24 * 4096, source: 'layout' });
    for (const s of [p.minimum!, p.recommended!, p.fastest!, ...p.frontier]) expect(divides(24, s)).toBe(true);
    // The fine-tuning default when nothing is written: 64 sequences of 4,096 tokens (Llama 2 §3.1).
    const d = planJob(jobOf(`${HEAD_8B}training:\n  sequence_length: 4096\nhardware:\n  gpu: h100-80gb\n`));
    expect(d.global_batch).toEqual({ sequences: 64, tokens: 64 * 4096, source: 'default' });
  });
});
