import { isMap, isSeq, isPair, isScalar, type LinePositions, type YCollection, type YNode, type YPair } from './yaml-nodes.js';
import type { Position } from './types.js';

type Key = string | number;

/**
 * Positions in a parsed YAML document by path, using the `yaml` package's node ranges and its LineCounter.
 * `at(path)` answers for the value at the path; a missing key falls back to its nearest present parent's key,
 * which is where a reader has to add it.
 */
export class PositionFinder {
  constructor(
    private readonly doc: { readonly contents: unknown },
    private readonly lines: LinePositions,
  ) {}

  private pos(offset: number | undefined): Position {
    if (offset === undefined) return { line: 1, col: 1 };
    return this.lines.linePos(offset);
  }

  /** The pair (key and value) holding `key` in a map node. */
  private pairIn(node: unknown, key: Key): YPair | undefined {
    if (!isMap(node)) return undefined;
    for (const item of node.items) {
      if (isPair(item) && isScalar(item.key) && String(item.key.value) === String(key)) return item as YPair;
    }
    return undefined;
  }

  private walk(path: readonly Key[]): { node: unknown; pair?: YPair; depth: number; parentPair?: YPair } {
    let node: unknown = this.doc.contents;
    let pair: YPair | undefined;
    let parentPair: YPair | undefined;
    let depth = 0;
    for (const key of path) {
      if (typeof key === 'number' && isSeq(node)) {
        const next = node.items[key];
        if (next === undefined) break;
        node = next;
        depth++;
        continue;
      }
      const p = this.pairIn(node, key);
      if (!p) break;
      parentPair = pair;
      pair = p;
      node = p.value;
      depth++;
    }
    return { node, pair, depth, parentPair };
  }

  /** The value at `path`; for a missing path, the key of the deepest parent that exists. */
  at(path: readonly Key[]): Position {
    const found = this.walk(path);
    if (found.depth === path.length) {
      const range = (found.node as YNode | null)?.range ?? (found.pair?.key as YNode | undefined)?.range;
      return this.pos(range?.[0]);
    }
    return this.keyOfDeepest(found);
  }

  /** The key at `path` (for "unknown key" and for annotations on a block such as `hardware:`). */
  key(path: readonly Key[]): Position {
    const found = this.walk(path);
    if (found.depth === path.length && found.pair && typeof path[path.length - 1] !== 'number') {
      return this.pos((found.pair.key as YNode).range?.[0]);
    }
    if (found.depth === path.length) return this.pos((found.node as YNode | null)?.range?.[0]);
    return this.keyOfDeepest(found);
  }

  private keyOfDeepest(found: { node: unknown; pair?: YPair; depth: number }): Position {
    if (found.depth === 0) return this.pos((this.doc.contents as YNode | null)?.range?.[0]);
    if (found.pair) return this.pos((found.pair.key as YNode).range?.[0]);
    return this.pos((found.node as YNode | null)?.range?.[0]);
  }

  /** Every key path below `path` with its key position: the job's annotation anchors. */
  keyPositions(path: readonly Key[], prefix = ''): Record<string, Position> {
    const out: Record<string, Position> = {};
    const found = this.walk(path);
    // A missing path ends the walk at a parent, whose keys are not the ones asked for.
    if (found.depth === path.length && isMap(found.node)) this.keysIn(found.node, prefix, out);
    return out;
  }

  /** The keys of a map node and of the maps below it, depth first, in one pass over the nodes. */
  private keysIn(node: YCollection, prefix: string, out: Record<string, Position>): void {
    for (const item of node.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const name = prefix + String(item.key.value);
      out[name] = this.pos(item.key.range?.[0]);
      if (isMap(item.value)) this.keysIn(item.value, name + '.', out);
    }
  }
}
