import { parseManifestWith, type LoadResult, type ParseOptions } from './parse.js';
import { zodValidate } from './zod-validate.js';

export { MAX_FILE_BYTES, type LoadResult, type ParseOptions, type ReadResult } from './parse.js';

/**
 * Parses and validates one manifest's text with zod: every problem at once, or the normalized jobs. The action
 * loads this module only for a manifest the fast check does not pass (load-all.ts, loadManifestsLazily).
 */
export function parseManifest(text: string, opts: ParseOptions): LoadResult {
  return parseManifestWith(text, opts, zodValidate);
}
