import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { assertFreshBundle } from './fresh-bundle.js';

export const CLI = resolve('dist/cli.js');

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI as a real process, the way users and CI do. */
export function runCliProcess(args: string[], cwd = process.cwd()): Ran {
  assertFreshBundle();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
