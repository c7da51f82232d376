import { posix, relative, sep } from 'node:path';
import type { Comparison } from '../budget/compare.js';
import type { Report } from '../budget/verdict.js';
import { compareWithBase } from '../compare/with-base.js';
import type { Loaded } from '../manifest/load-all.js';
import { applySettings } from '../settings/apply.js';
import { basePricing, readBaseSettings, touchesSettings } from '../settings/reprice.js';
import { SETTINGS_FILE, type Settings } from '../settings/types.js';
import { UsageError } from './args.js';
import { baseHub } from '../hub/load.js';
import type { CliLoaded } from './load-for-cli.js';
import { gitChangedFiles, gitShow, gitTopLevel, resolveRef } from './git.js';

/** The settings the working tree is priced with (train-budget.yml or --config, relative to the root), and today. */
export interface HeadPricing {
  settings: Settings | null;
  file: string | null;
  config?: string;
  today: string | null;
}

/**
 * The comparison with git REF, as the action compares a pull request with its base: base versions through
 * `git show`, the changed files through `git diff` (and untracked files). The base versions are priced like the
 * head, unless the change edits the settings file: then, as in the action (src/settings/reprice.ts), the base is
 * priced with REF's file and a job whose estimate moves counts as changed. Shared by `estimate --base` and
 * `plan --base`.
 */
export async function compareWithRef(ref: string, root: string, loaded: Loaded, report: Report, head: HeadPricing): Promise<Comparison> {
  const top = gitTopLevel(root);
  if (!top) throw new UsageError(`--base needs a git repository, and no folder above ${root} holds .git (or pass --root inside one)`);
  const commit = resolveRef(top, ref);
  if (!commit) throw new UsageError(`--base: git knows no commit "${ref}" in ${top} (a branch, tag or commit, e.g. origin/main)`);
  const prefix = relative(top, root).split(sep).join('/');
  if (prefix.startsWith('..')) throw new UsageError(`--root ${root} is outside the git repository ${top}`);
  // Hub model ids at REF: the config.json files fetched for the working tree are reused, others fetched (not offline).
  const hub = 'hubConfigs' in loaded ? baseHub((loaded as CliLoaded).offline, (loaded as CliLoaded).hubConfigs) : undefined;
  const read = async (p: string) => gitShow(top, commit, posix.normalize(p));
  const changed = gitChangedFiles(top, commit);
  const settingsPath = posix.join(prefix, head.file ?? (head.config || SETTINGS_FILE));
  const notes: string[] = [];
  let base: Settings | null | undefined;
  if (touchesSettings(changed, settingsPath)) {
    const r = await readBaseSettings(read, settingsPath, { at: `at ${ref}`, fallback: `${ref} is priced with the working tree's file` });
    if (r.ok) base = r.settings;
    else notes.push(r.note);
  }
  const { book, repriced } = basePricing(changed, settingsPath, base, head.settings);
  return compareWithBase(read, changed, prefix, loaded.files, loaded.jobs, report, notes, (js) => applySettings(js, book, head.today).jobs, hub, repriced ? loaded.jobs : undefined);
}
