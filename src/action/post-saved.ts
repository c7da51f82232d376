import { readFileSync } from 'node:fs';
import type { GitHubClient } from '../github/client.js';
import { marker } from '../github/comment.js';
import type { EventInfo } from '../github/event.js';
import type { ActionInputs } from '../github/inputs.js';
import * as runner from '../github/runner.js';
import { statusOf } from '../github/status.js';
import { GITHUB_COMMENT_LIMIT } from '../report/markdown.js';
import { postComment } from './post.js';

/**
 * The second half of the fork recipe (README, "Pull requests from forks"): a `workflow_run` workflow with a write
 * token posts the comment a `pull_request` run rendered earlier (its `comment-file` output, passed on as an
 * artifact). Nothing of the fork is checked out or run here; the file is the only thing taken from the fork's
 * run, and it is treated as untrusted text:
 * - the pull request is found from GitHub's own payload (the run's head owner, branch and commit), never from the
 *   artifact, and its head must still be the commit the run estimated;
 * - the body must be a Train Budget comment for this tag and fit in one comment;
 * - control characters are escaped and mentions and issue references are broken, as the renderer does for every
 *   name it shows, so a forged file cannot ping a team or link issues in the bot's name.
 * The verdict stays the first run's check; this half only posts.
 */

const WJ = '\u2060';
/** `@team` and `#123` as plain text: a WORD JOINER after the sign (the renderer's own output never links either). */
export const defuseReferences = (body: string) => body.replace(/@(?=[A-Za-z0-9_-])/g, `@${WJ}`).replace(/(?<!&)#(?=\d)/g, `#${WJ}`);

export async function postSaved(inputs: ActionInputs, event: EventInfo, client: GitHubClient | null): Promise<void> {
  const path = inputs.postCommentFile;
  if (inputs.comment === 'off') {
    runner.info('Train Budget: comment is off, nothing posted');
    return;
  }
  const run = event.run;
  if (!event.pull && !run) {
    runner.setFailed(`Train Budget: input post-comment-file is for a workflow_run workflow triggered by the pull_request run that rendered the comment; this is a ${event.name || 'run without an event'}`);
    return;
  }
  if (run && run.event !== 'pull_request' && run.event !== 'pull_request_target') {
    runner.info(`Train Budget: the triggering run was a ${run.event || 'run without an event'}, not a pull request: nothing to post`);
    return;
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    runner.setFailed(`Train Budget: cannot read post-comment-file ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): download the pull_request run's artifact first`);
    return;
  }
  if (text.trim() === '') {
    runner.info('Train Budget: the pull_request run had nothing to say (no manifests): nothing posted');
    return;
  }
  if (text.length > GITHUB_COMMENT_LIMIT) {
    runner.setFailed(`Train Budget: post-comment-file ${path} holds ${text.length} characters, more than one comment takes (${GITHUB_COMMENT_LIMIT}): it was not rendered by Train Budget`);
    return;
  }
  const m = marker(inputs.commentTag);
  if (!text.startsWith(m)) {
    runner.setFailed(`Train Budget: post-comment-file ${path} is not a Train Budget comment for comment-tag "${inputs.commentTag}" (it must start with ${m}; give both halves the same comment-tag)`);
    return;
  }
  if (!client) {
    runner.setFailed('Train Budget: post-comment-file needs a github-token that can write pull-request comments');
    return;
  }
  let number: number | null = event.pull?.number ?? null;
  if (run) {
    try {
      const open = await client.pullsWithHead(run.head_owner, run.head_branch);
      number = open.find((p) => p.head_sha === run.head_sha)?.number ?? null;
    } catch (e) {
      runner.setFailed(`Train Budget: cannot list the pull requests of ${run.head_owner}:${run.head_branch} (${statusOf(e) ?? (e as Error).message})`);
      return;
    }
    if (number === null) {
      // Pushed again since (the newer commit's run posts its own comment), or closed: not this run's to post.
      runner.warning(`Train Budget: no open pull request has ${run.head_owner}:${run.head_branch} at ${run.head_sha.slice(0, 12)} as its head; nothing posted`);
      return;
    }
  }
  await postComment(client, number!, defuseReferences(text), inputs);
}
