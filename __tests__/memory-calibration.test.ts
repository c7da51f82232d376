import { memoryMedianError, memoryRecords, memoryRows, runFits } from '../calibration/memory.js';
import { SETUPS } from '../calibration/setups.js';

/** The memory model against published peaks (calibration/published-memory.json, each with its source and set-up). */
describe('memory calibration against published peaks', () => {
  const rows = memoryRows();
  const measured = rows.filter((r) => r.measured !== null);

  it('compares every record that is not left out with a reason, and leaves none out silently', () => {
    const records = memoryRecords();
    for (const r of records) expect([r.id, r.not_compared !== undefined || rows.some((x) => x.id === r.id)]).toEqual([r.id, true]);
    expect(measured.length).toBeGreaterThanOrEqual(13);
  });

  it('has a median error of at most 10% on the measured peaks', () => {
    expect(memoryMedianError(rows)).toBeLessThanOrEqual(1.1);
  });

  it('puts every measured peak within 0.8x-1.25x', () => {
    const off = measured.filter((r) => r.ratio < 0.8 || r.ratio > 1.25).map((r) => `${r.id}: ${r.ratio.toFixed(2)}`);
    expect(off).toEqual([]);
  });

  it('gets every fits fact right: each published set-up fits its card', () => {
    expect(rows.filter((r) => !r.fits).map((r) => r.id)).toEqual([]);
  });

  it('fits every time-calibration run at its published layout (a published run ran)', async () => {
    const fits = await runFits();
    expect(fits.map((f) => f.id)).toEqual(SETUPS.map((s) => s.id));
    expect(fits.filter((f) => !f.fits).map((f) => `${f.id}: ${f.total_gib.toFixed(1)} GiB`)).toEqual([]);
  });
});
