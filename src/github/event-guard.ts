import { readFileSync } from 'node:fs';
import { warning } from './runner.js';

/**
 * Runs before anything loads @actions/github, whose `context` parses GITHUB_EVENT_PATH when the module is first
 * evaluated (src/action/run.ts loads it for pull requests) and throws, with a stack trace and no outputs, when the payload is not JSON. An unreadable or
 * non-JSON payload is reported once and then treated as absent: the run goes on as on a push.
 * main.ts imports this module first; ES modules are evaluated in import order.
 */
const path = process.env.GITHUB_EVENT_PATH;
if (path) {
  let problem: string | null = null;
  try {
    const payload = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) problem = 'is not a JSON object';
  } catch (e) {
    problem = (e as { code?: string }).code === 'ENOENT' ? null : `cannot be read as JSON (${(e as Error).message.split('\n')[0]})`;
  }
  if (problem) {
    warning(`Train Budget: the event payload at ${path} ${problem}: treated as no event (no pull request, no comment)`);
    delete process.env.GITHUB_EVENT_PATH;
  }
}
