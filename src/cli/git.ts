import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { PullFile } from '../github/client.js';

/** The nearest folder at or above `dir` that holds `.git` (a folder, or a file in a worktree), or null. */
export function gitTopLevel(dir: string): string | null {
  let d = resolve(dir);
  for (;;) {
    if (existsSync(join(d, '.git'))) return d;
    const up = dirname(d);
    if (up === d) return null;
    d = up;
  }
}

const git = (top: string, args: string[]) => execFileSync('git', args, { cwd: top, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

/** The commit a ref names, or null when git does not know it. */
export function resolveRef(top: string, ref: string): string | null {
  try {
    return git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim() || null;
  } catch {
    return null;
  }
}

/** A file's text at a commit (`git show REF:path`, path from the top level), or null when it is not there. */
export function gitShow(top: string, commit: string, path: string): string | null {
  try {
    return git(top, ['show', `${commit}:${path}`]);
  } catch {
    return null;
  }
}

/**
 * What changed from `commit` to the working tree, as GitHub lists a pull request's files: tracked changes
 * (`git diff --name-status -M`, renames found) and untracked files that are not ignored (new manifests not yet
 * added count as added). Paths from the top level.
 */
export function gitChangedFiles(top: string, commit: string): PullFile[] {
  const out: PullFile[] = [];
  const fields = git(top, ['diff', '--name-status', '-M', '-z', commit, '--']).split('\0');
  for (let i = 0; i < fields.length - 1; ) {
    const status = fields[i++]!;
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = fields[i++]!;
      const to = fields[i++]!;
      out.push(status.startsWith('R') ? { filename: to, status: 'renamed', previous_filename: from } : { filename: to, status: 'added' });
    } else {
      const file = fields[i++]!;
      out.push({ filename: file, status: status === 'A' ? 'added' : status === 'D' ? 'removed' : 'modified' });
    }
  }
  for (const f of git(top, ['ls-files', '--others', '--exclude-standard', '-z']).split('\0')) if (f) out.push({ filename: f, status: 'added' });
  return out;
}
