import { EOL, tmpdir } from 'node:os';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setOutput, tempFolder } from '../src/github/runner.js';

// runner.ts no longer imports node:os (issue 9): its line end and temporary folder must still be node:os's.
describe('the runner shell without node:os', () => {
  it('takes RUNNER_TEMP when the runner sets it, else the system temporary folder (os.tmpdir)', async () => {
    await expect(tempFolder({ RUNNER_TEMP: '/runner/tmp' })).resolves.toBe('/runner/tmp');
    await expect(tempFolder({})).resolves.toBe(tmpdir());
  });

  it('ends output lines with os.EOL', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tb-eol-')), 'out');
    setOutput('violations', '0', { GITHUB_OUTPUT: file });
    const [first, value, last, rest] = readFileSync(file, 'utf8').split(EOL);
    expect(first).toMatch(/^violations<<ghadelimiter_[0-9a-f]+$/);
    expect(value).toBe('0');
    expect(last).toBe(first!.slice('violations<<'.length));
    expect(rest).toBe('');
  });
});
