import { parseSettings } from '../settings/parse.js';
import type { Settings } from '../settings/types.js';
import type { GitHubClient } from './client.js';
import { statusOf } from './status.js';

export type BaseSettings = { ok: true; settings: Settings | null } | { ok: false; note: string };

/**
 * train-budget.yml as it is on the base branch (through the contents API): its limits judge the pull request,
 * so a pull request cannot raise its own budget unseen. A base file that cannot be read or is invalid is said.
 */
export async function readBaseSettings(client: GitHubClient, baseSha: string, repoPath: string): Promise<BaseSettings> {
  let text: string | null;
  try {
    text = await client.fileAt(repoPath, baseSha);
  } catch (e) {
    return { ok: false, note: `could not read ${repoPath} on the base branch (${statusOf(e) ?? (e as Error).message}): the pull request's own limits are used` };
  }
  if (text === null) return { ok: true, settings: null };
  const r = parseSettings(text, repoPath);
  if (!r.settings) {
    const p = r.problems[0]!;
    return { ok: false, note: `${repoPath} on the base branch is not valid (${p.line}:${p.col}: ${p.message}): the pull request's own limits are used` };
  }
  return { ok: true, settings: r.settings };
}
