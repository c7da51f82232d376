import type { Comment, GitHubClient } from './client.js';
import { statusOf } from './status.js';
import type { CommentMode } from './inputs.js';

/** The hidden marker that finds a comment again; the tag keeps several workflows' comments apart. */
export const marker = (tag: string) => `<!-- train-budget:${tag} -->`;

export type CommentOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; comment: Comment }
  | { action: 'skipped' };

const normalize = (s: string) => s.replace(/\r\n/g, '\n').trim();

/** The login the workflow's GITHUB_TOKEN writes as. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Logins whose comments may be the action's own: the workflow token's bot, and the token's user when it is a
 * personal token (GET /user answers). Anyone can paste the marker into a comment; only these are edited.
 */
async function ownLogins(client: GitHubClient): Promise<Set<string>> {
  const me = client.identity ? await client.identity() : null;
  return new Set([ACTIONS_BOT, ...(me ? [me] : [])]);
}

/**
 * Posts the report on the pull request. `update`: the comment carrying this tag's marker and written by the
 * token's own identity (`ownLogins`) is edited in place
 * (found through every page of comments), and left alone when its body is already this one; `new`: a fresh
 * comment each run; `off`: nothing.
 */
export async function upsertComment(client: GitHubClient, issue: number, body: string, mode: CommentMode, tag: string): Promise<CommentOutcome> {
  if (mode === 'off') return { action: 'skipped' };
  if (mode === 'update') {
    const m = marker(tag);
    const own = await ownLogins(client);
    let existing: Comment | undefined;
    for await (const page of client.comments(issue)) {
      existing = page.find((c) => c.body.includes(m) && c.author !== undefined && own.has(c.author));
      if (existing) break;
    }
    if (existing) {
      if (normalize(existing.body) === normalize(body)) return { action: 'unchanged', comment: existing };
      try {
        return { action: 'updated', comment: await client.updateComment(existing.id, body) };
      } catch (e) {
        // Deleted between the listing and the edit: post a fresh one instead.
        if (statusOf(e) !== 404) throw e;
      }
    }
  }
  return { action: 'created', comment: await client.createComment(issue, body) };
}
