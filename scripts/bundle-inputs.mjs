// The fingerprint of what the bundles are built from: every file under src/, the bundler script, the lockfile and
// tsconfig.json. `npm run bundle` writes it to dist/inputs.sha256; `npm test` (jest globalSetup) recomputes it and
// stops when they differ, so tests never run a dist/ that is older than the source.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

export function bundleInputsHash(root = '.') {
  const h = createHash('sha256');
  for (const f of [...files(join(root, 'src')), join(root, 'scripts/bundle.mjs'), join(root, 'package-lock.json'), join(root, 'tsconfig.json')]) {
    // Line endings normalised, so a Windows checkout (autocrlf) agrees with the committed fingerprint.
    h.update(f.slice(root.length)).update('\0').update(readFileSync(f, 'utf8').replace(/\r\n/g, '\n')).update('\0');
  }
  return h.digest('hex');
}
