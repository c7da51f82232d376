import { posix } from 'node:path';
import type { ReadResult } from '../manifest/load.js';
import type { Problem } from '../manifest/types.js';
import { readAxolotl } from './axolotl.js';
import type { TrainerRefs } from './common.js';
import { detectFormat, type ImportFormat } from './detect.js';
import { readAccelerate, readDeepSpeed } from './launchers.js';
import { readLlamaFactory, readLlamaFactoryV1 } from './llama-factory.js';
import { FileReader, Settings } from './settings.js';
import { pairedBatch } from './approximations.js';
import { parseSource, type Source } from './source.js';
import { readTrl } from './trl.js';

export interface ImportRequest {
  path: string;
  format?: ImportFormat;
  accelerate?: string;
}

export interface Imported {
  format: ImportFormat;
  /** Repository-relative paths of every file read (trainer config first). */
  files: string[];
  settings: Settings;
  model: { id: string; src: Source; key: string } | null;
}

const FORMAT_NAMES: Record<ImportFormat, string> = { axolotl: 'axolotl', 'llama-factory': 'LLaMA-Factory', 'llama-factory-v1': 'LLaMA-Factory (v1)', trl: 'TRL' };
export const formatName = (f: ImportFormat) => FORMAT_NAMES[f];

/** `rel` from the folder `dir` inside the repository, or an error when it is absolute or leaves it. */
function join(dir: string, rel: string): string | null {
  if (posix.isAbsolute(rel) || /^[a-zA-Z]:[\\/]/.test(rel) || rel.includes('\\')) return null;
  const p = posix.normalize(posix.join(dir, rel));
  return p === '..' || p.startsWith('../') ? null : p;
}

/**
 * Reads the trainer config a manifest imports, then the DeepSpeed JSON it names and the accelerate YAML the
 * manifest names. A path inside a trainer config is resolved as the trainer resolves it, from the folder it
 * is launched in: the config's own folder or any folder above it, up to the repository root.
 */
export function readImport(req: ImportRequest, manifestRepoPath: string, read: (p: string) => ReadResult, problems: Problem[], where: (message: string) => void): Imported | null {
  const configPath = join(posix.dirname(manifestRepoPath), req.path);
  if (configPath === null) {
    where(`import path "${req.path}" must be relative to the manifest, with / separators, and stay inside the repository`);
    return null;
  }
  const text = read(configPath);
  if (!text.ok) {
    where(`import "${req.path}": ${text.error}`);
    return null;
  }
  const before = problems.length;
  const src = parseSource(text.text, configPath, 'trainer config', problems);
  if (!src) return null;
  const format = req.format ?? detectFormat(src.data);
  if (!format) {
    where(`cannot tell which trainer "${req.path}" is for: set import: { path: ${req.path}, format: axolotl | llama-factory | llama-factory-v1 | trl }`);
    return null;
  }
  const settings = new Settings();
  const reader = new FileReader(src, settings);
  const refs: TrainerRefs =
    format === 'axolotl' ? readAxolotl(reader)
    : format === 'llama-factory' ? readLlamaFactory(reader)
    : format === 'llama-factory-v1' ? readLlamaFactoryV1(reader)
    : readTrl(reader);
  const files = [configPath];

  const readNamed = (rel: string, from: Source, key: string, what: string): Source | null => {
    const candidates: string[] = [];
    for (let dir = posix.dirname(from.file); ; dir = posix.dirname(dir)) {
      const p = join(dir, rel);
      if (p !== null && !candidates.includes(p)) candidates.push(p);
      if (dir === '.' || dir === '/' || dir === '') break;
    }
    if (!candidates.length) {
      settings.problem(from, [key], `${key}: "${rel}" must be a relative path inside the repository`);
      return null;
    }
    for (const p of candidates) {
      const t = read(p);
      if (!t.ok) continue;
      files.push(p);
      return parseSource(t.text, p, what, problems);
    }
    settings.problem(from, [key], `${key}: ${what} "${rel}" is not in the repository (looked for ${candidates.join(', ')})`);
    return null;
  };

  if (refs.deepspeed) {
    const ds = readNamed(refs.deepspeed.path, src, refs.deepspeed.key, 'DeepSpeed config');
    if (ds) readDeepSpeed(new FileReader(ds, settings));
  } else if (refs.deepspeedInline) {
    readDeepSpeed(reader.child(refs.deepspeedInline));
  }
  if (req.accelerate) {
    const accPath = join(posix.dirname(manifestRepoPath), req.accelerate);
    const t = accPath === null ? null : read(accPath);
    if (accPath === null || !t || !t.ok) {
      where(`accelerate config "${req.accelerate}": ${accPath === null ? 'must be a relative path inside the repository' : t && !t.ok ? t.error : 'unreadable'}`);
    } else {
      files.push(accPath);
      const acc = parseSource(t.text, accPath, 'accelerate config', problems);
      if (acc) {
        const { deepspeedFile } = readAccelerate(new FileReader(acc, settings));
        if (deepspeedFile && !refs.deepspeed) {
          const ds = readNamed(deepspeedFile, acc, 'deepspeed_config', 'DeepSpeed config');
          if (ds) readDeepSpeed(new FileReader(ds, settings));
        }
      }
    }
  }
  settings.applyDefaults();
  pairedBatch(settings);
  problems.push(...settings.problems);
  if (problems.length > before) return null;
  return { format, files, settings, model: refs.model ? { id: refs.model.id, src, key: refs.model.key } : null };
}
