import { compareReports, type Comparison } from '../budget/compare.js';
import type { Report } from '../budget/verdict.js';
import type { GitHubClient, PullFile } from '../github/client.js';
import { statusOf } from '../github/status.js';
import { estimateBase } from './base.js';

/**
 * The pull request against its base branch: which manifests it touches, their base versions estimated, and the
 * comparison. Loaded only on a pull-request event with a token.
 */
export async function comparePull(client: GitHubClient, pull: { number: number; base_sha: string }, prefix: string, files: readonly string[], report: Report): Promise<Comparison> {
  let pullFiles: PullFile[] = [];
  const notes: string[] = [];
  try {
    pullFiles = await client.pullFiles(pull.number);
  } catch (e) {
    notes.push(`could not list the pull request's files (${statusOf(e) ?? (e as Error).message}): every manifest is compared as unchanged`);
  }
  const base = await estimateBase(client, pull.base_sha, prefix, files, pullFiles);
  const touched = new Set([...base.touched].filter((f) => !base.unreadable.has(f)));
  const unchangedHead = report.jobs.filter((j) => !touched.has(j.file));
  // Base side: the base versions read (touched and removed files) and, for every file the pull request
  // leaves alone (or whose base could not be read), the head estimate itself.
  return compareReports([...base.estimates, ...unchangedHead], report, touched, [...notes, ...base.notes]);
}
