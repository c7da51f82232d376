#!/usr/bin/env node
import { runCli } from './cli/run.js';

/** The CLI's process shell: arguments, streams and the exit code; everything else is in src/cli/run.ts. */
// A bug, not a user error: one line, no stack, and the exit code that says "invalid".
const internal = (e: unknown) => {
  process.stderr.write(`train-budget: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
};
try {
  // A number, or a promise when Hub config.json files are fetched first.
  Promise.resolve(runCli(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), cwd: process.cwd() })).then((code) => {
    process.exitCode = code;
  }, internal);
} catch (e) {
  internal(e);
}
