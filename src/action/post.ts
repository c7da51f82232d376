import type { GitHubClient } from '../github/client.js';
import { statusOf } from '../github/status.js';
import { upsertComment } from '../github/comment.js';
import type { ActionInputs } from '../github/inputs.js';
import * as runner from '../github/runner.js';
import { cleanMarkdownBody } from '../report/sanitize.js';
import { COMMENT_MAX_CHARS, fitBody } from '../report/fit-body.js';

const COMMENT_POINTER = '_The rest does not fit in one comment (65,536 characters): see the workflow run\'s job summary and annotations for all of it._';

const FORK_HINT =
  'the token cannot write to this pull request (a pull request from a fork gets a read-only token). The job summary, outputs and the budget check still apply. To comment on fork pull requests, set comment: off here, upload the comment-file output, and post it from a workflow_run workflow with post-comment-file (README, Pull requests from forks); do not check out a fork\'s code under pull_request_target.';

/** Posts or edits the pull-request comment; a failure is a warning, never the step's verdict. */
export async function postComment(client: GitHubClient | null, pull: number, body: string, inputs: Pick<ActionInputs, 'comment' | 'commentTag'>): Promise<void> {
  if (inputs.comment === 'off') return;
  if (!client) {
    runner.warning('Train Budget: no github-token, so no pull-request comment');
    return;
  }
  try {
    // The last guard on size: GitHub refuses a body over 65,536 characters (422), and then nothing is posted.
    const fitted = fitBody(cleanMarkdownBody(body), { max: COMMENT_MAX_CHARS, unit: 'chars', pointer: COMMENT_POINTER });
    const outcome = await upsertComment(client, pull, fitted, inputs.comment, inputs.commentTag);
    if (outcome.action !== 'skipped') {
      runner.setOutput('comment-id', String(outcome.comment.id));
      runner.setOutput('comment-url', outcome.comment.html_url);
      runner.info(`Train Budget: comment ${outcome.action} (${outcome.comment.html_url})`);
    }
  } catch (e) {
    const status = statusOf(e);
    if (status === 403) runner.warning(`Train Budget could not comment: ${FORK_HINT}`);
    else runner.warning(`Train Budget could not comment on the pull request (${status ?? (e as Error).message}); the verdict below still applies`);
  }
}
