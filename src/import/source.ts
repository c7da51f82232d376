import { MAX_NESTING, tooDeep } from '../manifest/depth.js';
import { LineCounter, parseDocument, visit, isNode, isMap, type Document } from 'yaml';
import { PositionFinder } from '../manifest/positions.js';
import type { Position, Problem } from '../manifest/types.js';

type Key = string | number;

/** Trainer configs are a few kilobytes; like manifests, anything over 1 MiB is refused unread. */
const MAX_BYTES = 1024 * 1024;
const MAX_ALIAS_COUNT = 100;
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** A parsed trainer, DeepSpeed or accelerate file: its data and where each key and value stands. */
export interface Source {
  /** Repository-relative path, as shown in messages. */
  file: string;
  data: Record<string, unknown>;
  at(path: readonly Key[]): Position;
  key(path: readonly Key[]): Position;
}

/**
 * Parses a YAML file (or a JSON one: JSON is YAML 1.2) with the manifest's safety rules: one document, no
 * custom tags, bounded aliases, a mapping at the top. Problems go to `problems`, located in the file itself.
 */
export function parseSource(text: string, file: string, what: string, problems: Problem[]): Source | null {
  const report = (p: Position, message: string) => problems.push({ file, line: p.line, col: p.col, message });
  if (Buffer.byteLength(text, 'utf8') > MAX_BYTES) {
    report({ line: 1, col: 1 }, `${what} is larger than 1 MiB: refused`);
    return null;
  }
  // The same nesting bound as manifests (src/manifest/depth.ts): the parser recurses once per level.
  const deep = tooDeep(text);
  if (deep !== null) {
    const head = text.slice(0, deep);
    report({ line: head.split('\n').length, col: deep - head.lastIndexOf('\n') }, `${what} nests deeper than ${MAX_NESTING} levels here: refused (a trainer config needs a handful)`);
    return null;
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2' });
  const before = problems.length;
  for (const e of doc.errors) {
    report(lines.linePos(e.pos[0]), e.code === 'DUPLICATE_KEY' ? 'duplicate key: each key may appear once in a mapping' : `${what}: syntax error: ${e.message.split('\n')[0]}`);
  }
  visit(doc, (_k, node) => {
    if (isNode(node) && node.tag && !CORE_TAGS.has(node.tag)) report(lines.linePos(node.range?.[0] ?? 0), `custom YAML tag "${node.tag}" is not allowed: ${what} must hold plain data`);
  });
  if (problems.length > before) return null;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    report({ line: 1, col: 1 }, `${what}: ${(e as Error).message.split('\n')[0]}`);
    return null;
  }
  if (!isMap(doc.contents) || data === null || typeof data !== 'object' || Array.isArray(data)) {
    report({ line: 1, col: 1 }, `${what} must be a mapping of keys`);
    return null;
  }
  const finder = new PositionFinder(doc as Document, lines);
  return { file, data: data as Record<string, unknown>, at: (p) => finder.at(p), key: (p) => finder.key(p) };
}
