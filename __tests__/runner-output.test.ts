import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setOutput } from '../src/github/runner.js';

/** GITHUB_OUTPUT's heredoc blocks back into name → value, as the runner reads them. */
function readOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    while (lines[++i] !== m[2]) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

describe('outputs (GITHUB_OUTPUT heredoc blocks)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('never uses a delimiter the value contains, so a value cannot end its block and write another output', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tb-out-')), 'out');
    // The first delimiter drawn is the one the value carries: it must be drawn again.
    const draws = [0.5, 0.5, 0.25, 0.75];
    jest.spyOn(Math, 'random').mockImplementation(() => draws.shift() ?? 0.125);
    const carried = `ghadelimiter_${(0.5).toString(16).slice(2)}${(0.5).toString(16).slice(2)}`;
    const value = `x\n${carried}\nover-budget<<EOF\nfalse\nEOF`;
    setOutput('report', value, { GITHUB_OUTPUT: file });
    setOutput('violations', '3', { GITHUB_OUTPUT: file });
    expect(readOutputs(readFileSync(file, 'utf8'))).toEqual({ report: value, violations: '3' });
  });
});
