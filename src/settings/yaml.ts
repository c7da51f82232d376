import { MAX_NESTING, tooDeep } from '../manifest/depth.js';
import { LineCounter, parseDocument, visit, isNode, type Document } from 'yaml';
import { PositionFinder } from '../manifest/positions.js';
import type { Problem } from '../manifest/types.js';
import { MAX_FILE_BYTES } from '../manifest/parse.js';

const MAX_ALIAS_COUNT = 100;
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

export interface ParsedYaml {
  data: unknown;
  finder: PositionFinder | null;
  problems: Problem[];
}

/**
 * One YAML document as plain data, with positions for messages: the same strict reading manifests get (YAML 1.2
 * core schema, unique keys, no custom tags, one document, bounded aliases and size).
 */
export function parseYaml(text: string, file: string, what: string): ParsedYaml {
  const problems: Problem[] = [];
  const report = (line: number, col: number, message: string) => problems.push({ file, line, col, message });
  const size = Buffer.byteLength(text, 'utf8');
  if (size > MAX_FILE_BYTES) {
    report(1, 1, `${what} is larger than 1 MiB (${size} bytes)`);
    return { data: null, finder: null, problems };
  }
  // The same nesting bound as manifests (src/manifest/depth.ts): the parser recurses once per level.
  const deep = tooDeep(text);
  if (deep !== null) {
    const head = text.slice(0, deep);
    report(head.split('\n').length, deep - head.lastIndexOf('\n'), `${what} nests deeper than ${MAX_NESTING} levels here: refused (the settings file needs about five)`);
    return { data: null, finder: null, problems };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2' });
  for (const e of doc.errors) {
    const p = lines.linePos(e.pos[0]);
    report(p.line, p.col, e.code === 'DUPLICATE_KEY' ? 'duplicate key: each key may appear once in a mapping' : e.code === 'MULTIPLE_DOCS' ? `${what} holds one YAML document (no second "---")` : `YAML syntax error: ${e.message.split('\n')[0]}`);
  }
  visit(doc, (_key, node) => {
    if (isNode(node) && node.tag && !CORE_TAGS.has(node.tag)) {
      const p = lines.linePos(node.range?.[0] ?? 0);
      report(p.line, p.col, `custom YAML tag "${node.tag}" is not allowed: ${what} holds plain data`);
    }
  });
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED') continue;
    const p = lines.linePos(w.pos[0]);
    report(p.line, p.col, `YAML: ${w.message.split('\n')[0]}`);
  }
  if (problems.length) return { data: null, finder: null, problems };
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { data, finder: new PositionFinder(doc as Document, lines), problems };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    report(1, 1, /alias/i.test(msg) ? `too many YAML aliases (more than ${MAX_ALIAS_COUNT} expansions): write the values out` : `YAML: ${msg}`);
    return { data: null, finder: null, problems };
  }
}
