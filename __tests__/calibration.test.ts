import { readFileSync } from 'node:fs';
import { calibrationRows, median } from '../calibration/compare.js';
import { crossValidate, neighbourhood, search } from '../calibration/search.js';
import { sensitivity, sensitivityLines } from '../calibration/sensitivity.js';
import { SETUPS, SKIPPED, sourceOf } from '../calibration/setups.js';
import { CALIBRATED } from '../src/estimate/efficiency.js';
import { RANGE, RANGE_FINETUNE } from '../src/estimate/estimate.js';

/** The estimator against published runs (calibration/published-runs.json, published-finetune.json, each with its source). */
describe('calibration against published runs', () => {
  const rows = calibrationRows();

  it('compares every published record or says why it is left out: none drops silently', () => {
    const ids = [...JSON.parse(readFileSync('calibration/published-runs.json', 'utf8')), ...JSON.parse(readFileSync('calibration/published-finetune.json', 'utf8'))].map((r: { id: string }) => r.id).sort();
    expect([...SETUPS.map((s) => s.id), ...SKIPPED.map((s) => s.id)].sort()).toEqual(ids);
    expect(rows.map((r) => r.id)).toEqual(SETUPS.map((s) => s.id));
    expect(rows.every((r) => Number.isFinite(r.predicted) && r.predicted > 0)).toBe(true);
  });

  it('regression guard (issue 8, §6): median time error at most 6%', () => {
    expect(median(rows.map((r) => r.error))).toBeLessThanOrEqual(1.06);
  });

  it('regression guard: at least 90% of records inside [low, high], with ranges no wider than 1.6x', () => {
    expect(rows.filter((r) => r.inside).length / rows.length).toBeGreaterThanOrEqual(0.9);
    expect(RANGE.high / RANGE.low).toBeLessThanOrEqual(1.6 + 1e-9);
    expect(RANGE_FINETUNE.high / RANGE_FINETUNE.low).toBeLessThanOrEqual(1.6 + 1e-9);
  });

  it('end-to-end GPU-hours records alone (issue 8, §5): median error at most 10%, steady-state hours compared before goodput', () => {
    const gh = rows.filter((r) => r.compare === 'gpu_hours');
    expect(gh.length).toBe(SETUPS.filter((s) => s.compare === 'gpu_hours').length);
    expect(median(gh.map((r) => r.error))).toBeLessThanOrEqual(1.1);
    // LLaMA §2.4: 1.4T tokens at 380 tokens/s/GPU = 1,023,392 GPU-hours, Table 15: 1,022,362 for 65B, so its
    // GPU-hours are steady-state time (our estimate before goodput) and not wall-clock.
    expect(Math.abs(1.4e12 / 380 / 3600 / 1_022_362 - 1)).toBeLessThan(0.002);
    expect(SETUPS.filter((s) => s.steady_state_hours !== undefined).map((s) => s.id)).toEqual(['llama_7b', 'llama_13b', 'llama_33b', 'llama_65b']);
  });

  it('marks as assumed what LLaMA and Llama 2 do not publish, and measures how much each assumption moves the error', () => {
    // LLaMA publishes a GPU count for 65B only (2,048, §2.4); neither paper publishes tensor degrees or micro-batches.
    for (const id of ['llama_7b', 'llama_13b', 'llama_33b', 'llama_2_7b', 'llama_2_70b']) expect(Object.keys(SETUPS.find((s) => s.id === id)!.assumed ?? {})).toEqual(expect.arrayContaining(['count', 'tensor', 'micro']));
    expect(Object.keys(SETUPS.find((s) => s.id === 'llama_65b')!.assumed ?? {})).not.toContain('count');
    const sens = sensitivity(rows);
    expect(sens.length).toBe(SETUPS.reduce((n, s) => n + Object.keys(s.assumed ?? {}).length, 0));
    // Varying a field changes the record's error (a field that moved nothing would not be worth marking), and
    // the variation is the one asked for: LLaMA 7B on 2,048 GPUs instead of 1,024 crosses more nodes, never faster.
    const count7b = sens.find((x) => x.id === 'llama_7b' && x.field === 'count')!;
    expect(count7b.tried.map((t) => t.value)).toEqual([512, 2048]);
    expect(count7b.tried.some((t) => Math.abs(t.error - count7b.error) > 1e-6)).toBe(true);
    expect(sensitivityLines(rows, sens).at(-1)).toMatch(/^With every record's assumed fields at the alternative that hurts it most/);
  });

  it('leave-one-source-out cross-validated median error at most 8% (issue 8, §5)', () => {
    const cv = crossValidate(sourceOf);
    expect(cv.folds.flatMap((f) => f.errors).length).toBe(rows.length);
    expect(cv.median).toBeLessThanOrEqual(1.08);
  });

  it("sets up Megatron-LM's Table 1 runs as the authors' scripts do (NVIDIA/Megatron-LM examples/sc21/run_table_1.sh)", () => {
    // Transcribed from the script: MBS per model size, and chunks per GPU = layers per stage /
    // --num-layers-per-virtual-pipeline-stage (76B: 15/5, 145B: 10/5, 310B: 6/3, 530B: 3/1; 39B and 1T: not set).
    const script: Record<string, [number, number | undefined]> = {
      '1p7b': [16, undefined], '3p6b': [16, undefined], '7p5b': [16, undefined], '18p4b': [8, undefined], '39p1b': [4, 1],
      '76p1b': [2, 60 / 4 / 5], '145p6b': [2, 80 / 8 / 5], '310p1b': [1, 96 / 16 / 3], '529p6b': [1, 105 / 35 / 1], '1008p0b': [1, 1],
    };
    for (const [size, [micro, virtual]] of Object.entries(script)) {
      const s = SETUPS.find((x) => x.id === `megatron_table1_${size}`)!;
      expect([s.job.micro, s.job.virtual]).toEqual([micro, virtual]);
    }
  });

  it("reads Llama 3's utilisation in its own FLOP count, 6ND: 3.8e25 FLOPs for 405B parameters on 15.6T tokens (Llama 3 §1)", () => {
    expect(Math.abs((6 * 405e9 * 15.6e12) / 3.8e25 - 1)).toBeLessThan(0.01);
    // with the attention term at 8K (12 x layers x seq x width per token: 126 x 8,192 x 16,384) it would be 8% more, 4.1e25
    expect((6 * 405e9 + 12 * 126 * 8192 * 16384) * 15.6e12).toBeGreaterThan(4.05e25);
    const l3 = SETUPS.filter((s) => s.six_n !== undefined);
    expect(l3.map((s) => s.id)).toEqual(['llama_3_1_405b_stage1_8k', 'llama_3_1_405b_stage2_16k']);
    // the published 43% counted our way (with attention) is higher at the same tokens per second
    const row = rows.find((r) => r.id === 'llama_3_1_405b_stage1_8k')!;
    expect(row.published).toBeGreaterThan(0.43 * 1.05);
    expect(row.published).toBeLessThan(0.43 * 1.1);
  });

  it('is off by no more than 1.5x on any record', () => {
    const worst = rows.filter((r) => r.error > 1.5).map((r) => `${r.id}: ${r.error.toFixed(2)}x`);
    expect(worst).toEqual([]);
  });

  it('beats the naive 6ND-at-40% rule on the median and on the worst record', () => {
    expect(median(rows.map((r) => r.error))).toBeLessThan(median(rows.map((r) => r.naive_error)));
    expect(Math.max(...rows.map((r) => r.error))).toBeLessThan(Math.max(...rows.map((r) => r.naive_error)));
  });

  it('uses the constants its search finds: none of their grid neighbours scores better', () => {
    const best = search(undefined, neighbourhood());
    expect(best.constants).toEqual({ ...CALIBRATED });
  });
});
