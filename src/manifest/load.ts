import { parseManifestWith, type LoadResult, type ParseOptions, type ParseTools } from './parse.js';
import { zodValidate } from './zod-validate.js';
import { readYaml } from './yaml-read.js';
import { readImport } from '../import/resolve.js';
import { mergeImport } from '../import/merge.js';

export { MAX_FILE_BYTES, type LoadResult, type ParseOptions, type ReadResult } from './parse.js';

/** Everything: zod's messages, the yaml package for any YAML, and trainer configs read for `import:`. */
const FULL: ParseTools = { validate: zodValidate, readYaml, readImport, mergeImport };

/**
 * Parses and validates one manifest's text with zod: every problem at once, or the normalized jobs. The action
 * loads this module only for a manifest the fast check does not pass (load-all.ts, loadManifestsLazily).
 */
export function parseManifest(text: string, opts: ParseOptions): LoadResult {
  return parseManifestWith(text, opts, FULL);
}
