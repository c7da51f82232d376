import { octokitClient } from './github/client.js';
import { runAction } from './github/action.js';
import { todayFromEnvironment } from './settings/prepare.js';

/** The action's process shell (action.yml runs dist/index.js); everything else is in src/github/action.ts. */
await runAction({ makeClient: octokitClient, today: todayFromEnvironment(process.env, new Date()) });
