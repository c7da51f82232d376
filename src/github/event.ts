import { readFileSync } from 'node:fs';

/** What the action needs from the event that triggered it. */
export interface EventInfo {
  name: string;
  owner: string;
  repo: string;
  pull: { number: number; base_sha: string; head_sha: string } | null;
  /**
   * On `workflow_run` (the second half of the fork recipe): the run that triggered it, as GitHub's payload
   * states it. `head_owner:head_branch` names the pull request's head, `head_sha` the commit it ran on.
   */
  run?: { event: string; head_sha: string; head_branch: string; head_owner: string } | null;
}

/** Reads GITHUB_EVENT_NAME, GITHUB_REPOSITORY and the event payload at GITHUB_EVENT_PATH. */
export function readEvent(env: NodeJS.ProcessEnv = process.env): EventInfo {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  const pr = payload.pull_request as { number?: number; base?: { sha?: string }; head?: { sha?: string } } | undefined;
  const isPull = name === 'pull_request' || name === 'pull_request_target';
  const pull =
    isPull && pr && typeof pr.number === 'number' && pr.base?.sha && pr.head?.sha
      ? { number: pr.number, base_sha: pr.base.sha, head_sha: pr.head.sha }
      : null;
  const wr = payload.workflow_run as { event?: unknown; head_sha?: unknown; head_branch?: unknown; head_repository?: { owner?: { login?: unknown } } } | undefined;
  const run =
    name === 'workflow_run' && wr && typeof wr.head_sha === 'string' && typeof wr.head_branch === 'string' && typeof wr.head_repository?.owner?.login === 'string'
      ? { event: typeof wr.event === 'string' ? wr.event : '', head_sha: wr.head_sha, head_branch: wr.head_branch, head_owner: wr.head_repository.owner.login }
      : null;
  return { name, owner, repo, pull, run };
}
