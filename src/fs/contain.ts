import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Containment by real paths: the one place that decides whether a path may be opened. Every path the program
 * reads (manifests, config.json files, imported trainer configs, settings, the working directory itself) is
 * resolved with realpath, so `..`, symbolic links and a symlinked working directory are all seen through, and
 * must stay under the workspace's real path. Errors come back as short texts for located problems
 * ("cannot read: permission denied"), never as exceptions.
 */

export type Result<T> = ({ ok: true } & T) | { ok: false; error: string };

/** What a file-system error means to a user, from its code (EACCES, ENOENT, ...). */
export function fsErrorText(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder, not a file';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENAMETOOLONG': return 'the path is too long';
    case 'ENOSPC': return 'no space left on the device';
    case 'EROFS': return 'the file system is read-only';
    case 'EMFILE':
    case 'ENFILE': return 'too many open files';
    case 'EIO': return 'input/output error';
    default: return typeof code === 'string' ? code : e instanceof Error ? e.message : String(e);
  }
}

/**
 * realpath(3) in one system call, where Node's JavaScript realpathSync lstat()s every component of the path (and
 * its path handling gets hot enough on a push run to be compiled by TurboFan). Same answers and error codes
 * (ENOENT, ELOOP, EACCES, ENOTDIR) for the paths read here; on musl it needs /proc mounted, as Node's docs say.
 * Windows keeps the JavaScript one, unchanged and untested here.
 */
const realpath: (path: string) => string = process.platform === 'win32' ? realpathSync : realpathSync.native;

/** The folder prefix of paths below `root`: `root` and a separator (`/` alone for the file-system root). */
const below = (root: string) => (root.endsWith(sep) ? root : root + sep);

/**
 * True when `real` is `realRoot` or below it; both absolute and normalized (resolve() or realpath() output).
 * `..data/` is a name below the root, `../data` and `/w2` are not. On POSIX a prefix test on whole names; Windows
 * keeps path.relative, which compares drive letters and names case-insensitively.
 */
export function isInside(realRoot: string, real: string): boolean {
  if (sep === '/') return real === realRoot || real.startsWith(below(realRoot));
  const rel = relative(realRoot, real);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel));
}

/** `real` (inside `realRoot`, by isInside) relative to it, POSIX separators: '' for the root itself. */
function relativeBelow(realRoot: string, real: string): string {
  if (sep === '/') return real === realRoot ? '' : real.slice(below(realRoot).length);
  return relative(realRoot, real).split(sep).join('/');
}

/** The real path of an existing folder. */
export function realFolder(path: string): Result<{ real: string }> {
  let real: string;
  try {
    real = realpath(path);
  } catch (e) {
    return { ok: false, error: fsErrorText(e) };
  }
  try {
    if (!statSync(real).isDirectory()) return { ok: false, error: 'is a file, not a folder' };
  } catch (e) {
    return { ok: false, error: fsErrorText(e) };
  }
  return { ok: true, real };
}

/** containedPath's refusal of a path whose real path is outside the root. */
export const OUTSIDE = 'resolves outside the repository (through a symbolic link): refused';

/**
 * `path` (relative to `realRoot`, or absolute) resolved to its real path and checked to stay under `realRoot`,
 * which must itself be a real path (from `realFolder`). `rel` is the real path relative to the root.
 */
export function containedPath(realRoot: string, path: string): Result<{ real: string; rel: string }> {
  let real: string;
  try {
    real = realpath(resolve(realRoot, path));
  } catch (e) {
    return { ok: false, error: fsErrorText(e) };
  }
  if (!isInside(realRoot, real)) return { ok: false, error: OUTSIDE };
  return { ok: true, real, rel: relativeBelow(realRoot, real) };
}

/**
 * Reads a regular file under `realRoot` as UTF-8 (a leading byte-order mark dropped), refusing what resolves
 * outside the root, what is not a regular file (folders, FIFOs, devices: reading a FIFO would wait forever)
 * and what is larger than `maxBytes`.
 */
export function readContained(realRoot: string, path: string, maxBytes: number): Result<{ text: string; real: string; rel: string }> {
  const where = containedPath(realRoot, path);
  if (!where.ok) return where;
  try {
    const st = statSync(where.real);
    if (!st.isFile()) return { ok: false, error: st.isDirectory() ? 'is a folder, not a file' : 'is not a regular file' };
    if (st.size > maxBytes) return { ok: false, error: `is larger than ${maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MiB` : `${maxBytes} bytes`} (${st.size} bytes)` };
    const text = readFileSync(where.real, 'utf8');
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, real: where.real, rel: where.rel };
  } catch (e) {
    return { ok: false, error: `cannot read: ${fsErrorText(e)}` };
  }
}
