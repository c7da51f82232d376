import { readFileSync, realpathSync, statSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep, isAbsolute } from 'node:path';
import { MAX_FILE_BYTES, parseManifest, type LoadResult, type ReadResult } from './load.js';
import type { Problem } from './types.js';
import type { HubContext } from '../hub/types.js';

/** Folders never searched for manifests. */
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage']);
export const MANIFEST_SUFFIXES = ['.train.yaml', '.train.yml'];

export const isManifestName = (name: string) => MANIFEST_SUFFIXES.some((s) => name.toLowerCase().endsWith(s));

function inside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Reads a repository file by repository-relative path, refusing anything that resolves (through `..` or a
 * symbolic link) outside the root, anything that is not a regular file, and anything over 1 MiB.
 */
export function repoFileReader(root: string): (repoRel: string) => ReadResult {
  const realRoot = realpathSync(root);
  return (repoRel) => {
    const abs = resolve(realRoot, repoRel);
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      return { ok: false, error: 'no such file in the repository' };
    }
    if (!inside(realRoot, real)) return { ok: false, error: 'resolves outside the repository (through a symbolic link): refused' };
    const st = statSync(real);
    if (!st.isFile()) return { ok: false, error: 'is not a regular file' };
    if (st.size > MAX_FILE_BYTES) return { ok: false, error: `is larger than 1 MiB (${st.size} bytes)` };
    return { ok: true, text: readFileSync(real, 'utf8') };
  };
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** Reads and validates one manifest, given by its path relative to `root` (as `discoverManifests` returns). */
export function loadManifestFile(root: string, repoRel: string, hub?: HubContext): LoadResult {
  const read = repoFileReader(root);
  const r = read(repoRel);
  if (!r.ok) return { jobs: [], problems: [{ file: repoRel, line: 1, col: 1, message: `manifest ${r.error}` }] };
  return parseManifest(r.text, { file: repoRel, repoPath: repoRel, readRepoFile: read, ...(hub ? { hub } : {}) });
}

/** Glob to RegExp over POSIX relative paths: `**` any folders, `*` and `?` within one name, `{a,b}` either. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += '(?:' + glob.slice(i + 1, end).split(',').map((s) => s.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|') + ')';
        i = end;
      }
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(join(dir, e.name), out);
    } else if (e.isFile()) out.push(join(dir, e.name));
  }
}

export interface Discovery {
  /** Files relative to root, POSIX separators, sorted, each once. */
  files: string[];
  /** Paths refused (outside the root, not found). */
  problems: Problem[];
  /** Patterns that matched no manifest: an error for the CLI, a notice for the action's default globs. */
  unmatched: string[];
}

/**
 * Expands paths, folders (every *.train.yaml / *.train.yml below them) and globs relative to `root` into
 * manifest files. Anything outside the root is refused; a pattern that matches nothing is a problem.
 */
export function discoverManifests(patterns: readonly string[], root: string): Discovery {
  const realRoot = realpathSync(root);
  const found = new Set<string>();
  const problems: Problem[] = [];
  const unmatched: string[] = [];
  const add = (abs: string, from: string) => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      return;
    }
    if (!inside(realRoot, real)) {
      problems.push({ file: from, line: 1, col: 1, message: `"${from}" is outside the repository root ${root}: refused` });
      return;
    }
    found.add(toPosix(relative(realRoot, real)));
  };
  for (const pattern of patterns) {
    const abs = resolve(root, pattern);
    if (!/[*?{]/.test(pattern) && !inside(root, abs)) {
      problems.push({ file: pattern, line: 1, col: 1, message: `"${pattern}" is outside the repository root ${root}: refused` });
      continue;
    }
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isFile()) {
      add(abs, pattern);
      continue;
    }
    if (st?.isDirectory()) {
      const files: string[] = [];
      walk(abs, files);
      const before = found.size;
      files.filter((f) => isManifestName(f)).forEach((f) => add(f, pattern));
      if (found.size === before) unmatched.push(pattern);
      continue;
    }
    if (!/[*?{]/.test(pattern)) {
      problems.push({ file: pattern, line: 1, col: 1, message: `no such file or folder: "${pattern}"` });
      continue;
    }
    const normalized = toPosix(pattern).replace(/^\.\//, '');
    if (normalized.startsWith('../') || isAbsolute(pattern)) {
      problems.push({ file: pattern, line: 1, col: 1, message: `glob "${pattern}" must be relative to the repository root and stay inside it` });
      continue;
    }
    const staticPrefix = normalized.split('/').filter((_, i, parts) => !parts.slice(0, i + 1).some((p) => /[*?{]/.test(p))).join('/');
    const re = globToRegExp(normalized);
    const files: string[] = [];
    walk(join(realRoot, staticPrefix), files);
    const matched = files.filter((f) => re.test(toPosix(relative(realRoot, f))));
    matched.forEach((f) => add(f, pattern));
    if (!matched.length) unmatched.push(pattern);
  }
  return { files: [...found].sort(), problems, unmatched };
}
