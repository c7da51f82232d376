#!/usr/bin/env node
import { runCli } from './cli/run.js';
import { todayFromEnvironment } from './settings/today.js';
import { guardLog } from './report/sanitize.js';

/**
 * The CLI's process shell: arguments, streams and the exit code; everything else is in src/cli/run.ts. A promise
 * chain, not a top-level await: the bundle is CommonJS (scripts/bundle.mjs).
 */
Promise.resolve()
  .then(() =>
    runCli(process.argv.slice(2), {
      out: (t) => process.stdout.write(t),
      err: (t) => process.stderr.write(t),
      cwd: process.cwd(),
      today: todayFromEnvironment(process.env, new Date()),
    }),
  )
  .then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A bug, not a user error: one line, no stack, and the exit code that says "invalid".
      process.stderr.write(guardLog(`train-budget: internal error: ${e instanceof Error ? e.message : String(e)}\n`));
      process.exitCode = 2;
    },
  );
