import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { repoFileReader } from '../manifest/files.js';
import type { Problem } from '../manifest/types.js';
import { parseSettings } from './parse.js';
import { SETTINGS_FILE, type Settings } from './types.js';

export interface LoadedSettings {
  settings: Settings | null;
  problems: Problem[];
  /** The file read, relative to the root (null: none). */
  file: string | null;
}

/**
 * Reads train-budget.yml at the repository root, or the file `config` names (relative to the root). A missing
 * default file means no settings; a missing named file is a problem. The file is read through the same
 * containment check as manifests (no path or symbolic link out of the root, regular files, at most 1 MiB).
 */
export function loadSettings(root: string, config?: string): LoadedSettings {
  const named = config !== undefined && config !== '';
  const abs = resolve(root, named ? config : SETTINGS_FILE);
  const rel = relative(root, abs).split(sep).join('/');
  if (rel.startsWith('..') || isAbsolute(rel)) {
    return { settings: null, file: null, problems: [{ file: config!, line: 1, col: 1, message: 'the settings file must be inside the repository root' }] };
  }
  if (!named && !existsSync(join(root, SETTINGS_FILE))) return { settings: null, problems: [], file: null };
  const read = repoFileReader(root)(rel);
  if (!read.ok) return { settings: null, file: rel, problems: [{ file: rel, line: 1, col: 1, message: `settings file ${read.error}` }] };
  const r = parseSettings(read.text, rel);
  return { settings: r.settings, problems: r.problems, file: rel };
}
