import * as core from './runner.js';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/**
 * The few GitHub REST calls Train Budget makes. Everything that talks to GitHub goes through this interface,
 * so the orchestration can be tested with an injected client and the real one against a local server.
 */
export interface Comment {
  id: number;
  body: string;
  html_url: string;
  /** Login of the comment's author (`github-actions[bot]` for the workflow token); absent when unknown. */
  author?: string;
}

export interface PullFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

export interface GitHubClient {
  /** Yields the pull request's comments page by page (100 a page), oldest first. */
  comments(issue: number): AsyncIterable<Comment[]>;
  createComment(issue: number, body: string): Promise<Comment>;
  updateComment(id: number, body: string): Promise<Comment>;
  /** A file's text at a commit, or null when it does not exist there. */
  fileAt(path: string, ref: string): Promise<string | null>;
  pullFiles(pull: number): Promise<PullFile[]>;
  /** Open pull requests whose head is `owner:branch`, with the commit each head is at now. */
  pullsWithHead(owner: string, branch: string): Promise<{ number: number; head_sha: string }[]>;
  /** The token's own login (GET /user), or null when the token may not ask (the workflow's token may not). */
  identity?(): Promise<string | null>;
}

/** How many times a rate-limited request is tried again before giving up. */
const RATE_LIMIT_RETRIES = 2;
/** Longest wait for a rate limit to lift; past it the call fails instead of stalling the job. */
const MAX_RATE_LIMIT_WAIT_S = 60;

/**
 * A client over @actions/github's Octokit (its base URL follows GITHUB_API_URL, so GitHub Enterprise Server
 * works), with Octokit's retry plugin (5xx: 3 retries, 1 s, 4 s, 9 s apart) and throttling plugin (rate limits:
 * waits for retry-after, twice at most, never more than a minute).
 */
export function octokitClient(token: string, owner: string, repo: string): GitHubClient {
  const octokit = getOctokit(
    token,
    {
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
          core.warning(`GitHub rate limit on ${options.method} ${options.url}: ${retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S ? `retrying in ${retryAfter} s` : 'giving up'}`);
          return retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
          core.warning(`GitHub secondary rate limit on ${options.method} ${options.url}: ${retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S ? `retrying in ${retryAfter} s` : 'giving up'}`);
          return retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
        },
      },
    },
    retry,
    throttling,
  );
  return {
    async *comments(issue) {
      for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 })) {
        yield page.data.map((c) => ({ id: c.id, body: c.body ?? '', html_url: c.html_url, ...(c.user?.login ? { author: c.user.login } : {}) }));
      }
    },
    async createComment(issue, body) {
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
      return { id: data.id, body: data.body ?? '', html_url: data.html_url };
    },
    async updateComment(id, body) {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
      return { id: data.id, body: data.body ?? '', html_url: data.html_url };
    },
    async fileAt(path, ref) {
      try {
        const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref });
        if (Array.isArray(data) || data.type !== 'file') return null;
        if (data.encoding === 'base64' && typeof data.content === 'string') return Buffer.from(data.content, 'base64').toString('utf8');
        return typeof data.content === 'string' ? data.content : null;
      } catch (e) {
        if ((e as { status?: number }).status === 404) return null;
        throw e;
      }
    },
    async identity() {
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
      } catch {
        return null; // 403 "Resource not accessible by integration" for GITHUB_TOKEN: the bot login below applies
      }
    },
    async pullFiles(pull) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: 100 });
      return files.map((f) => ({ filename: f.filename, status: f.status, ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}) }));
    },
    async pullsWithHead(headOwner, branch) {
      const pulls = await octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: 'open', head: `${headOwner}:${branch}`, per_page: 100 });
      return pulls.map((p) => ({ number: p.number, head_sha: p.head.sha }));
    },
  };
}

export { statusOf } from './status.js';
