import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isManifestName } from '../manifest/files.js';

/** Folders never searched (as in manifest discovery). */
const SKIP = new Set(['.git', 'node_modules']);
/** Larger YAML files are not manifests; not worth reading to say so. */
const MAX_BYTES = 64 * 1024;
/** Folders searched at most, so a huge tree costs little. */
const MAX_DIRS = 2000;

/** Whether YAML text has the three top-level keys every manifest has (`name`, `model`, `method`), or a `jobs:` list. */
export function looksLikeManifest(text: string): boolean {
  const top = new Set([...text.matchAll(/^([a-z_]+):/gm)].map((m) => m[1]!));
  return (top.has('name') && top.has('model') && top.has('method')) || (top.has('jobs') && /^\s+(-\s+)?method:/m.test(text) && /^\s+(-\s+)?model:/m.test(text));
}

/**
 * `*.yaml` / `*.yml` files under the given folders that look like manifests but are not named `*.train.yaml`,
 * so discovery skips them: one warning each, with the rename that includes them. Paths relative to `root`.
 */
export function lookalikeWarnings(root: string, patterns: readonly string[]): string[] {
  const out: string[] = [];
  let dirs = 0;
  const walk = (dir: string) => {
    if (++dirs > MAX_DIRS) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP.has(e.name)) walk(p);
      } else if (e.isFile() && /\.ya?ml$/i.test(e.name) && !isManifestName(e.name)) {
        try {
          if (statSync(p).size > MAX_BYTES || !looksLikeManifest(readFileSync(p, 'utf8'))) continue;
        } catch {
          continue;
        }
        const rel = relative(root, p).split(sep).join('/');
        out.push(`${rel} looks like a training-job manifest (it has name, model and method) but is not named *.train.yaml, so it was skipped: rename it to ${rel.replace(/\.ya?ml$/i, '.train.yaml')}`);
      }
    }
  };
  for (const pattern of patterns) {
    if (/[*?{]/.test(pattern)) continue;
    const abs = resolve(root, pattern);
    try {
      if (statSync(abs).isDirectory()) walk(abs);
    } catch {
      // a missing path is reported by discovery
    }
  }
  return out;
}
