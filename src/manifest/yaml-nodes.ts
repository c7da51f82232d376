/**
 * The `yaml` package's node identities, without loading the package: it tags every node with
 * Symbol.for('yaml.node.type') (yaml/dist/nodes/identity.js), and these checks read that tag the same way, so
 * positions.ts reads the yaml package's documents and simple-yaml.ts's nodes alike. __tests__/simple-yaml.test.ts
 * checks them against the package's own isMap, isSeq, isPair and isScalar.
 */
export const NODE_TYPE = Symbol.for('yaml.node.type');
export const MAP = Symbol.for('yaml.map');
export const SEQ = Symbol.for('yaml.seq');
export const PAIR = Symbol.for('yaml.pair');
export const SCALAR = Symbol.for('yaml.scalar');

/** What positions.ts reads of a node: where it starts (offset into the text). */
export interface YNode {
  range?: readonly number[] | null;
}
export interface YScalar extends YNode {
  value: unknown;
}
export interface YPair {
  key: unknown;
  value: unknown;
}
export interface YCollection extends YNode {
  items: unknown[];
}

const tagged = (node: unknown, type: symbol): boolean => !!node && typeof node === 'object' && (node as Record<symbol, unknown>)[NODE_TYPE] === type;
export const isMap = (node: unknown): node is YCollection => tagged(node, MAP);
export const isSeq = (node: unknown): node is YCollection => tagged(node, SEQ);
export const isPair = (node: unknown): node is YPair => tagged(node, PAIR);
export const isScalar = (node: unknown): node is YScalar => tagged(node, SCALAR);

/** 1-based line and column of an offset, given the offsets where lines start (the yaml package's LineCounter.linePos). */
export interface LinePositions {
  linePos(offset: number): { line: number; col: number };
}

/** Line starts, added in ascending order, and the position of an offset: the same answers as yaml's LineCounter. */
export class LineStarts implements LinePositions {
  readonly lineStarts: number[] = [];
  addNewLine(offset: number): void {
    this.lineStarts.push(offset);
  }
  linePos(offset: number): { line: number; col: number } {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1]! + 1 };
  }
}
