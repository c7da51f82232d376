import { findModel } from '../catalog/models.js';
import type { ImportInfo, Problem } from '../manifest/types.js';
import type { ImportedAt } from './settings.js';
import { formatName, type Imported } from './resolve.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Manifest keys win: the imported values fill only what the manifest leaves out, key by key. */
function overlay(under: Obj, over: Obj): Obj {
  const out: Obj = { ...under };
  for (const [k, v] of Object.entries(over)) out[k] = isObj(v) && isObj(under[k]) ? overlay(under[k] as Obj, v) : v;
  return out;
}

function valueAtPath(o: Obj, path: string): unknown {
  let v: unknown = o;
  for (const p of path.split('.')) v = isObj(v) ? v[p] : undefined;
  return v;
}

function leafPaths(o: Obj, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (isObj(v) ? leafPaths(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

export interface Merged {
  raw: Obj;
  info: ImportInfo;
  /** Manifest key path -> where the imported file set it, for the keys the manifest leaves to the import. */
  locations: Map<string, ImportedAt>;
  /** Keys not understood that would change the estimate, and approximations, located in their files. */
  warnings: Problem[];
}

/**
 * The job the manifest describes once its import is applied: the imported settings under the manifest's own
 * keys, tokens from max_steps when the config fixes the steps, and, for the report, which file each setting
 * came from, the trainer defaults used, and the warnings. Problems (no tokens, an unknown model) are located in
 * the file that can fix them.
 */
export function mergeImport(manifestJob: Obj, imp: Imported, problems: Problem[], atManifest: (path: (string | number)[], message: string) => void, hubModel: (id: string) => { ok: true } | { ok: false; error: string }): Merged | null {
  const s = imp.settings;
  const nested: Obj = {};
  for (const [path, value] of s.values) {
    const parts = path.split('.');
    let o = nested;
    for (const p of parts.slice(0, -1)) o = (o[p] ??= {}) as Obj;
    o[parts[parts.length - 1]!] = value;
  }
  const job: Obj = { ...manifestJob };
  delete job.import;
  const fromManifest = leafPaths(job).filter((p) => p !== 'name');
  const before = problems.length;

  // The model: the manifest's wins; else the trainer config's, from the catalog (offline) or the Hub.
  if (job.model === undefined && imp.model) {
    const found = findModel(imp.model.id) ? ({ ok: true } as const) : hubModel(imp.model.id);
    if (!found.ok) {
      const p = imp.model.src.at([imp.model.key]);
      problems.push({ file: imp.model.src.file, line: p.line, col: p.col, message: `${imp.model.key}: ${found.error}` });
    } else {
      nested.model = imp.model.id;
      const at = imp.model.src.at([imp.model.key]);
      s.locations.set('model', { file: imp.model.src.file, line: at.line, col: at.col, key: imp.model.key, value: imp.model.id });
      s.origins.set('model', `${imp.model.src.file}:${imp.model.src.key([imp.model.key]).line}:1 ${imp.model.key}`);
    }
  }
  const merged = overlay(nested, job);
  // A manifest that changes the method away from LoRA drops the imported adapter settings.
  if (merged.method !== 'lora' && merged.method !== 'qlora' && !isObj(job.lora)) delete merged.lora;

  // Tokens: the manifest's data, else max_steps x global batch x sequence length.
  const data = isObj(merged.data) ? { ...merged.data } : {};
  const notes: string[] = [];
  const steps = s.counters.get('max_steps');
  const ga = s.counters.get('gradient_accumulation_steps')?.value ?? 1;
  const hw = isObj(merged.hardware) ? merged.hardware : {};
  const par = isObj(merged.parallelism) ? merged.parallelism : {};
  const training = isObj(merged.training) ? { ...merged.training } : {};
  const count = typeof hw.count === 'number' ? hw.count : null;
  const dp = count === null ? null : count / ((typeof par.tensor === 'number' ? par.tensor : 1) * (typeof par.pipeline === 'number' ? par.pipeline : 1));
  const micro = typeof training.micro_batch_size === 'number' ? training.micro_batch_size : 1;
  const seq = typeof training.sequence_length === 'number' ? training.sequence_length : 2048;
  if (training.global_batch_size === undefined && dp !== null && Number.isInteger(dp) && s.counters.has('gradient_accumulation_steps')) {
    training.global_batch_size = micro * ga * dp;
    s.origins.set('training.global_batch_size', `${s.counters.get('gradient_accumulation_steps')!.origin} x micro-batch x ${dp} data-parallel GPUs`);
    s.locations.set('training.global_batch_size', s.counters.get('gradient_accumulation_steps')!.at);
    merged.training = training;
  }
  const hasTokens = data.tokens !== undefined || (data.examples !== undefined && data.tokens_per_example !== undefined);
  if (!hasTokens) {
    if (steps && dp !== null && Number.isInteger(dp)) {
      const global = typeof training.global_batch_size === 'number' ? training.global_batch_size : micro * ga * dp;
      data.tokens = steps.value * global * seq;
      data.epochs = 1;
      const kept = s.defaults.filter((d) => !/epoch/.test(d));
      s.defaults.splice(0, s.defaults.length, ...kept);
      notes.push(`tokens: max_steps ${steps.value} (${steps.origin}) x global batch ${global} x ${seq} tokens = ${data.tokens}; max_steps fixes the run, so epochs are 1`);
      s.origins.set('data.tokens', steps.origin);
      s.locations.set('data.tokens', steps.at);
    } else if (steps) {
      const p = steps.src.key(steps.path);
      problems.push({ file: steps.src.file, line: p.line, col: p.col, message: `max_steps ${steps.value} fixes the steps, but the tokens per step depend on the GPU count: set hardware.count in the manifest (or data.tokens)` });
    } else {
      atManifest(['import'], `the imported config does not fix max_steps, so the tokens are unknown: add data.tokens, or data.examples with data.tokens_per_example`);
    }
  }
  merged.data = data;
  if (problems.length > before) return null;

  const fromImport = [...s.origins.entries()].filter(([k]) => !fromManifest.includes(k) && s.origins.get(k) !== 'trainer default');
  const byFile = new Map<string, string[]>();
  for (const [k, origin] of fromImport) {
    const [where, ...key] = origin.split(' ');
    const file = where!.replace(/:\d+:\d+$/, '');
    const line = /:(\d+):\d+$/.exec(where!)?.[1];
    const value = valueAtPath(merged, k);
    const shown = value === undefined ? '' : ` ${Array.isArray(value) ? value.join('+') : String(value)}`;
    byFile.set(file, [...(byFile.get(file) ?? []), `${k}${shown} (${key.join(' ')}${line ? `, line ${line}` : ''})`]);
  }
  const lines = [...byFile.entries()].map(([f, ks]) => `from ${f}${f === imp.files[0] ? ` (${formatName(imp.format)})` : ''}: ${ks.join(', ')}`);
  if (fromManifest.length) lines.push(`from the manifest (wins over the imported files): ${fromManifest.join(', ')}`);
  if (s.defaults.length) lines.push(`${formatName(imp.format)} defaults used where the config is silent: ${s.defaults.join('; ')}`);
  lines.push(...notes, ...s.warnings.map((w) => `warning: ${w.file}:${w.line}:${w.col}: ${w.message}`));
  const locations = new Map([...s.locations].filter(([k]) => !fromManifest.includes(k)));
  return { raw: merged, info: { file: imp.files[0]!, format: imp.format, files: imp.files, notes: lines }, locations, warnings: [...s.warnings] };
}
