import { calibrationRows, median } from '../calibration/compare.js';

/** The estimator against published runs (calibration/published-runs.json, each with its source). */
describe('calibration against published runs', () => {
  const rows = calibrationRows();

  it('covers at least 35 published records', () => {
    expect(rows.length).toBeGreaterThanOrEqual(35);
  });

  it('has a median error within 8%', () => {
    expect(median(rows.map((r) => r.error))).toBeLessThan(1.08);
  });

  it('is off by no more than 1.5x on any record', () => {
    const worst = rows.filter((r) => r.error > 1.5).map((r) => `${r.id}: ${r.error.toFixed(2)}x`);
    expect(worst).toEqual([]);
  });

  it('puts at least 80% of published figures inside its [low, high] range', () => {
    expect(rows.filter((r) => r.inside).length / rows.length).toBeGreaterThanOrEqual(0.8);
  });

  it('beats the naive 6ND-at-40% rule on the median and on the worst record', () => {
    expect(median(rows.map((r) => r.error))).toBeLessThan(median(rows.map((r) => r.naive_error)));
    expect(Math.max(...rows.map((r) => r.error))).toBeLessThan(Math.max(...rows.map((r) => r.naive_error)));
  });
});
