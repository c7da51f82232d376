import { posix, relative, sep } from 'node:path';
import type { Comparison } from '../budget/compare.js';
import type { Report } from '../budget/verdict.js';
import { compareWithBase } from '../compare/with-base.js';
import type { Loaded } from '../manifest/load-all.js';
import type { Job } from '../manifest/types.js';
import { UsageError } from './args.js';
import { baseHub } from '../hub/load.js';
import type { CliLoaded } from './load-for-cli.js';
import { gitChangedFiles, gitShow, gitTopLevel, resolveRef } from './git.js';

/**
 * The comparison with git REF, as the action compares a pull request with its base: base versions through
 * `git show`, the changed files through `git diff` (and untracked files). `prepare` prices the base versions
 * like the head (the settings file's price rules, clusters and today), so the change is the manifests'.
 * Shared by `estimate --base` and `plan --base`.
 */
export async function compareWithRef(ref: string, root: string, loaded: Loaded, report: Report, prepare?: (jobs: Job[]) => Job[]): Promise<Comparison> {
  const top = gitTopLevel(root);
  if (!top) throw new UsageError(`--base needs a git repository, and no folder above ${root} holds .git (or pass --root inside one)`);
  const commit = resolveRef(top, ref);
  if (!commit) throw new UsageError(`--base: git knows no commit "${ref}" in ${top} (a branch, tag or commit, e.g. origin/main)`);
  const prefix = relative(top, root).split(sep).join('/');
  if (prefix.startsWith('..')) throw new UsageError(`--root ${root} is outside the git repository ${top}`);
  // Hub model ids at REF: the config.json files fetched for the working tree are reused, others fetched (not offline).
  const hub = 'hubConfigs' in loaded ? baseHub((loaded as CliLoaded).offline, (loaded as CliLoaded).hubConfigs) : undefined;
  return compareWithBase(async (p) => gitShow(top, commit, posix.normalize(p)), gitChangedFiles(top, commit), prefix, loaded.files, loaded.jobs, report, [], prepare, hub);
}
