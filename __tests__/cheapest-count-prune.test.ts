import { findAccelerator } from '../src/catalog/accelerators.js';
import { estimateJob, gpuHoursFloor, jobFlops, prepare, run, type Prepared } from '../src/estimate/estimate.js';
import { fewestThatFit, lcm } from '../src/estimate/layout.js';
import type { Accelerator } from '../src/catalog/accelerators.js';
import type { Job } from '../src/manifest/types.js';
import { parse } from './helpers/manifest.js';
import { picker } from './helpers/picker.js';

/**
 * count: auto skips run() on counts whose cost floor (gpuHoursFloor x the price) is above the cost of a count
 * already run that meets the deadline, and reuses the run of the count it picks. The count and the estimate's
 * figures must be exactly what running every candidate gives: the reference is written out here as the estimator
 * chose the count before it pruned (every candidate run at choosePrice's price: the counts from the fewest to the
 * end of its node, whole nodes up to twice the fewest, and when none meets the deadline 8 whole-node steps from
 * GPU-hours / deadline; deadline first, then cost, ties to the fewer GPUs), on generated jobs with and without
 * deadlines.
 */
function generated(n: number): Job[] {
  const pick = picker(20261130 + 7);
  const jobs: Job[] = [];
  while (jobs.length < n) {
    const method = pick(['full', 'lora', 'qlora', 'pretrain']);
    const text = [
      'name: g',
      `model: ${pick(['llama-3.1-8b', 'llama-3.1-70b', 'mixtral-8x7b', 'qwen2.5-0.5b', 'gemma-2-9b', 'llama-3.2-1b', 'qwen2.5-32b'])}`,
      `method: ${method}`,
      ...(method === 'qlora' ? [] : [`precision: ${pick(['bf16', 'bf16', 'fp8', 'fp32'])}`]),
      `data: { tokens: ${pick(['20M', '1B', '50B', '1T'])} }`,
      `training: { sequence_length: ${pick([1024, 4096, 8192])}, micro_batch_size: ${pick([1, 2, 8])}, gradient_checkpointing: ${pick(['none', 'selective', 'full'])}${pick(['', '', ', global_batch_size: 512'])} }`,
      `hardware: { gpu: ${pick(['h100-80gb', 'a100-40gb', 'a10g', 'rtx-4090', 'l4', 'b200', 'mi300x'])}, count: auto${pick(['', '', ', max_count: 24'])} }`,
      `parallelism: { tensor: ${pick([1, 1, 2, 4])}, pipeline: ${pick([1, 1, 2])}${pick(['', ', zero: 3', ', zero: 1'])}${pick(['', '', ', offload: optimizer'])} }`,
      ...(pick([false, false, true]) ? [`efficiency: { mfu: ${pick([0.3, 0.55])} }`] : []),
      ...(pick([false, true]) ? [`plan: { deadline_hours: ${pick([0.5, 5, 50, 500, 5000])} }`] : []),
      pick(['', 'pricing: { provider: aws }', 'pricing: { gpu_hour_usd: 3 }']),
      '',
    ].join('\n');
    const r = parse(text);
    if (r.problems.length) continue;
    jobs.push(r.jobs[0]!);
  }
  return jobs;
}

/** The count the estimator picked before it pruned, every candidate run. */
function bruteCount(p: Prepared, gpu: Accelerator, fewest: number): number {
  const job = p.job;
  const unit = job.parallelism.tensor * job.parallelism.pipeline;
  const max = Math.max(fewest, job.hardware.max_count);
  const n = gpu.gpus_per_node;
  const nodeStep = lcm(n, unit);
  const global = job.training.global_batch_size;
  const ok = (c: number) => c <= max && (c <= n || c % n === 0) && c % unit === 0 && (global === null || global % (job.training.micro_batch_size * (c / unit)) === 0);
  const deadline = job.plan.deadline_hours ?? Infinity;
  const runs: { c: number; cost: number; meets: boolean; gpuHours: number }[] = [];
  const consider = (c: number) => {
    if (!ok(c)) return;
    const r = run(p, gpu, c, job);
    if (r.fits) runs.push({ c, cost: r.cost.expected, meets: r.wall_clock_hours.expected <= deadline, gpuHours: r.gpu_hours.expected });
  };
  const counts: number[] = [];
  for (let c = fewest; c <= Math.max(n, 2 * fewest) && c <= max; c = c + unit <= n ? c + unit : Math.max(nodeStep, Math.floor(c / nodeStep + 1) * nodeStep)) counts.push(c);
  counts.forEach(consider);
  if (runs.length && deadline < Infinity && !runs.some((r) => r.meets)) {
    const from = Math.max(fewest, Math.ceil(runs[0]!.gpuHours / deadline / nodeStep) * nodeStep);
    for (let c = from, k = 0; c <= max && k < 8; c += nodeStep, k++) consider(c);
  }
  // Deadline met first, then the lowest cost, then the fewer GPUs.
  const best = [...runs].sort((a, b) => Number(b.meets) - Number(a.meets) || a.cost - b.cost || a.c - b.c)[0];
  return best?.c ?? fewest;
}

const JOBS = generated(240);

describe('count: auto, pruned by cost floors', () => {
  it('picks the count that running every candidate picks, with that count\'s figures, on 240 generated jobs', () => {
    let compared = 0;
    let prunable = 0;
    for (const job of JOBS) {
      const p = prepare(job);
      const gpu = findAccelerator(job.hardware.gpu)!;
      const fewest = fewestThatFit(job, p.base, gpu);
      if (fewest === null) continue;
      const e = estimateJob(job);
      const count = bruteCount(p, gpu, fewest);
      const r = run(p, gpu, count, job);
      expect({ name: job.name, count: e.hardware.count, cost: e.cost_usd, hours: e.compute.wall_clock_hours, mfu: e.compute.mfu }).toEqual({ name: job.name, count, cost: r.cost, hours: r.wall_clock_hours, mfu: r.mfu });
      compared++;
      // Candidates past the one picked whose floor is above its cost (what pruning can skip): not vacuous.
      const flops = jobFlops(p, job.training.gradient_checkpointing);
      for (const c of [count + gpu.gpus_per_node, 2 * count]) if (c <= job.hardware.max_count && gpuHoursFloor(p, gpu, c, flops) * r.price.gpu_hour_usd > r.cost.expected) prunable++;
    }
    expect(compared).toBeGreaterThan(150);
    expect(prunable).toBeGreaterThan(80);
  });
});
