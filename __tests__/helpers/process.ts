import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { runCli } from '../../src/cli/run.js';
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

/** Runs the CLI in this process (no bundle), with a fixed date so price-age wording is deterministic. */
export function runCliInProcess(args: string[], cwd: string, today: string) {
  let out = '';
  let err = '';
  const code = runCli(args, { out: (t) => (out += t), err: (t) => (err += t), cwd, today });
  return { code, out, err };
}
