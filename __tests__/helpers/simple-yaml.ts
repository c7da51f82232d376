import { LineCounter, parseDocument } from 'yaml';
import { readSimpleYaml } from '../../src/manifest/simple-yaml.js';
import { PositionFinder } from '../../src/manifest/positions.js';

type Key = string | number;

/** Every path in plain data, and missing children below each mapping (where "missing key" errors point). */
function paths(v: unknown, prefix: Key[] = []): { present: Key[][]; missing: Key[][] } {
  const out = { present: [prefix], missing: [] as Key[][] };
  const add = (p: { present: Key[][]; missing: Key[][] }) => {
    out.present.push(...p.present);
    out.missing.push(...p.missing);
  };
  if (Array.isArray(v)) v.forEach((x, i) => add(paths(x, [...prefix, i])));
  else if (v !== null && typeof v === 'object') {
    out.missing.push([...prefix, 'zz_missing'], [...prefix, 'zz_missing', 'deeper'], [...prefix, 99]);
    for (const [k, x] of Object.entries(v)) add(paths(x, [...prefix, k]));
  }
  return out;
}

/**
 * simple-yaml.ts reads `text` exactly as the yaml package does (data, and the position of every key and value,
 * present or missing), or declines it.
 */
export function sameAsYaml(text: string): 'simple' | 'declined' {
  const simple = readSimpleYaml(text);
  if (!simple) return 'declined';
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2' });
  expect({ text, errors: doc.errors.map((e) => e.message), warnings: doc.warnings.map((w) => w.message) }).toEqual({ text, errors: [], warnings: [] });
  const data = doc.toJS();
  expect(simple.data).toStrictEqual(data);
  const ours = new PositionFinder(simple, simple.lines);
  const theirs = new PositionFinder(doc, lines);
  const { present, missing } = paths(data);
  for (const p of present) {
    expect({ text, p, at: ours.at(p), key: ours.key(p), keys: ours.keyPositions(p) }).toStrictEqual({ text, p, at: theirs.at(p), key: theirs.key(p), keys: theirs.keyPositions(p) });
  }
  for (const p of missing) expect({ text, p, at: ours.at(p), key: ours.key(p) }).toStrictEqual({ text, p, at: theirs.at(p), key: theirs.key(p) });
  return 'simple';
}
