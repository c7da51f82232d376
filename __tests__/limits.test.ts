import { fitBody, COMMENT_MAX_CHARS, SUMMARY_MAX_BYTES } from '../src/report/fit-body.js';
import { capProblemsPerFile, MAX_PROBLEMS_PER_FILE } from '../src/manifest/cap-problems.js';
import { MAX_NESTING, tooDeep } from '../src/manifest/depth.js';
import { problemsMarkdown } from '../src/report/problems-markdown.js';
import { MINIMAL, parse, problemsOf } from './helpers/manifest.js';

describe('limits on work and size (issue 12, findings 4, 5 and 8)', () => {
  it('fitBody keeps a body that fits, and cuts one that does not at a line, with the pointer, within the limit', () => {
    expect(fitBody('short\n', { max: 10, unit: 'chars', pointer: 'see X' })).toBe('short\n');
    const body = Array.from({ length: 10_000 }, (_, i) => `| job ${i} | $${i}.00 |`).join('\n');
    const cut = fitBody(body, { max: COMMENT_MAX_CHARS, unit: 'chars', pointer: '_see the job summary_' });
    expect(cut.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(cut.endsWith('\n\n_see the job summary_\n')).toBe(true);
    expect(cut.split('\n').slice(0, -3).every((l) => /^\| job \d+ \| \$\d+\.00 \|$/.test(l))).toBe(true); // whole lines only
    // Bytes: 4-byte characters are never split, and the UTF-8 size stays within 1 MiB.
    const wide = '😀'.repeat(100) + '\n';
    const big = fitBody(wide.repeat(5000), { max: SUMMARY_MAX_BYTES, unit: 'bytes', pointer: 'see the report' });
    expect(Buffer.byteLength(big)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(big).not.toContain('\ufffd');
    expect(big.split('\n')[0]).toBe('😀'.repeat(100));
  });

  it('the "manifest problems" comment lists 200 and counts the rest; the 80,290-character body of the issue now fits', () => {
    const problems = Array.from({ length: 1000 }, (_, i) => ({ file: `jobs/j${i}.train.yaml`, line: 1, col: 1, message: `unknown key "${'k'.repeat(380)}"` }));
    const md = problemsMarkdown(problems, '<!-- m -->');
    expect(md).toContain('and 800 more');
    expect(md.length).toBeGreaterThan(COMMENT_MAX_CHARS); // what post.ts cuts with fitBody before posting
    expect(fitBody(md, { max: COMMENT_MAX_CHARS, unit: 'chars', pointer: 'p' }).length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
  });

  it('problems per file: the first 50, then "and N more" for that file; other files keep theirs', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ file: 'a.yaml', line: i + 1, col: 1, message: `p${i}` }));
    const capped = capProblemsPerFile([...many, { file: 'b.yaml', line: 1, col: 1, message: 'b' }]);
    expect(capped).toHaveLength(MAX_PROBLEMS_PER_FILE + 2);
    expect(capped[MAX_PROBLEMS_PER_FILE]).toEqual({ file: 'a.yaml', line: 50, col: 1, message: 'and 70 more problems in this file (the first 50 are shown): fix these and validate again' });
    expect(capped.at(-1)!.file).toBe('b.yaml');
  });

  it('YAML nesting: 100,000 flow levels and deep block nesting are one located problem, not a stack overflow', () => {
    expect(tooDeep(MINIMAL)).toBeNull();
    expect(tooDeep('a: "[[[[[[["\nb: \'{{{{{\'\n# [[[[[[[[\nc: bob\'s [x]\n', 3)).toBeNull();
    expect(tooDeep('a: ' + '['.repeat(5), 3)).toBe(6);
    const flow = parse(`name: j\nmodel: ${'['.repeat(100_000)}\n`);
    expect(problemsOf(flow)).toEqual([`2:${7 + MAX_NESTING + 1}: the manifest nests deeper than ${MAX_NESTING} levels here; a manifest needs about five (jobs, job, model, architecture, key)`]);
    const block = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
    expect(problemsOf(parse(block))[0]).toMatch(/^65:\d+: the manifest nests deeper than 64 levels/);
    // A quote inside a plain scalar does not hide what follows.
    expect(problemsOf(parse(`name: bob's\nmodel: ${'['.repeat(1000)}\n`))[0]).toMatch(/nests deeper/);
  });

  it('duplicate job names in one file are a located problem on the second name', () => {
    const two = `jobs:\n  - ${MINIMAL.trim().split('\n').join('\n    ')}\n  - ${MINIMAL.trim().split('\n').join('\n    ')}\n`;
    expect(problemsOf(parse(two))).toEqual(['9:11: duplicate job name "j": job 1 of this file has it too; give each job its own name (reports and the base-branch comparison tell jobs apart by file and name)']);
    expect(problemsOf(parse(two.replace(/name: j\n(?![\s\S]*name: j)/, 'name: k\n')))).toEqual([]);
  });
});

describe('found by the fuzz test', () => {
  it('a job written as a bare "-" (null) is a located problem, not "internal error: Cannot read properties of null"', () => {
    expect(problemsOf(parse('jobs:\n  -\n'))).toEqual(['2:4: item 1 must be a mapping of keys, got null']);
  });
});
