import { statSync, readdirSync } from 'node:fs';
import { join, resolve, sep, isAbsolute } from 'node:path';
import { containedPath, fsErrorText, isInside as inside, OUTSIDE, readContained, realFolder } from '../fs/contain.js';
import { MAX_FILE_BYTES, type LoadResult, type ParseManifest, type ReadResult } from './parse.js';
import type { Problem } from './types.js';
import type { HubContext } from '../hub/types.js';
import { byText } from '../estimate/text-order.js';

/** Folders never searched for manifests. */
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage']);
export const MANIFEST_SUFFIXES = ['.train.yaml', '.train.yml'];

export const isManifestName = (name: string) => MANIFEST_SUFFIXES.some((s) => name.toLowerCase().endsWith(s));

/**
 * Reads a repository file by repository-relative path, refusing anything that resolves (through `..` or a
 * symbolic link) outside the root, anything that is not a regular file, and anything over 1 MiB; file-system
 * errors come back as messages ("cannot read: permission denied"). See src/fs/contain.ts.
 */
export function repoFileReader(root: string): (repoRel: string) => ReadResult {
  const folder = realFolder(root);
  return (repoRel) => {
    if (!folder.ok) return { ok: false, error: `cannot read the repository root: ${folder.error}` };
    const r = readContained(folder.real, repoRel, MAX_FILE_BYTES);
    if (r.ok) return { ok: true, text: r.text };
    return { ok: false, error: r.error === 'no such file or folder' ? 'no such file in the repository' : r.error };
  };
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/**
 * Reads and validates one manifest, given by its path relative to `root` (as `discoverManifests` returns), with
 * `parse` (load.ts's parseManifest, or the fast check's). `read` is repoFileReader(root), made once for many files.
 */
export function loadManifestFile(root: string, repoRel: string, hub: HubContext | undefined, parse: ParseManifest, read = repoFileReader(root)): LoadResult {
  const r = read(repoRel);
  if (!r.ok) return { jobs: [], problems: [{ file: repoRel, line: 1, col: 1, message: `manifest ${r.error}` }] };
  return parse(r.text, { file: repoRel, repoPath: repoRel, readRepoFile: read, ...(hub ? { hub } : {}) });
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

/** Entries a search may visit: a bound on the work one pattern can cause (a real repository has far fewer). */
export const MAX_WALK_ENTRIES = 200_000;

/**
 * Collects the regular files below the real folder `dir` (`rel` from the root, POSIX, '' for the root) as paths
 * from the root; symbolic links are not followed, so every path found is itself a real path inside the root.
 * Unreadable folders become problems.
 */
function walk(dir: string, rel: string, out: string[], problems: Problem[], budget: { left: number }): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ file: rel || '.', line: 1, col: 1, message: `cannot read folder: ${fsErrorText(e)}` });
    return;
  }
  for (const e of entries.sort((a, b) => byText(a.name, b.name))) {
    if (--budget.left < 0) return;
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(join(dir, e.name), rel ? `${rel}/${e.name}` : e.name, out, problems, budget);
    } else if (e.isFile()) out.push(rel ? `${rel}/${e.name}` : e.name);
  }
}

/**
 * walk(), remembered for one search: the action's two default globs (every *.train.yaml, every *.train.yml)
 * walk the same tree twice. A repeated walk gives the files, problems and budget use of the first, as walking
 * again would on an unchanged tree; one that might run out of budget part way is walked again.
 */
function walker(problems: Problem[], budget: { left: number }) {
  const seen = new Map<string, { files: string[]; problems: Problem[]; used: number }>();
  return (dir: { real: string; rel: string }, out: string[]) => {
    const before = seen.get(dir.real);
    if (before && budget.left - before.used >= 0) {
      for (const f of before.files) out.push(f);
      for (const p of before.problems) problems.push(p);
      budget.left -= before.used;
      return;
    }
    const files: string[] = [];
    const found: Problem[] = [];
    const left = budget.left;
    walk(dir.real, dir.rel, files, found, budget);
    if (budget.left >= 0) seen.set(dir.real, { files, problems: found, used: left - budget.left });
    for (const f of files) out.push(f);
    for (const p of found) problems.push(p);
  };
}

const GLOB_CHARS = /[*?{]/;

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
  const found = new Set<string>();
  const problems: Problem[] = [];
  const unmatched: string[] = [];
  const folder = realFolder(root);
  if (!folder.ok) return { files: [], problems: [{ file: root, line: 1, col: 1, message: `repository root ${folder.error === 'is a file, not a folder' ? 'is a file, not a folder' : `cannot be read: ${folder.error}`}` }], unmatched: [] };
  const realRoot = folder.real;
  const budget = { left: MAX_WALK_ENTRIES };
  const walkOnce = walker(problems, budget);
  // A file named by the pattern itself: its real path must stay inside the root.
  const addNamed = (abs: string, from: string) => {
    const real = containedPath(realRoot, abs);
    if (real.ok) found.add(real.rel);
    else if (real.error === OUTSIDE) problems.push({ file: from, line: 1, col: 1, message: `"${from}" is outside the repository root ${root}: refused` });
  };
  for (const pattern of patterns) {
    const abs = resolve(root, pattern);
    const isGlob = GLOB_CHARS.test(pattern);
    if (!isGlob && !inside(resolve(root), abs)) {
      problems.push({ file: pattern, line: 1, col: 1, message: `"${pattern}" is outside the repository root ${root}: refused` });
      continue;
    }
    let st;
    try {
      st = statSync(abs, { throwIfNoEntry: false }); // a glob (**/*.train.yaml) is no file: no error built for it
    } catch (e) {
      if (!isGlob) {
        problems.push({ file: pattern, line: 1, col: 1, message: `cannot read "${pattern}": ${fsErrorText(e)}` });
        continue;
      }
      st = undefined;
    }
    if (st?.isFile()) {
      addNamed(abs, pattern);
      continue;
    }
    if (st?.isDirectory()) {
      const dir = containedPath(realRoot, abs);
      if (!dir.ok) {
        problems.push({ file: pattern, line: 1, col: 1, message: `"${pattern}" ${dir.error}` });
        continue;
      }
      const files: string[] = [];
      walkOnce(dir, files);
      const before = found.size;
      for (const f of files) if (isManifestName(f)) found.add(f);
      if (found.size === before) unmatched.push(pattern);
      continue;
    }
    if (st) {
      problems.push({ file: pattern, line: 1, col: 1, message: `"${pattern}" is not a regular file or folder (a FIFO, socket or device): refused` });
      continue;
    }
    if (!isGlob) {
      problems.push({ file: pattern, line: 1, col: 1, message: `no such file or folder: "${pattern}"` });
      continue;
    }
    const normalized = toPosix(pattern).replace(/^\.\//, '');
    // A ".." anywhere in a glob would let the search walk out of the root (jobs/../../**): refused outright.
    if (isAbsolute(pattern) || normalized.split('/').includes('..')) {
      problems.push({ file: pattern, line: 1, col: 1, message: `glob "${pattern}" must be relative to the repository root and stay inside it (no .. segments)` });
      continue;
    }
    // The folders before the first name with a wildcard: where the walk starts.
    const parts = normalized.split('/');
    let fixed = 0;
    while (fixed < parts.length && !GLOB_CHARS.test(parts[fixed]!)) fixed++;
    const staticPrefix = parts.slice(0, fixed).join('/');
    const re = globToRegExp(normalized);
    const files: string[] = [];
    const start = staticPrefix ? containedPath(realRoot, staticPrefix) : { ok: true as const, real: realRoot, rel: '' };
    if (start.ok) walkOnce(start, files);
    let matched = 0;
    for (const f of files) {
      if (re.test(f)) {
        found.add(f);
        matched++;
      }
    }
    if (!matched) unmatched.push(pattern);
  }
  if (budget.left < 0) problems.push({ file: root, line: 1, col: 1, message: `the search stopped after ${MAX_WALK_ENTRIES} files and folders: name the manifests' folders instead of the whole tree` });
  return { files: [...found].sort(), problems, unmatched };
}
