// npm run calibrate: the estimator against every published run with enough data (calibration/published-runs.json).
import { calibrationMarkdown, calibrationRows, median, show as fmt, SKIPPED, summaryLines } from '../calibration/compare.js';
import { memoryMarkdown, memoryRows, runFits } from '../calibration/memory.js';
import { crossValidate, crossValidationMarkdown, gridTable, searchTable } from '../calibration/search.js';
import { sourceOf } from '../calibration/setups.js';

if (process.argv.includes('--memory-markdown')) {
  process.stdout.write(memoryMarkdown(memoryRows()));
  process.exit(0);
}

if (process.argv.includes('--search')) {
  // Reruns the search that set the time constants (calibration/search.ts), then the leave-one-source-out check.
  const table = gridTable();
  const best = searchTable(table);
  console.log(`in-sample search: ${JSON.stringify(best.constants)}  median error ${((best.median - 1) * 100).toFixed(1)}%, worst ${best.worst.toFixed(2)}x`);
  const cv = crossValidate(sourceOf, undefined, table);
  for (const f of cv.folds) console.log(`held out ${f.source.padEnd(36)} refit ${JSON.stringify(f.constants)}  median error ${((median(f.errors) - 1) * 100).toFixed(1)}% over ${f.errors.length}`);
  console.log(`leave-one-source-out cross-validated median error: ${((cv.median - 1) * 100).toFixed(1)}%`);
  process.exit(0);
}

if (process.argv.includes('--cv-markdown')) {
  process.stdout.write(crossValidationMarkdown(crossValidate(sourceOf)));
  process.exit(0);
}

const rows = calibrationRows();
if (process.argv.includes('--markdown')) {
  process.stdout.write(calibrationMarkdown(rows));
  process.exit(0);
}
const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${pad('record', 40)} ${pad('compared', 10)} ${pad('published', 12)} ${pad('predicted', 12)} ${pad('range', 24)} ${pad('error', 7)} naive error`);
for (const r of rows) {
  console.log(
    `${pad(r.id, 40)} ${pad(r.compare, 10)} ${pad(fmt(r.published, r.compare), 12)} ${pad(fmt(r.predicted, r.compare), 12)} ${pad(`${fmt(r.low, r.compare)}-${fmt(r.high, r.compare)}`, 24)} ${pad(`${((r.error - 1) * 100).toFixed(1)}%${r.inside ? '' : ' out'}`, 7)} ${((r.naive_error - 1) * 100).toFixed(0)}%`,
  );
}
const errors = rows.map((r) => r.error);
const worst = rows.reduce((a, b) => (b.error > a.error ? b : a));
console.log('');
console.log(`records: ${rows.length} compared, ${SKIPPED.length} left out`);
console.log(`median error: ${((median(errors) - 1) * 100).toFixed(1)}%   (naive 6ND at 40% MFU: ${((median(rows.map((r) => r.naive_error)) - 1) * 100).toFixed(1)}%)`);
console.log(`worst: ${worst.id} off by ${worst.error.toFixed(2)}x   (naive worst: ${Math.max(...rows.map((r) => r.naive_error)).toFixed(2)}x)`);
console.log(`inside [low, high]: ${rows.filter((r) => r.inside).length}/${rows.length} (${((rows.filter((r) => r.inside).length / rows.length) * 100).toFixed(0)}%)`);
console.log('');
for (const line of summaryLines(rows)) console.log(line);
console.log('');
console.log('leave-one-source-out cross-validation (each source predicted by constants refitted on the others over the whole grid):');
process.stdout.write(crossValidationMarkdown(crossValidate(sourceOf)));
console.log('');
for (const s of SKIPPED) console.log(`left out ${s.id}: ${s.why}`);

// Memory: the model against published peaks, and every time record at its published layout (a run that ran fits).
console.log('');
console.log('memory against published peaks (calibration/published-memory.json):');
process.stdout.write(memoryMarkdown(memoryRows()));
const fits = await runFits();
const over = fits.filter((f) => !f.fits);
console.log('');
console.log(`time records that fit their GPUs at the published layout: ${fits.length - over.length}/${fits.length}`);
for (const f of over) console.log(`  does not fit: ${f.id} ${f.total_gib.toFixed(1)} GiB on ${f.capacity_gib.toFixed(0)} GiB`);
