import { LineStarts, MAP, NODE_TYPE, PAIR, SCALAR, SEQ } from './yaml-nodes.js';

/**
 * A reader for the plain YAML most manifests are written in: block mappings of simple keys, one value a line
 * (a plain or quoted scalar, or a flow list or mapping of scalars on that line), block lists of scalars, and
 * comments. It builds the same nodes, positions and data as the `yaml` package (parseDocument with version 1.2,
 * then toJS), at a fraction of the cost on a cold start, which is what every action run is. Anything outside that
 * subset, anything whose meaning it is not sure of (null, yes/no words, tags, anchors, multi-line scalars,
 * escapes, tabs, CR, duplicate keys, ...) makes it answer null, and parse.ts reads the text with `yaml` instead,
 * errors and all. __tests__/simple-yaml.test.ts compares the two on every manifest the tests hold.
 */
export interface SimpleYaml {
  contents: Collection;
  data: Record<string, unknown>;
  lines: LineStarts;
}

interface Scalar {
  [NODE_TYPE]: symbol;
  value: unknown;
  range: [number, number, number];
}
interface Collection {
  [NODE_TYPE]: symbol;
  items: unknown[];
  range: [number, number, number];
}
type Node = Scalar | Collection;
const collection = (type: symbol, start: number): Collection => ({ [NODE_TYPE]: type, items: [], range: [start, start, start] });
const pair = (key: Scalar, value: Node) => ({ [NODE_TYPE]: PAIR, key, value });
const isCollection = (n: Node): n is Collection => n[NODE_TYPE] === MAP || n[NODE_TYPE] === SEQ;

const KEY = /^[A-Za-z_][A-Za-z0-9_-]*/;
// yaml refuses an implicit block key longer than 1024 characters (its error is the user's message); the schema's keys
// are short, so longer ones are left to the package rather than matched to its limit exactly.
const MAX_KEY = 200;

/** Spaces at s[from..]: only U+0020 indents YAML or separates a value (trimStart would also take U+00A0, U+2028...). */
function spacesAt(s: string, from = 0): number {
  let i = from;
  while (s.charCodeAt(i) === 32) i++;
  return i - from;
}
const INT = /^(?:0|-?[1-9][0-9]{0,14})$/;
const FLOAT = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+|(?:\.[0-9]+)?[eE][-+]?[0-9]{1,3})$/;
const COUNT_WORD = /^[0-9]+(?:\.[0-9]+)?[kKmMbBtT]$/;
const WORD = /^[A-Za-z][A-Za-z0-9_./@+-]*(?: [A-Za-z0-9_./@+()-]+)*$/;
// Words YAML 1.1 or 1.2 reads as booleans or null in some spelling: left to the yaml package.
const AMBIGUOUS = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);
// The tests read and inline() make on every line, made once here: a regular expression literal in a function body is
// a new RegExp object each time that line runs.
const PRINTABLE = /^[\x20-\x7e]*$/;
const DOCUMENT_MARK = /^(?:---|\.\.\.|%)/;
const COMMENT_AFTER = /^ +#/;
const SPACES_ONLY = /^ +$/;

/** A plain scalar's value, as YAML 1.2's core schema resolves it; undefined when it is outside the subset. */
function plainValue(s: string): string | number | boolean | undefined {
  if (s === 'true') return true;
  if (s === 'false') return false;
  if (INT.test(s) || FLOAT.test(s)) return Number(s);
  if (COUNT_WORD.test(s)) return s;
  if (WORD.test(s) && !AMBIGUOUS.has(s.toLowerCase())) return s;
  return undefined;
}

class Decline extends Error {}
const decline = (): never => {
  throw new Decline();
};

const scalar = (value: unknown, start: number, end: number): Scalar => ({ [NODE_TYPE]: SCALAR, value, range: [start, end, end] });

/** Reads `text` if it is in the subset: the document's root mapping, its data and its line starts; else null. */
export function readSimpleYaml(text: string): SimpleYaml | null {
  if (/[\t\r\uFEFF]/.test(text)) return null;
  try {
    return read(text);
  } catch (e) {
    if (e instanceof Decline) return null;
    throw e;
  }
}

interface Line {
  start: number;
  indent: number;
  /** The line's content after its indentation, without a trailing comment's text (kept: values end before " #"). */
  body: string;
}

function read(text: string): SimpleYaml {
  const lines = new LineStarts();
  const content: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    lines.addNewLine(start);
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const indent = spacesAt(raw);
    const body = raw.slice(indent);
    if (body !== '' && !body.startsWith('#')) {
      // Outside whole-line comments: printable ASCII only, and no document markers or directives.
      if (!PRINTABLE.test(raw) || indent === 0 && DOCUMENT_MARK.test(body)) decline();
      content.push({ start: start + indent, indent, body });
    }
    if (end === text.length) break;
    start = end + 1;
  }
  if (!content.length || content[0]!.indent !== 0) decline();
  const at = { i: 0 };
  const root = blockMap(content, at, 0);
  if (at.i !== content.length) decline();
  return { contents: root.node, data: root.data, lines };
}

/** A block mapping whose keys stand at `indent`. */
function blockMap(lines: Line[], at: { i: number }, indent: number): { node: Collection; data: Record<string, unknown> } {
  const node = collection(MAP, lines[at.i]!.start);
  const data: Record<string, unknown> = {};
  while (at.i < lines.length && lines[at.i]!.indent === indent) {
    const line = lines[at.i]!;
    const key = KEY.exec(line.body)?.[0] ?? decline();
    if (key.length > MAX_KEY) decline();
    if (line.body[key.length] !== ':' || Object.hasOwn(data, key) || key === '__proto__' || AMBIGUOUS.has(key.toLowerCase())) decline();
    const keyNode = scalar(key, line.start, line.start + key.length);
    const rest = line.body.slice(key.length + 1);
    at.i++;
    let value: { node: Node; data: unknown };
    if (rest === '' || COMMENT_AFTER.test(rest)) {
      // The value is on the following lines: a deeper mapping, or a list (which may stand at the key's indent).
      const next = lines[at.i];
      if (!next) decline();
      if (next!.body.startsWith('- ') && next!.indent >= indent) value = blockSeq(lines, at, next!.indent);
      else if (next!.indent > indent) value = blockMap(lines, at, next!.indent);
      else value = decline();
    } else {
      if (!rest.startsWith(' ')) decline();
      const offset = spacesAt(rest);
      value = inline(rest.slice(offset), line.start + key.length + 1 + offset);
    }
    node.items.push(pair(keyNode, value.node));
    data[key] = value.data;
  }
  if (at.i < lines.length && lines[at.i]!.indent > indent) decline();
  return { node, data };
}

/** A block list of scalars, its dashes at `indent`. */
function blockSeq(lines: Line[], at: { i: number }, indent: number): { node: Collection; data: unknown[] } {
  const node = collection(SEQ, lines[at.i]!.start);
  const data: unknown[] = [];
  while (at.i < lines.length && lines[at.i]!.indent === indent && lines[at.i]!.body.startsWith('- ')) {
    const line = lines[at.i]!;
    const rest = line.body.slice(2);
    const offset = spacesAt(rest);
    const item = inline(rest.slice(offset), line.start + 2 + offset);
    if (isCollection(item.node)) decline(); // "- {a: 1}" and "- [..]": left to yaml
    node.items.push(item.node);
    data.push(item.data);
    at.i++;
  }
  if (at.i < lines.length && lines[at.i]!.indent > indent) decline();
  return { node, data };
}

/** The value written after "key: " or "- ", starting at `offset` in the text; then only a comment may follow. */
function inline(s: string, offset: number): { node: Node; data: unknown } {
  const r = s.startsWith('[') || s.startsWith('{') ? flow(s, offset) : scalarAt(s, 0, offset, false);
  const tail = s.slice(r.end);
  if (tail !== '' && !COMMENT_AFTER.test(tail) && !SPACES_ONLY.test(tail)) decline();
  return r;
}

/** A scalar starting at s[i]: quoted (no escapes, no inner quotes) or plain (up to " #", or a flow indicator). */
function scalarAt(s: string, i: number, offset: number, inFlow: boolean): { node: Scalar; data: unknown; end: number } {
  const q = s[i];
  if (q === '"' || q === "'") {
    const close = s.indexOf(q, i + 1);
    if (close < 0) decline();
    const value = s.slice(i + 1, close);
    if (value.includes('\\') || (q === "'" && s[close + 1] === "'")) decline();
    return { node: scalar(value, offset + i, offset + close + 1), data: value, end: close + 1 };
  }
  let end = i;
  if (!inFlow) {
    end = s.indexOf(' #', i);
    if (end < 0) end = s.length;
  } else {
    while (end < s.length && !',]}'.includes(s[end]!) && !(s[end] === ' ' && s[end + 1] === '#') && !(s[end] === ':' && s[end + 1] === ' ')) end++;
  }
  // Trailing spaces are not part of a plain scalar. A loop, not / +$/: that regex is quadratic on a long run of
  // spaces that is not at the end of the string (a hostile "name: x<100k spaces>y" took seconds).
  let last = end;
  while (last > i && s.charCodeAt(last - 1) === 32) last--;
  const text = s.slice(i, last);
  const value = plainValue(text);
  if (value === undefined) decline();
  return { node: scalar(value, offset + i, offset + i + text.length), data: value, end: i + text.length };
}

/** A flow list [a, b] or mapping { k: v, ... } of scalars on one line. */
function flow(s: string, offset: number): { node: Node; data: unknown; end: number } {
  const isMap = s[0] === '{';
  const close = isMap ? '}' : ']';
  const node = collection(isMap ? MAP : SEQ, offset);
  const data: unknown = isMap ? {} : [];
  let i = 1;
  const spaces = () => {
    while (s[i] === ' ') i++;
  };
  spaces();
  if (s[i] === close) i++;
  else {
    for (;;) {
      if (isMap) {
        const key = KEY.exec(s.slice(i))?.[0] ?? decline();
        if (s.slice(i + key.length, i + key.length + 2) !== ': ' || Object.hasOwn(data as object, key) || key === '__proto__' || AMBIGUOUS.has(key.toLowerCase())) decline();
        const keyNode = scalar(key, offset + i, offset + i + key.length);
        i += key.length + 1;
        spaces();
        const v = scalarAt(s, i, offset, true);
        node.items.push(pair(keyNode, v.node));
        (data as Record<string, unknown>)[key] = v.data;
        i = v.end;
      } else {
        const v = scalarAt(s, i, offset, true);
        node.items.push(v.node);
        (data as unknown[]).push(v.data);
        i = v.end;
      }
      spaces();
      if (s[i] === ',') {
        i++;
        spaces();
        if (s[i] === close) decline(); // a trailing comma: left to yaml
        continue;
      }
      if (s[i] === close) {
        i++;
        break;
      }
      decline();
    }
  }
  node.range = [offset, offset + i, offset + i];
  return { node, data, end: i };
}
