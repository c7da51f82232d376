import './github/event-guard.js'; // first: checks the event payload before anything loads @actions/github
import { runAction } from './action/run.js';
import { todayFromEnvironment } from './settings/today.js';

/**
 * The action's process shell (action.yml runs dist/index.js); the flow is in src/action/run.ts, which never throws.
 * No top-level await: the bundle is CommonJS (scripts/bundle.mjs).
 */
void runAction({ today: todayFromEnvironment(process.env, new Date()) });
