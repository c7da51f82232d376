import './github/event-guard.js'; // first: checks the event payload before @actions/github parses it
import { runAction } from './github/action.js';

/** The action's process shell (action.yml runs dist/index.js); everything else is in src/github/action.ts. */
await runAction();
