import { findAccelerator } from '../src/catalog/accelerators.js';
import { priceOf } from '../src/catalog/prices.js';
import { choosePrice } from '../src/estimate/pricing.js';
import { parse } from './helpers/manifest.js';

/**
 * choosePrice keeps its answer per price book, GPU and pricing keys (the estimate prices every catalog GPU for
 * its alternatives, the planner each kind): a kept answer must be the one the keys give, and no caller's copy
 * may change another's.
 */
const job = (pricing: string) => {
  const r = parse(`name: j\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: 1B }\nhardware: { gpu: h100-80gb }\n${pricing}`);
  if (r.problems.length) throw new Error(JSON.stringify(r.problems));
  return r.jobs[0]!;
};
const h100 = findAccelerator('h100-80gb')!;

describe('choosePrice, asked again', () => {
  it('gives each set of pricing keys its own price: the catalog list price of the provider asked for', () => {
    const median = choosePrice(job(''), h100);
    const aws = choosePrice(job('pricing: { provider: aws }'), h100);
    const lambda = choosePrice(job('pricing: { provider: lambda }'), h100);
    const own = choosePrice(job('pricing: { gpu_hour_usd: 1.5 }'), h100);
    expect(aws.gpu_hour_usd).toBe(priceOf('aws', 'h100-80gb')!.on_demand);
    expect(lambda.gpu_hour_usd).toBe(priceOf('lambda', 'h100-80gb')!.on_demand);
    expect(own.gpu_hour_usd).toBe(1.5);
    expect(median.source).toMatch(/^catalog median of/);
    // Asked again in another order, each still gets its own.
    expect(choosePrice(job('pricing: { provider: lambda }'), h100).gpu_hour_usd).toBe(lambda.gpu_hour_usd);
    expect(choosePrice(job('pricing: { provider: aws }'), h100).gpu_hour_usd).toBe(aws.gpu_hour_usd);
  });

  it('hands out copies: changing one answer (its notes) does not change the next', () => {
    const j = job('pricing: { provider: aws, market: spot, region: eu-west-1 }');
    const first = choosePrice(j, h100);
    const notes = [...first.notes];
    expect(notes.length).toBeGreaterThan(0); // the region note
    first.notes.push('changed by a caller');
    first.gpu_hour_usd = -1;
    const second = choosePrice(j, h100);
    expect(second.notes).toEqual(notes);
    expect(second.gpu_hour_usd).toBeGreaterThan(0);
    expect(second).not.toBe(first);
  });
});
