import { readdirSync, readFileSync } from 'node:fs';
import { depthScan, MAX_NESTING, tooDeep } from '../src/manifest/depth.js';

// tooDeep skips its scan when counting lines and brackets proves the text cannot nest deeper than the limit
// (depth.ts withinByCount). The skip must never change an answer: here tooDeep is compared with the full scan.

/** A deterministic pseudo-random generator (mulberry32), so a failure names a text that can be made again. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Every piece the scan treats specially: brackets, quotes (and an apostrophe inside a word), escapes, comments,
// indentation, list dashes, newlines inside and outside quotes.
const PIECES = ['[', '{', ']', '}', '[', '{', '"', "'", '\\', '#', ' #', '\n', '\n', '\n  ', '\n    ', '\n- ', '- ', ' ', 'a', 'key: ', "bob's", ',', '-', '\n#', 'x\n'];

function generated(next: () => number, pieces: number): string {
  let s = '';
  for (let i = 0; i < pieces; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

describe('tooDeep: the count that skips the scan never changes its answer', () => {
  it('agrees with the full scan on 30,000 generated texts, at limits from 1 to 64', () => {
    const next = rng(20261130);
    let skipped = 0;
    let deep = 0;
    for (let n = 0; n < 30_000; n++) {
      const max = [1, 2, 3, 5, 8, 16, 64][n % 7]!;
      const text = generated(next, 1 + Math.floor(next() * (n % 3 === 0 ? 300 : 40)));
      const scanned = depthScan(text, max);
      if (scanned === null && text.split('\n').length <= max) skipped++;
      if (scanned !== null) deep++;
      expect([n, max, tooDeep(text, max)]).toEqual([n, max, scanned]);
    }
    // The generator must reach both sides: texts the count lets through and texts it sends to the scan.
    expect(skipped).toBeGreaterThan(1000);
    expect(deep).toBeGreaterThan(1000);
  });

  it('answers as the scan on texts just past the count, which the scan must see', () => {
    const lines = (k: number) => Array.from({ length: k }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    for (const k of [MAX_NESTING - 1, MAX_NESTING, MAX_NESTING + 1, MAX_NESTING + 2]) {
      expect(tooDeep(lines(k))).toBe(depthScan(lines(k)));
      expect(tooDeep('['.repeat(k))).toBe(depthScan('['.repeat(k)));
      expect(tooDeep('{a: '.repeat(k))).toBe(depthScan('{a: '.repeat(k)));
    }
    expect(tooDeep(lines(MAX_NESTING + 1))).not.toBeNull();
    expect(tooDeep('['.repeat(MAX_NESTING + 1))).toBe(MAX_NESTING);
  });

  it('lets every example manifest through without a scan, and they are within the limit', () => {
    const files = readdirSync('examples').filter((f) => f.endsWith('.train.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(`examples/${f}`, 'utf8');
      expect(text.split('\n').length).toBeLessThanOrEqual(MAX_NESTING);
      expect([f, tooDeep(text)]).toEqual([f, depthScan(text)]);
      expect(tooDeep(text)).toBeNull();
    }
  });
});
