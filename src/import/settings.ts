import type { Problem } from '../manifest/types.js';
import type { Source } from './source.js';
import { importedBool, importedNumber, IMPORT_RANGES } from './values.js';
import type { NumberKind, NumberRange } from '../manifest/numbers.js';

type Key = string | number;

/** Where an imported value stands in its own file, in that file's words: rule errors on it are reported there. */
export interface ImportedAt {
  file: string;
  line: number;
  col: number;
  /** The file's own key ('lora_r', 'zero_optimization.stage'). */
  key: string;
  /** The value as the file wrote it. */
  value: unknown;
}

/**
 * What one import gathered, in the manifest's own key paths ('lora.rank', 'training.micro_batch_size', ...):
 * the value, and where it came from ("configs/qlora.yml:21:1 lora_r"). The first file to set a key wins, so
 * the trainer config is read before the DeepSpeed and accelerate files it names.
 */
export class Settings {
  readonly values = new Map<string, unknown>();
  readonly origins = new Map<string, string>();
  /** Manifest key path -> where the file set it (trainer defaults have none). */
  readonly locations = new Map<string, ImportedAt>();
  /** Trainer defaults applied where the config is silent, in words. */
  readonly defaults: string[] = [];
  /** Keys not understood that would change the estimate, and approximations: located in their file. */
  readonly warnings: Problem[] = [];
  readonly problems: Problem[] = [];
  /** Steps and accumulation: they turn into tokens and the global batch once the GPU count is known. */
  readonly counters = new Map<'max_steps' | 'gradient_accumulation_steps', { value: number; origin: string; src: Source; path: Key[]; at: ImportedAt }>();

  has(path: string): boolean {
    return this.values.has(path);
  }

  set(path: string, value: unknown, origin: string, at?: ImportedAt): void {
    if (this.values.has(path)) return;
    this.values.set(path, value);
    this.origins.set(path, origin);
    if (at) this.locations.set(path, at);
  }

  private readonly pending: { path: string; value: unknown; words: string }[] = [];

  /** A trainer default: applied (and said) once every file is read, only where none of them set the key. */
  default(path: string, value: unknown, words: string): void {
    this.pending.push({ path, value, words });
  }

  applyDefaults(): void {
    for (const d of this.pending) {
      if (this.values.has(d.path)) continue;
      this.values.set(d.path, d.value);
      this.origins.set(d.path, 'trainer default');
      this.defaults.push(d.words);
    }
    this.pending.length = 0;
  }

  problem(src: Source, path: Key[], message: string, atKey = false): void {
    const p = atKey ? src.key(path) : src.at(path);
    this.problems.push({ file: src.file, line: p.line, col: p.col, message });
  }

  warn(src: Source, path: Key[], message: string): void {
    const p = src.key(path);
    this.warnings.push({ file: src.file, line: p.line, col: p.col, message });
  }
}

/** Reads keys of one file into Settings, locating every value it takes and every problem it finds. */
export class FileReader {
  constructor(
    readonly src: Source,
    readonly out: Settings,
    private readonly base: Key[] = [],
  ) {}

  private path(key: string): Key[] {
    return [...this.base, key];
  }

  private obj(): Record<string, unknown> {
    let v: unknown = this.src.data;
    for (const k of this.base) v = (v as Record<string, unknown> | undefined)?.[k as string];
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  }

  /** Reader for a nested mapping (peft_config:, deepspeed_config:). */
  child(key: string): FileReader {
    return new FileReader(this.src, this.out, this.path(key));
  }

  keys(): string[] {
    return Object.keys(this.obj());
  }

  raw(key: string): unknown {
    return this.obj()[key];
  }

  /** Present and not null (trainer configs leave keys empty to mean "unset"). */
  given(key: string): boolean {
    const v = this.raw(key);
    return v !== undefined && v !== null && v !== '';
  }

  origin(key: string): string {
    const p = this.src.key(this.path(key));
    return `${this.src.file}:${p.line}:${p.col} ${[...this.base, key].join('.')}`;
  }

  problem(key: string, message: string): void {
    this.out.problem(this.src, this.path(key), message);
  }

  warn(key: string, message: string): void {
    this.out.warn(this.src, this.path(key), message);
  }

  /** A number under `key` (null when absent), or a located problem in the file's own terms. */
  number(key: string, kind: NumberKind | NumberRange): number | null {
    if (!this.given(key)) return null;
    const r = importedNumber(this.raw(key), kind);
    if (!r.ok) {
      this.problem(key, `${[...this.base, key].join('.')}: ${r.error}`);
      return null;
    }
    return r.value;
  }

  /** max_steps: -1 and 0 mean "not set" (HF TrainingArguments: train by epochs); else a step count in range. */
  steps(key: string): number | null {
    const v = this.raw(key);
    if (v === -1 || v === 0 || v === '-1' || v === '0') return null;
    return this.number(key, IMPORT_RANGES.steps);
  }

  bool(key: string): boolean | null {
    if (!this.given(key)) return null;
    const b = importedBool(this.raw(key));
    if (b === undefined) {
      this.problem(key, `${[...this.base, key].join('.')}: expected true or false, got ${JSON.stringify(this.raw(key))}`);
      return null;
    }
    return b;
  }

  string(key: string): string | null {
    if (!this.given(key)) return null;
    const v = this.raw(key);
    if (typeof v !== 'string') {
      this.problem(key, `${[...this.base, key].join('.')}: expected a string, got ${JSON.stringify(v)}`);
      return null;
    }
    return v;
  }

  /** Where this file's `key` holds its value, in the file's words. */
  at(key: string): ImportedAt {
    const p = this.src.at(this.path(key));
    return { file: this.src.file, line: p.line, col: p.col, key: [...this.base, key].join('.'), value: this.raw(key) };
  }

  /** Sets a manifest key from this file's `key`, recording where it came from. */
  set(path: string, value: unknown, key: string): void {
    this.out.set(path, value, this.origin(key), this.at(key));
  }

  counter(name: 'max_steps' | 'gradient_accumulation_steps', key: string, value: number): void {
    if (!this.out.counters.has(name)) this.out.counters.set(name, { value, origin: this.origin(key), src: this.src, path: this.path(key), at: this.at(key) });
  }
}
