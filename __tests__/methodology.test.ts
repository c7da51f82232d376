import { readFileSync } from 'node:fs';
import { calibrationMarkdown, calibrationRows } from '../calibration/compare.js';
import { memoryMarkdown, memoryRows } from '../calibration/memory.js';
import { crossValidate, crossValidationMarkdown } from '../calibration/search.js';
import { sourceOf } from '../calibration/setups.js';

describe('docs/methodology.md', () => {
  it('embeds the calibration table the code produces today (npm run calibrate -- --markdown)', () => {
    const doc = readFileSync('docs/methodology.md', 'utf8');
    const embedded = doc.split('<!-- calibration:begin -->\n')[1]!.split('<!-- calibration:end -->')[0];
    expect(embedded).toBe(calibrationMarkdown(calibrationRows()));
  });

  it('embeds the memory comparison the code produces today (npm run calibrate -- --memory-markdown)', () => {
    const doc = readFileSync('docs/methodology.md', 'utf8');
    const embedded = doc.split('<!-- memory-calibration:begin -->\n')[1]!.split('<!-- memory-calibration:end -->')[0];
    expect(embedded).toBe(memoryMarkdown(memoryRows()));
  });

  it('embeds the leave-one-source-out cross-validation the code produces today (npm run calibrate -- --cv-markdown)', () => {
    const doc = readFileSync('docs/methodology.md', 'utf8');
    const embedded = doc.split('<!-- cross-validation:begin -->\n')[1]!.split('<!-- cross-validation:end -->')[0];
    expect(embedded).toBe(crossValidationMarkdown(crossValidate(sourceOf)));
  }, 120_000);
});
