import { LineCounter, parseDocument, visit, isNode, type Document } from 'yaml';
import type { Report } from './parse.js';

/** Alias expansions allowed per document (the `yaml` package's guard against "billion laughs" documents). */
const MAX_ALIAS_COUNT = 100;
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** The text read with the yaml package: the document, its line starts and its data, or null after reporting why not. */
export function readYaml(text: string, report: Report): { doc: Document; lines: LineCounter; data: unknown } | null {
  let errors = 0;
  const say = (line: number, col: number, message: string) => {
    errors++;
    report(line, col, message);
  };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2' });
  for (const e of doc.errors) {
    const p = lines.linePos(e.pos[0]);
    const msg =
      e.code === 'DUPLICATE_KEY' ? 'duplicate key: each key may appear once in a mapping'
      : e.code === 'MULTIPLE_DOCS' ? 'a manifest holds one YAML document (no second "---"): list several jobs under jobs: instead'
      : `YAML syntax error: ${e.message.split('\n')[0]}`;
    say(p.line, p.col, msg);
  }
  visit(doc, (_key, node) => {
    if (isNode(node) && node.tag && !CORE_TAGS.has(node.tag)) {
      const p = lines.linePos(node.range?.[0] ?? 0);
      const written = node.tag.startsWith('tag:yaml.org,2002:') ? `!!${node.tag.slice(18)}` : node.tag;
      say(p.line, p.col, `custom YAML tag "${written}" is not allowed: manifests hold plain data (strings, numbers, booleans, lists, mappings)`);
    }
  });
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED') continue; // reported above as a custom tag
    const p = lines.linePos(w.pos[0]);
    say(p.line, p.col, `YAML: ${w.message.split('\n')[0]}`);
  }
  if (errors) return null;

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    say(1, 1, /alias/i.test(msg) ? `too many YAML aliases (more than ${MAX_ALIAS_COUNT} expansions): write the values out` : `YAML: ${msg}`);
    return null;
  }

  return { doc, lines, data };
}

