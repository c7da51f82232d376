import { ACCELERATORS, type Accelerator } from '../src/catalog/accelerators.js';
import { pricesFor } from '../src/catalog/prices.js';
import { estimateJob, gpuHoursFloor, jobFlops, prepare, run } from '../src/estimate/estimate.js';
import { fewestThatFit } from '../src/estimate/layout.js';
import type { OwnedCluster, PriceBook, PriceRule } from '../src/estimate/price-book.js';
import { matchRule } from '../src/estimate/pricing.js';
import type { JobEstimate } from '../src/estimate/types.js';
import type { Job } from '../src/manifest/types.js';
import { parse } from './helpers/manifest.js';
import { picker } from './helpers/picker.js';

/**
 * The estimate's alternatives skip run() on GPU kinds whose cost and wall-clock floors (gpuHoursFloor) show they
 * can be neither among the 4 cheapest nor the fastest. The list must be exactly what running every kind gives:
 * the reference is written out here as the estimator worked before it pruned (every rentable kind that fits at
 * its fewest GPUs, run and priced by choosePrice, the 4 cheapest and the fastest, ties by id, then the owned
 * clusters), and compared on a few hundred generated jobs: models dense and mixture-of-experts, every method,
 * precisions, recomputation, tensor and pipeline degrees, offload, a given MFU, providers, markets and price books.
 */
const rule = (r: Partial<PriceRule>): PriceRule => ({ label: 'train-budget.yml prices[0]', gpu: null, provider: null, market: null, gpu_hour_usd: null, discount_percent: null, source: null, ...r });
const lab: OwnedCluster = { name: 'lab', gpu: 'a100-80gb', count: 64, purchase_usd: 1_200_000, amortize_years: 4, power_kw_per_gpu: 0.7, pue: 1.3, usd_per_kwh: 0.12, operations_usd_per_year: 90_000, utilization: 0.6 };
const BOOKS: (PriceBook | undefined)[] = [
  undefined,
  { rules: [], clusters: [], today: '2026-11-30' },
  { rules: [rule({ gpu: 'h100-80gb', gpu_hour_usd: 0.5 }), rule({ gpu: 'rtx-3090', gpu_hour_usd: 0.2 })], clusters: [lab], today: null },
  { rules: [rule({ discount_percent: 40, provider: 'aws' })], clusters: [{ ...lab, name: 'big', gpu: 'h100-80gb', count: 4096 }], today: null },
];

function generated(n: number): Job[] {
  const pick = picker(20261130);
  const jobs: Job[] = [];
  while (jobs.length < n) {
    const method = pick(['full', 'lora', 'qlora', 'pretrain']);
    const tensor = pick([1, 1, 1, 2, 4, 8]);
    const text = [
      'name: g',
      `model: ${pick(['llama-3.1-8b', 'llama-3.1-70b', 'mixtral-8x7b', 'qwen2.5-0.5b', 'gemma-2-9b', 'llama-3.2-1b', 'qwen2.5-32b', '{ parameters: 3B }'])}`,
      `method: ${method}`,
      ...(method === 'qlora' ? [] : [`precision: ${pick(['bf16', 'bf16', 'fp16', 'fp8', 'fp32'])}`]),
      `data: { tokens: ${pick(['20M', '1B', '50B', '1T'])} }`,
      `training: { sequence_length: ${pick([1024, 2048, 4096, 8192])}, micro_batch_size: ${pick([1, 2, 4, 8])}, gradient_checkpointing: ${pick(['none', 'selective', 'full'])}${pick(['', '', ', global_batch_size: 512'])} }`,
      `hardware: { gpu: ${pick(['h100-80gb', 'a100-40gb', 'a10g', 'rtx-4090', 'l4', 'b200', 'mi300x', 'v100-16gb'])}, count: ${pick(['1', '8', '64', 'auto', 'auto'])} }`,
      `parallelism: { tensor: ${tensor}, pipeline: ${pick([1, 1, 2, 4])}${pick(['', ', zero: 3', ', zero: 1', ', zero: 0'])}${pick(['', '', ', offload: optimizer'])} }`,
      ...(pick([false, false, true]) ? [`efficiency: { mfu: ${pick([0.3, 0.55])} }`] : []),
      pick(['', 'pricing: { provider: aws }', 'pricing: { provider: lambda }', 'pricing: { provider: gcp, market: spot }', 'pricing: { market: spot, region: eu-west-1 }', 'pricing: { gpu_hour_usd: 3 }']),
      '',
    ].join('\n');
    const r = parse(text);
    if (r.problems.length) continue;
    const book = pick(BOOKS);
    jobs.push(book ? { ...r.jobs[0]!, prices: book } : r.jobs[0]!);
  }
  return jobs;
}

type Entry = { gpu: string; count: number; wall_clock_hours: number; cost_usd: number; basis: 'rented' | 'owned'; cluster?: string; gpu_hours: number };

/** The alternatives with every kind run, as the estimator gave them before it pruned. */
function bruteForce(job: Job, chosen: string): { shown: JobEstimate['alternatives']; all: (Entry & { gpuObj: Accelerator })[] } {
  const p = prepare(job);
  const out: (Entry & { gpuObj: Accelerator })[] = [];
  const noCluster = (gpu: string): Job['hardware'] => {
    const { cluster: _off, ...rest } = job.hardware;
    void _off;
    return { ...rest, gpu, gpus: [gpu], gpu_choice: 'one' };
  };
  const usable = (g: Accelerator) => !(job.precision === 'fp8' && g.tflops.fp8 === null) && !(job.precision === 'bf16' && g.tflops.bf16 === null);
  for (const gpu of ACCELERATORS) {
    if (gpu.id === chosen || !usable(gpu) || job.parallelism.tensor > gpu.gpus_per_node) continue;
    const rule = matchRule(job.prices?.rules ?? [], gpu.id, job.pricing.provider, job.pricing.market);
    if (pricesFor(gpu.id).length === 0 && rule?.gpu_hour_usd == null) continue;
    const count = fewestThatFit(job, p.base, gpu);
    if (count === null) continue;
    const r = run(p, gpu, count, { ...job, hardware: noCluster(gpu.id), pricing: { ...job.pricing, gpu_hour_usd: null } });
    out.push({ gpu: gpu.id, gpuObj: gpu, count, wall_clock_hours: r.wall_clock_hours.expected, cost_usd: r.cost.expected, basis: r.price.basis, gpu_hours: r.gpu_hours.expected });
  }
  for (const c of job.prices?.clusters ?? []) {
    const gpu = ACCELERATORS.find((g) => g.id === c.gpu)!;
    if (c.name === job.hardware.cluster || !usable(gpu)) continue;
    const count = fewestThatFit(job, p.base, gpu);
    if (count === null || count > c.count) continue;
    const r = run(p, gpu, count, { ...job, hardware: { ...noCluster(gpu.id), count, cluster: c.name }, pricing: { ...job.pricing, gpu_hour_usd: null } });
    out.push({ gpu: gpu.id, gpuObj: gpu, count, wall_clock_hours: r.wall_clock_hours.expected, cost_usd: r.cost.expected, basis: 'owned', cluster: c.name, gpu_hours: r.gpu_hours.expected });
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const shown = [...out].sort((a, b) => a.cost_usd - b.cost_usd || order(a.gpu, b.gpu)).slice(0, 4);
  const fastest = [...out].sort((a, b) => a.wall_clock_hours - b.wall_clock_hours || order(a.gpu, b.gpu))[0];
  if (fastest && !shown.includes(fastest)) shown.push(fastest);
  for (const o of out) if (o.cluster && !shown.includes(o)) shown.push(o);
  return { shown: shown.map(({ gpu, count, wall_clock_hours, cost_usd, basis, cluster }) => ({ gpu, count, wall_clock_hours, cost_usd, basis, ...(cluster ? { cluster } : {}) })), all: out };
}

const JOBS = generated(300);

describe('alternatives, pruned by floors', () => {
  it('equal the list with every GPU kind run, on 300 generated jobs', () => {
    let prunable = 0;
    for (const job of JOBS) {
      const e = estimateJob(job);
      const { shown, all } = bruteForce(job, e.hardware.gpu);
      expect(e.alternatives).toEqual(shown);
      // Kinds the floors rule out against the full list (what pruning can skip): the comparison is not vacuous.
      const p = prepare(job);
      const flops = jobFlops(p, job.training.gradient_checkpointing);
      const costs = all.map((x) => x.cost_usd).sort((a, b) => a - b);
      const fastest = Math.min(...all.map((x) => x.wall_clock_hours));
      for (const x of all) {
        if (x.cluster) continue;
        // Its floors: GPU-hours at the floor, priced at its rate (cost / GPU-hours), and over its count.
        const floor = gpuHoursFloor(p, x.gpuObj, x.count, flops);
        if (costs.length > 4 && floor * (x.cost_usd / x.gpu_hours) > costs[3]! && floor / x.count > fastest) prunable++;
      }
    }
    expect(prunable).toBeGreaterThan(300);
  });

  it('the floor is at most run()\'s GPU-hours on every kind, and close to it without communication', () => {
    let tight = 0;
    let checked = 0;
    for (const job of JOBS) {
      const p = prepare(job);
      const flops = jobFlops(p, job.training.gradient_checkpointing);
      for (const gpu of ACCELERATORS) {
        const count = fewestThatFit(job, p.base, gpu);
        if (count === null) continue;
        const r = run(p, gpu, count, job);
        const floor = gpuHoursFloor(p, gpu, count, flops);
        expect(floor).toBeGreaterThan(0);
        expect(floor).toBeLessThanOrEqual(r.gpu_hours.expected);
        if (floor > 0.99 * r.gpu_hours.expected) tight++;
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2000);
    expect(tight).toBeGreaterThan(checked / 10);
  });
});
