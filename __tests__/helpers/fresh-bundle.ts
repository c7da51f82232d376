import { existsSync, readFileSync } from 'node:fs';
// @ts-expect-error: a plain .mjs script without types (it is shared with scripts/bundle.mjs)
import { bundleInputsHash } from '../../scripts/bundle-inputs.mjs';

let checked = false;

/**
 * The end-to-end tests run the committed bundles in dist/, so those must be built from the source under test.
 * Throws, naming the fix, when src/ (or the lockfile) changed since `npm run bundle`; checked once per test file,
 * and only by tests that run a bundle, so unit tests need no rebuild.
 */
export function assertFreshBundle(): void {
  if (checked) return;
  const recorded = existsSync('dist/inputs.sha256') ? readFileSync('dist/inputs.sha256', 'utf8').trim() : '(none)';
  if (recorded !== (bundleInputsHash as () => string)()) {
    throw new Error('dist/ is stale: it was built from other sources than src/ now holds. Run "npm run bundle" (and commit dist/), then test again.');
  }
  checked = true;
}
