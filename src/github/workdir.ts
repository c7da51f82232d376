import { resolve } from 'node:path';
import { containedPath, realFolder, type Result } from '../fs/contain.js';

/**
 * The action's working-directory, by real paths: a folder inside the workspace's real path, so a symbolic link
 * such as `ml -> /` in the repository cannot move the root (and every config path below it) out of the
 * workspace. `root` is the real folder; `prefix` its path from the workspace root, POSIX separators.
 */
export function workingDirectory(workspace: string, input: string): Result<{ root: string; prefix: string }> {
  const ws = realFolder(resolve(workspace));
  if (!ws.ok) return { ok: false, error: `the workspace ${workspace} ${ws.error}` };
  const where = containedPath(ws.real, input);
  if (!where.ok) return { ok: false, error: `input working-directory "${input}" must be a folder inside the workspace: ${where.error}` };
  const folder = realFolder(where.real);
  if (!folder.ok) return { ok: false, error: `input working-directory "${input}" must be a folder inside the workspace: it ${folder.error}` };
  return { ok: true, root: folder.real, prefix: where.rel };
}
