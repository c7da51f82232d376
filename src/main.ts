import './github/event-guard.js'; // first: checks the event payload before anything loads @actions/github
import { runAction } from './action/run.js';
import { todayFromEnvironment } from './settings/today.js';

/**
 * The action's process shell (action.yml runs dist/index.js); the flow is in src/action/run.ts, which never throws.
 * No top-level await: the bundle is CommonJS (scripts/bundle.mjs).
 *
 * When runAction settles the run's work is done: it awaits every request, and the outputs, step summary and report
 * are written synchronously. The process then ends with the exit code runAction set (process.exitCode), without
 * first tearing down its heap (about 5 ms of a ~150 ms push run on a 2-core VM, issue 9) — but only when nothing is
 * still buffered for stdout or stderr (pipes are asynchronous on some platforms); otherwise it ends as usual, after
 * the writes.
 */
void runAction({ today: todayFromEnvironment(process.env, new Date()) }).then(() => {
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
});
