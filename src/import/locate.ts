import type { Located } from '../manifest/issues.js';
import type { Problem } from '../manifest/types.js';
import type { Merged } from './merge.js';
import type { ImportedAt } from './settings.js';

type Key = string | number;

function shown(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
  if (v === null || typeof v !== 'object') return String(v);
  return Array.isArray(v) ? `[${v.length} items]` : '{…}';
}

/**
 * A rule's message about a value the import set, in the imported file's words: the file's key and value first
 * (`lora_r 0: ...`); a message that names the manifest key in quotes names the file's key instead.
 */
function inOwnWords(at: ImportedAt, manifestKey: string, message: string): string {
  const quoted = `"${manifestKey.split('.').pop()!}"`;
  const said = message.startsWith(quoted) ? `${at.key}${message.slice(quoted.length)}` : message;
  return `${at.key} ${shown(at.value)}: ${said} (read as ${manifestKey}; setting ${manifestKey} in the manifest overrides it)`;
}

/**
 * Locates a problem of an importing job: at the imported file's line and column when it is about a value the
 * import set (the key itself or a parent of the path the rule names), else where `fallback` puts it.
 */
export function inImportedFile(imported: Pick<Merged, 'locations'>, base: readonly Key[], fallback: (loc: Located) => Problem): (loc: Located) => Problem {
  return (loc) => {
    const rest = loc.path.slice(base.length);
    for (let i = rest.length; i > 0; i--) {
      const key = rest.slice(0, i).join('.');
      const at = imported.locations.get(key);
      if (at) return { file: at.file, line: at.line, col: at.col, message: inOwnWords(at, key, loc.message) };
    }
    return fallback(loc);
  };
}

/** The manifest's data with the job at `base` replaced by its merged form, so messages quote the imported values. */
export function withJob(data: unknown, base: readonly Key[], job: unknown): unknown {
  if (!base.length) return job;
  const d = data as { jobs: unknown[] };
  return { ...d, jobs: d.jobs.map((j, i) => (i === base[1] ? job : j)) };
}
