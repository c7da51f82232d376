import { appendFileSync, writeSync } from 'node:fs';
import { cleanMarkdownBody, cleanText, guardLog } from '../report/sanitize.js';

/**
 * The Actions runner's side of the conversation: inputs from INPUT_* variables, outputs and the job summary
 * through the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name, annotations and logs as workflow commands on
 * stdout. This is the documented protocol ("Workflow commands for GitHub Actions", docs.github.com/actions/
 * reference/workflows-and-actions/workflow-commands) that @actions/core implements; it is written out here
 * because @actions/core loads an HTTP client (undici, for OIDC tokens) on import, which alone took longer than
 * the whole run of an action that posts nothing (npm run bench).
 */

/**
 * The line end the runner reads: os.EOL's own definition (node's lib/os.js: CRLF on Windows, else LF), written out so
 * a run does not load node:os, which a bare node does not load (~20 page faults on every run, issue 9).
 */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';

/**
 * The runner's temporary folder, RUNNER_TEMP, which every runner sets; without it (outside a runner) the system's
 * os.tmpdir(), node:os loaded only then.
 */
export async function tempFolder(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return env.RUNNER_TEMP ?? (await import('node:os')).tmpdir();
}

/** `%`, CR and LF are the only characters a command's message must escape (@actions/core's escapeData). */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Property values also escape `:` and `,`, which separate properties (@actions/core's escapeProperty). */
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** An input as the runner passes it: INPUT_<NAME> with spaces as underscores, upper case; trimmed. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** An input's non-empty lines, each trimmed. */
export function getMultilineInput(name: string, env: NodeJS.ProcessEnv = process.env): string[] {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

export interface AnnotationProps {
  title?: string;
  file?: string;
  line?: number;
  col?: number;
}

/**
 * Every line this module writes goes through the sanitiser (src/report/sanitize.ts): a message's control
 * characters and bidi overrides become visible escapes, and property values (titles, file names) are cleaned
 * to one line. So a log line or annotation written by any part of the action, now or later, cannot carry a
 * workflow command or terminal escape that a manifest smuggled into it.
 */
/** Set once fd 1 refused a synchronous write: from then on every line goes through process.stdout, in order. */
let viaStream = false;

/**
 * Writes a log line to stdout with fs.writeSync(1). process.stdout builds a stream on first use (for a pipe, as the
 * runner gives, node's net and stream modules): 2-8 ms of an action run that writes a handful of lines. The
 * runner's pipe is blocking, as libuv also leaves a child's stdio; if fd 1 still refuses (EAGAIN on a non-blocking
 * pipe, or any other error), the rest of the text and every later line go through process.stdout, as before.
 */
function writeOut(text: string): void {
  if (!viaStream) {
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(1, bytes, done);
      return;
    } catch {
      viaStream = true;
      process.stdout.write(bytes.subarray(done));
      return;
    }
  }
  process.stdout.write(text);
}

function command(name: string, props: AnnotationProps, message: string): void {
  const p = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(cleanText(String(v), 1000))}`)
    .join(',');
  writeOut(`::${name}${p ? ` ${p}` : ''}::${escapeData(guardLog(message))}${EOL}`);
}

/** A plain log line: written raw by the protocol, so guarded here (no line of it may start with `::`). */
export const info = (message: string): void => writeOut(guardLog(message) + EOL);
export const warning = (message: string, props: AnnotationProps = {}): void => command('warning', props, message);
export const error = (message: string, props: AnnotationProps = {}): void => command('error', props, message);

/** Fails the step: an error line, and exit code 1 once the process ends. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/**
 * A heredoc delimiter the value does not contain, so the value cannot end its block early and write another
 * output. @actions/core uses a random UUID (and refuses a value that contains it); here the check makes the
 * delimiter safe however it was drawn, so it needs no node:crypto (which took ~10 ms to load on every run).
 */
function delimiterFor(value: string): string {
  for (;;) {
    const d = `ghadelimiter_${Math.random().toString(16).slice(2)}${Math.random().toString(16).slice(2)}`;
    if (!value.includes(d)) return d;
  }
}

/** An output for later steps, as a heredoc block in GITHUB_OUTPUT (a delimiter the value does not contain). */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) {
    // Outside a runner (or an old one): the deprecated stdout command, which @actions/core also falls back to.
    command('set-output', { name } as AnnotationProps, value);
    return;
  }
  const delimiter = delimiterFor(value);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** Appends markdown to the job summary (GITHUB_STEP_SUMMARY); false when there is none or it cannot be written. */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  try {
    appendFileSync(file, cleanMarkdownBody(markdown), 'utf8');
    return true;
  } catch (e) {
    warning(`Train Budget could not write the job summary: ${(e as Error).message}`);
    return false;
  }
}
