import { posix } from 'node:path';
import type { Located } from './issues.js';
import { valueAt } from './value-at.js';
import { PositionFinder } from './positions.js';
import { readSimpleYaml } from './simple-yaml.js';
import { architectureRules, jobRules } from './rules.js';
import { architectureWithDefaults, normalizeJob } from './normalize.js';
import { architectureFromConfig } from './hf-config.js';
import type { RawArchitecture, RawJob } from './schema.js';
import type { Validate } from './validate.js';
import { isMap, type LinePositions } from './yaml-nodes.js';
import { parseCount } from './counts.js';
import { closest as closestIds, didYouMean } from './suggest.js';
import type { Job, ModelSpec, Problem } from './types.js';
import { sortProblems } from './problems.js';
import { HUB_ID, type HubContext } from '../hub/types.js';
import { foldCase } from './case-fold.js';
import { findModel, MODEL_IDS } from '../catalog/models.js';
import { dataRules } from './data-rules.js';
import { checkArchitectureNumbers, numberRules } from './number-rules.js';
import { importRequest } from '../import/request.js';
import type { readImport } from '../import/resolve.js';
import type { mergeImport, Merged } from '../import/merge.js';
import { cleanText } from '../report/sanitize.js';
import { jobWarnings } from './job-warnings.js';
import { inImportedFile, withJob } from '../import/locate.js';
import { MAX_NESTING, tooDeep } from './depth.js';

/** Manifests and config.json files larger than this are refused unread: no real one comes close. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

export interface ParseOptions {
  /** The manifest's path as shown in messages. */
  file: string;
  /** The manifest's path relative to the repository root, POSIX separators (config paths resolve from it). */
  repoPath: string;
  /** Reads a file by repository-relative path: the only way a manifest reaches another file. */
  readRepoFile: (repoRelPath: string) => ReadResult;
  /** Hub model ids: config.json files the shell fetched, and the ids still wanted. Without it, only the catalog. */
  hub?: HubContext;
}

export interface LoadResult {
  jobs: Job[];
  problems: Problem[];
}

/** Parses and validates one manifest's text (load.ts's parseManifest, or the fast check's). */
export type ParseManifest = (text: string, opts: ParseOptions) => LoadResult;

export type Report = (line: number, col: number, message: string) => void;

/**
 * What parseManifestWith takes from outside, so the action's fast path loads neither zod nor the yaml package:
 * load.ts gives zod, the yaml package and the trainer-config importers; fast-check.ts gives its check, and
 * gives up (NeedsFullCheck) where the others would be needed.
 */
export interface ParseTools {
  validate: Validate;
  /** Reads what simple-yaml.ts declines: the document, its line starts and its data, or null after reporting why not. */
  readYaml: (text: string, report: Report) => { doc: { contents: unknown }; lines: LinePositions; data: unknown } | null;
  readImport: typeof readImport;
  mergeImport: typeof mergeImport;
}

type Key = string | number;

/**
 * Parses and validates one manifest's text: every problem at once, or the normalized jobs. `tools.validate`
 * checks values against the manifest's schemas: zod (load.ts's parseManifest, every message) or the generated
 * fast check, which answers only for valid values (fast-check.ts).
 */
export function parseManifestWith(text: string, opts: ParseOptions, tools: ParseTools): LoadResult {
  const { validate } = tools;
  const problems: Problem[] = [];
  const report = (line: number, col: number, message: string) => problems.push({ file: opts.file, line, col, message });

  if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) {
    report(1, 1, `manifest is larger than 1 MiB (${Buffer.byteLength(text, 'utf8')} bytes); a training-job manifest is a few hundred bytes`);
    return { jobs: [], problems };
  }
  const deep = tooDeep(text);
  if (deep !== null) {
    const before = text.slice(0, deep);
    const line = before.split('\n').length;
    report(line, deep - before.lastIndexOf('\n'), `the manifest nests deeper than ${MAX_NESTING} levels here; a manifest needs about five (jobs, job, model, architecture, key)`);
    return { jobs: [], problems };
  }

  // Most manifests are plain YAML that simple-yaml.ts reads with the same result; the yaml package reads the rest.
  const simple = readSimpleYaml(text);
  const read = simple ? { doc: simple, lines: simple.lines, data: simple.data as unknown } : tools.readYaml(text, report);
  if (!read) return { jobs: [], problems };
  const { doc, lines, data } = read;

  const finder = new PositionFinder(doc, lines);
  const toProblem = (loc: Located): Problem => {
    const p = loc.atKey ? finder.key(loc.path) : finder.at(loc.path);
    return { file: opts.file, line: p.line, col: p.col, message: loc.message };
  };
  const put = (loc: Located) => problems.push(toProblem(loc));

  if (data === null || data === undefined) {
    report(1, 1, 'the manifest is empty: expected a job with name, model, method, data and hardware (see schema/training-job.schema.json)');
    return { jobs: [], problems };
  }
  if (!isMap(doc.contents)) {
    report(1, 1, 'a manifest must be a mapping of keys (name: ..., model: ...), or jobs: followed by a list of jobs');
    return { jobs: [], problems };
  }

  const bases: Key[][] = [];
  const obj = data as Record<string, unknown>;
  if ('jobs' in obj) {
    for (const k of Object.keys(obj)) {
      if (k !== 'jobs' && k !== 'version') put({ path: [k], atKey: true, message: `unknown key "${k}" beside jobs: a file with jobs: holds only version and jobs; put job settings inside each job` });
    }
    if (obj.version !== undefined && obj.version !== 1) put({ path: ['version'], atKey: false, message: `unsupported manifest version ${JSON.stringify(obj.version)}: this Train Budget reads version 1` });
    if (!Array.isArray(obj.jobs) || obj.jobs.length === 0) {
      put({ path: ['jobs'], atKey: false, message: 'jobs must be a non-empty list of jobs' });
    } else {
      obj.jobs.forEach((_, i) => bases.push(['jobs', i]));
    }
  } else {
    bases.push([]);
  }

  const jobs: Job[] = [];
  if (bases.length > 1) duplicateNames(data, bases).forEach(put);
  for (const base of bases) {
    const written = valueAt(data, base);
    const before = problems.length;
    // import: the trainer config's settings under the manifest's keys; the manifest's own keys win.
    let imported: Merged | null = null;
    const req = importRequest(written);
    if (req) {
      const where = (message: string) => put({ path: [...base, 'import'], atKey: false, message });
      const imp = tools.readImport(req, opts.repoPath, opts.readRepoFile, problems, where);
      if (imp) imported = tools.mergeImport(written as Record<string, unknown>, imp, problems, (p, m) => put({ path: [...base, ...p], atKey: true, message: m }), (id) => hubLookup(id, opts.hub));
      if (!imported) continue; // its problems are reported in the file that can fix them
    }
    const raw = foldCase(imported ? imported.raw : written);
    // A value the import set is wrong in the imported file: reported there, at its line, in that file's words.
    const located = imported ? inImportedFile(imported, base, toProblem) : toProblem;
    const putJob = (loc: Located) => problems.push(located(loc));
    const view = imported ? withJob(data, base, raw) : data;
    const checked = validate('job', raw, view, base);
    if (!checked.ok) checked.problems.forEach(putJob);
    const model = checkModel((raw as Record<string, unknown> | null)?.model, [...base, 'model'], view, opts, putJob, validate);
    // A Hub id resolved through its config.json is not a catalog id: the catalog rule does not apply to it.
    // A Hub id that could not be resolved has its own error (gated, missing, offline): no second "unknown model".
    const rawModel = (raw as Record<string, unknown> | null)?.model; // a job written as `-` alone is null
    const hubId = typeof rawModel === 'string' && opts.hub !== undefined && !findModel(rawModel) && HUB_ID.test(rawModel.trim());
    const rulesRaw = (model?.kind === 'architecture' && typeof rawModel === 'string') || hubId ? { ...(raw as Record<string, unknown>), model: undefined } : raw;
    for (const loc of jobRules(rulesRaw, base)) putJob(loc);
    for (const loc of dataRules(raw, base, req !== null)) putJob(loc);
    for (const loc of numberRules(raw, model, base)) putJob(loc);
    if (problems.length === before && checked.ok && model) {
      const index = base.length ? (base[1] as number) : null;
      const job = normalizeJob(checked.data as RawJob, model, opts.file, index, finder.keyPositions(base));
      if (imported) job.imported = imported.info;
      // The tokens as written in the manifest (a count from max_steps is no example count).
      const warnings = [...(imported?.warnings ?? []), ...jobWarnings({ ...(raw as Record<string, unknown>), data: (written as Record<string, unknown>).data }, base).map(toProblem)];
      if (warnings.length) job.warnings = warnings.map((w) => ({ file: cleanText(w.file, 1000), line: w.line, col: w.col, message: cleanText(w.message, 2000) }));
      jobs.push(job);
    }
  }
  return problems.length ? { jobs: [], problems: sortProblems(problems) } : { jobs, problems };
}


/**
 * Two jobs of one file with the same name: reports, the job summary and the comparison with the base branch
 * tell jobs apart by file and name, so the second would hide or replace the first.
 */
function duplicateNames(data: unknown, bases: Key[][]): Located[] {
  const first = new Map<string, Key[]>();
  const out: Located[] = [];
  for (const base of bases) {
    const name = valueAt(data, [...base, 'name']);
    if (typeof name !== 'string' || name === '') continue;
    const seen = first.get(name);
    if (!seen) first.set(name, base);
    else out.push({ path: [...base, 'name'], atKey: false, message: `duplicate job name "${name}": job ${(seen[1] as number) + 1} of this file has it too; give each job its own name (reports and the base-branch comparison tell jobs apart by file and name)` });
  }
  return out;
}

/** The model key, checked by its form so each form gets its own precise messages. */
function checkModel(model: unknown, at: Key[], data: unknown, opts: ParseOptions, put: (l: Located) => void, validate: Validate): ModelSpec | null {
  if (model === undefined) return null; // "missing required key" comes from the job schema
  let valid: unknown; // the value as the last check returned it
  const run = (schema: 'catalogId' | 'parameters' | 'config' | 'architecture') => {
    const r = validate(schema, model, data, at);
    if (!r.ok) r.problems.forEach(put);
    else valid = r.data;
    return r.ok;
  };
  if (typeof model === 'string') {
    if (!run('catalogId')) return null;
    if (!findModel(model) && opts.hub && HUB_ID.test(model.trim())) {
      const found = hubLookup(model.trim(), opts.hub);
      if (!found.ok) {
        put({ path: at, atKey: false, message: found.error });
        return null;
      }
      return architectureSpec(opts.hub.configs.get(model.trim()) as { ok: true; config: unknown; source: string }, `hf:${model.trim()}`, at, put);
    }
    return { kind: 'catalog', id: model };
  }
  if (model === null || typeof model !== 'object' || Array.isArray(model)) {
    put({ path: at, atKey: false, message: 'model must be a catalog id (llama-3.1-8b) or a mapping with one of parameters, config or architecture' });
    return null;
  }
  const keys = Object.keys(model);
  const forms = ['parameters', 'config', 'architecture'];
  const chosen = keys.filter((k) => forms.includes(k));
  if (chosen.length !== 1) {
    if (chosen.length > 1) {
      put({ path: at, atKey: false, message: `model takes one of parameters, config or architecture, not ${chosen.join(' and ')}` });
    } else {
      for (const k of keys) put({ path: [...at, k], atKey: true, message: `unknown key "${k}" in model${didYouMean(k, forms) || ''}: use parameters, config or architecture` });
      if (!keys.length) put({ path: at, atKey: false, message: 'model is empty: give a catalog id or one of parameters, config or architecture' });
    }
    return null;
  }
  const m = model as Record<string, unknown>;
  if (chosen[0] === 'parameters') {
    return run('parameters') ? { kind: 'parameters', parameters: parseCount(m.parameters as string | number)! } : null;
  }
  if (chosen[0] === 'architecture') {
    if (!run('architecture')) return null;
    const arch = (valid as { architecture: RawArchitecture }).architecture;
    const bad = architectureRules(arch, [...at, 'architecture']);
    bad.forEach(put);
    return bad.length ? null : { kind: 'architecture', architecture: architectureWithDefaults(arch), from: 'manifest' };
  }
  if (!run('config')) return null;
  const rel = m.config as string;
  const where = [...at, 'config'];
  if (posix.isAbsolute(rel) || /^[a-zA-Z]:[\\/]/.test(rel) || rel.includes('\\')) {
    put({ path: where, atKey: false, message: `config path "${rel}" must be relative to the manifest, with / separators (e.g. models/config.json)` });
    return null;
  }
  const repoRel = posix.normalize(posix.join(posix.dirname(opts.repoPath), rel));
  if (repoRel === '..' || repoRel.startsWith('../')) {
    put({ path: where, atKey: false, message: `config path "${rel}" leaves the repository: it must point at a file inside it` });
    return null;
  }
  const read = opts.readRepoFile(repoRel);
  if (!read.ok) {
    put({ path: where, atKey: false, message: `config "${rel}": ${read.error}` });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(read.text.replace(/^\uFEFF/, '')); // a byte-order mark, as Windows editors write it, is no error
  } catch (e) {
    put({ path: where, atKey: false, message: `config "${rel}" is not valid JSON: ${(e as Error).message}` });
    return null;
  }
  const arch = architectureFromConfig(json);
  if (!arch.ok) {
    put({ path: where, atKey: false, message: `config "${rel}": ${arch.error}` });
    return null;
  }
  const numbers = checkArchitectureNumbers(arch.architecture).map((m) => ({ path: where, atKey: false, message: `config "${rel}": ${m}` }));
  const bad = numbers.length ? numbers : architectureRules(arch.architecture, where).map((l) => ({ ...l, path: where, message: `config "${rel}": ${l.message}` }));
  bad.forEach(put);
  return bad.length ? null : { kind: 'architecture', architecture: arch.architecture, from: 'config', config_path: cleanText(repoRel, 1000), model_type: cleanText(arch.model_type, 60) };
}

/**
 * A Hub id the catalog does not know: its fetched config.json, or why there is none. An id not fetched yet is
 * recorded as wanted, so the shell can fetch it and validate again.
 */
function hubLookup(id: string, hub: HubContext | undefined): { ok: true } | { ok: false; error: string } {
  const near = closestIds(id.split('/').pop()!.replace(/@.*$/, ''), MODEL_IDS, 3);
  const catalog = near.length ? ` (catalog ids that resolve offline: ${near.join(', ')})` : '';
  if (!hub || !HUB_ID.test(id)) return { ok: false, error: `unknown model "${id}"${catalog}; give { parameters: 7B }, { config: path/to/config.json } or { architecture: {...} } for a model outside the catalog` };
  const c = hub.configs.get(id);
  if (c?.ok) return { ok: true };
  if (c) return { ok: false, error: c.error };
  if (!hub.offline) hub.wanted.add(id);
  return { ok: false, error: `model "${id}" is not in the catalog${catalog}, and ${hub.offline ? 'offline mode forbids fetching its config.json from the Hub' : 'its config.json has not been fetched'}: use a catalog id, or pin a local config.json with model: { config: path/to/config.json }` };
}

/** A fetched config.json as the job's model, checked like a local one. */
function architectureSpec(c: { config: unknown; source: string }, label: string, at: Key[], put: (l: Located) => void): ModelSpec | null {
  const arch = architectureFromConfig(c.config);
  if (!arch.ok) {
    put({ path: at, atKey: false, message: `${c.source}: ${arch.error}` });
    return null;
  }
  const numbers = checkArchitectureNumbers(arch.architecture).map((m) => ({ path: at, atKey: false, message: `${c.source}: ${m}` }));
  const bad = numbers.length ? numbers : architectureRules(arch.architecture, at).map((l) => ({ ...l, path: at, message: `${c.source}: ${l.message}` }));
  bad.forEach(put);
  return bad.length ? null : { kind: 'architecture', architecture: arch.architecture, from: 'config', config_path: cleanText(label, 1000), model_type: cleanText(arch.model_type, 60) };
}

