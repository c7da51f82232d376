import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { gitTopLevel } from './git.js';

export interface Where {
  /** The repository root: manifests and the files they name must stay inside it. */
  root: string;
  /** The paths and globs given, relative to the root (they were typed relative to the current folder). */
  patterns: string[];
}

const isGlob = (p: string) => /[*?{]/.test(p);
const posixOf = (p: string) => p.split(sep).join('/');

/**
 * The repository root and the patterns relative to it. The root is --root when given, else the git top level of
 * the first path given (the nearest folder above it holding .git), else the current folder. Paths are typed
 * relative to the current folder, so `estimate jobs/` in a subfolder means that subfolder's jobs/.
 */
export function whereFrom(cwd: string, rootFlag: string | undefined, positionals: readonly string[]): Where {
  const given = positionals.length ? positionals : ['.'];
  const first = given[0]!;
  const start = isGlob(first) ? cwd : resolve(cwd, first);
  const root = rootFlag !== undefined ? resolve(cwd, rootFlag) : gitTopLevel(start) ?? cwd;
  const here = posixOf(relative(root, cwd));
  const patterns = given.map((p) => {
    if (isGlob(p)) return isAbsolute(p) || here === '' ? p : posix.join(here, p);
    const rel = posixOf(relative(root, resolve(cwd, p)));
    // Outside the root: left absolute, so the refusal names the path the user typed.
    return rel === '' ? '.' : rel.startsWith('..') ? resolve(cwd, p) : rel;
  });
  return { root, patterns };
}
