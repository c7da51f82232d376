import type { Settings } from './types.js';

/** train-budget.yml on the base side: its settings (null: there is none), or why they cannot be used. */
export type BaseSettings = { ok: true; settings: Settings | null } | { ok: false; note: string };

/**
 * train-budget.yml as it is at the base (the action reads it through GitHub's contents API, `estimate --base`
 * through `git show`). A file that cannot be read or is invalid is said, and the change's own file is used.
 * `why` names a read failure (the action gives the HTTP status); `fallback` says what is used instead, `at` where the base is.
 */
export async function readBaseSettings(read: (repoPath: string) => Promise<string | null>, repoPath: string, opts: { why?: (e: unknown) => string; fallback?: string; at?: string } = {}): Promise<BaseSettings> {
  const { why = (e: unknown) => (e as Error).message, fallback = "the pull request's own limits are used", at = 'on the base branch' } = opts;
  let text: string | null;
  try {
    text = await read(repoPath);
  } catch (e) {
    return { ok: false, note: `could not read ${repoPath} ${at} (${why(e)}): ${fallback}` };
  }
  if (text === null) return { ok: true, settings: null };
  // Loaded here, not with this module: the action's run without a settings file never builds the settings schema.
  const { parseSettings } = await import('./parse.js');
  const r = parseSettings(text, repoPath);
  if (!r.settings) {
    const p = r.problems[0]!;
    return { ok: false, note: `${repoPath} ${at} is not valid (${p.line}:${p.col}: ${p.message}): ${fallback}` };
  }
  return { ok: true, settings: r.settings };
}

/** Whether a change touches the settings file (a repository path), as the changed-file list says. */
export const touchesSettings = (changed: readonly { filename: string; previous_filename?: string }[], repoPath: string): boolean => changed.some((f) => f.filename === repoPath || f.previous_filename === repoPath);

/**
 * The settings that price the base side of a comparison. When the change edits train-budget.yml (and its base
 * version could be read: `base` is not undefined), the base is priced with the base's file and every job counts
 * as changed exactly when its estimate moves (`repriced`: compareWithBase re-estimates the jobs whose manifests
 * the change leaves alone). Otherwise both sides use the head's settings, so the change is the manifests'.
 * The action's pull-request run and the CLI's `estimate --base` / `plan --base` both decide here.
 */
export function basePricing(changed: readonly { filename: string; previous_filename?: string }[], repoPath: string, base: Settings | null | undefined, head: Settings | null): { book: Settings | null; repriced: boolean } {
  const repriced = base !== undefined && touchesSettings(changed, repoPath);
  return { book: repriced ? base : head, repriced };
}
