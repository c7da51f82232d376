import { estimateJob } from '../src/estimate/estimate.js';
import { calibrationRows, median, type Row } from './compare.js';
import { jobFromSetup } from './job.js';
import { SETUPS, type AssumedField, type Setup } from './setups.js';

/**
 * How much the fields a source does not publish (marked `assumed` in calibration/setups.ts) move the error:
 * each assumed field of each record is set, one at a time, to each of its alternatives that fits the GPUs (a
 * published run ran), and the record's error is worked out again at the calibrated constants.
 */
export interface Sensitivity {
  id: string;
  field: AssumedField;
  assumed: number | string;
  /** Alternatives tried that fit, and the record's error under each. */
  tried: { value: number | string; error: number }[];
  /** Alternatives left out because the set-up would not fit its GPUs. */
  not_fitting: (number | string)[];
  error: number;
}

const vary = (s: Setup, field: AssumedField, value: number | string): Setup => ({ ...s, job: { ...s.job, [field]: value } });

export function sensitivity(rows: Row[] = calibrationRows()): Sensitivity[] {
  const out: Sensitivity[] = [];
  for (const s of SETUPS) {
    const row = rows.find((r) => r.id === s.id)!;
    for (const [field, alternatives] of Object.entries(s.assumed ?? {}) as [AssumedField, (number | string)[]][]) {
      const tried: Sensitivity['tried'] = [];
      const notFitting: (number | string)[] = [];
      for (const value of alternatives) {
        const v = vary(s, field, value);
        if (!estimateJob(jobFromSetup(v)).memory.fits) {
          notFitting.push(value);
          continue;
        }
        const varied = calibrationRows(undefined, undefined, SETUPS.map((x) => (x.id === s.id ? v : x))).find((r) => r.id === s.id)!;
        tried.push({ value, error: varied.error });
      }
      out.push({ id: s.id, field, assumed: (s.job[field] ?? (field === 'tensor' ? 1 : '')) as number | string, tried, not_fitting: notFitting, error: row.error });
    }
  }
  return out;
}

const pct = (x: number) => `${((x - 1) * 100).toFixed(1)}%`;

/** The sensitivity as text lines: one per assumed field, then the median with every record at its worst and best alternative. */
export function sensitivityLines(rows: Row[] = calibrationRows(), sens: Sensitivity[] = sensitivity(rows)): string[] {
  const lines = ['| record | assumed field | as assumed | alternatives (error) | error as assumed |', '| --- | --- | --- | --- | ---: |'];
  for (const x of sens) {
    const alts = [...x.tried.map((t) => `${t.value} (${pct(t.error)})`), ...x.not_fitting.map((v) => `${v} (does not fit)`)];
    lines.push(`| ${x.id} | ${x.field} | ${x.assumed} | ${alts.join(', ')} | ${pct(x.error)} |`);
  }
  const worst = rows.map((r) => Math.max(r.error, ...sens.filter((x) => x.id === r.id).flatMap((x) => x.tried.map((t) => t.error))));
  const best = rows.map((r) => Math.min(r.error, ...sens.filter((x) => x.id === r.id).flatMap((x) => x.tried.map((t) => t.error))));
  const gh = rows.map((r, i) => [r, i] as const).filter(([r]) => r.compare === 'gpu_hours');
  lines.push('');
  lines.push(
    `With every record's assumed fields at the alternative that hurts it most (one field at a time), the median error is ${pct(median(worst))} (as assumed ${pct(median(rows.map((r) => r.error)))}, at the one that helps most ${pct(median(best))}); the GPU-hours records alone ${pct(median(gh.map(([, i]) => worst[i]!)))} (as assumed ${pct(median(gh.map(([r]) => r.error)))}, best ${pct(median(gh.map(([, i]) => best[i]!)))}).`,
  );
  return lines;
}
