import type { OwnedCluster } from '../src/estimate/price-book.js';
import { planJob } from '../src/plan/plan.js';
import { parse } from './helpers/manifest.js';

const jobOf = (text: string, clusters: OwnedCluster[]) => {
  const r = parse(text);
  if (r.problems.length) throw new Error(r.problems.map((p) => `${p.line}:${p.col}: ${p.message}`).join('\n'));
  return { ...r.jobs[0]!, prices: { rules: [], clusters, today: null } };
};

const LAB: OwnedCluster = { name: 'lab', gpu: 'h100-80gb', count: 16, purchase_usd: 600000, amortize_years: 3, power_kw_per_gpu: 1, pue: 1.5, usd_per_kwh: 0.1, operations_usd_per_year: 42048, utilization: 0.5 };
// Hand calculation of the lab's busy GPU-hour: 16 GPUs x 8,760 h x 0.5 busy = 70,080 busy GPU-hours a year;
// purchase $600,000 / 3 years / 70,080 = $2.8539; energy 1 kW x PUE 1.5 x $0.10 = $0.15; operations $42,048 /
// 70,080 = $0.60. Total $3.5039 per busy GPU-hour.
const LAB_HOUR = 600000 / 3 / 70080 + 0.15 + 42048 / 70080;

const SFT = `name: sft
model: llama-3.1-8b
method: full
data: { tokens: 2B }
training: { sequence_length: 4096, global_batch_size: 64 }
hardware: { gpu: [h100-80gb, a100-80gb] }
pricing: { provider: lambda }
`;

describe('plan: owned clusters are GPU kinds with their size as the most GPUs and their derived price', () => {
  it('a cluster dearer per hour than renting is searched, and renting wins', () => {
    const p = planJob(jobOf(SFT, [LAB]));
    expect(p.clusters).toEqual(['lab']);
    // $3.50 per busy GPU-hour against Lambda's $2.99 H100: renting the same set-up is cheaper, so the plan rents.
    expect(p.recommended!.cluster).toBeNull();
    // Any set-up the plan shows on the lab costs its GPU-hours at the derived rate.
    const onLab = [p.minimum, p.recommended, p.fastest, ...p.frontier].filter((s) => s?.cluster === 'lab');
    for (const s of onLab) {
      expect(s!.count).toBeLessThanOrEqual(16);
      expect(s!.cost_usd / s!.gpu_hours).toBeCloseTo(LAB_HOUR, 6);
    }
  });

  it('a cheap cluster wins within its size; a deadline it cannot meet with 16 GPUs goes to rented GPUs', () => {
    const cheap = { ...LAB, purchase_usd: 60000 }; // $0.285 + $0.15 + $0.60 per busy GPU-hour: below any rental
    const p = planJob(jobOf(SFT, [cheap]));
    expect(p.recommended!.cluster).toBe('lab');
    expect(p.recommended!.count).toBeLessThanOrEqual(16);
    expect(p.recommended!.cost_usd / p.recommended!.gpu_hours).toBeCloseTo(60000 / 3 / 70080 + 0.15 + 42048 / 70080, 6);
    expect(p.manifest_fragment).toContain('cluster: lab');
    // The fastest 16-GPU set-up on the lab bounds what the lab can do: a deadline below it needs rented GPUs.
    const labFastest = Math.min(...p.frontier.filter((s) => s.cluster === 'lab').map((s) => s.wall_clock_hours));
    const tight = planJob(jobOf(SFT.replace('hardware:', `plan: { deadline_hours: ${labFastest * 0.8} }\nhardware:`), [cheap]));
    expect(tight.recommended).not.toBeNull();
    expect(tight.recommended!.cluster).toBeNull();
    expect(tight.recommended!.count).toBeGreaterThan(16);
  });

  it('a cluster of a GPU kind the manifest does not allow is not searched', () => {
    const p = planJob(jobOf(SFT.replace('[h100-80gb, a100-80gb]', 'a100-80gb'), [LAB]));
    expect(p.clusters).toEqual([]);
    expect([p.minimum, p.recommended, p.fastest, ...p.frontier].every((s) => !s || s.cluster === null)).toBe(true);
  });
});
