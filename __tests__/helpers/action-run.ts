import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { assertFreshBundle } from './fresh-bundle.js';

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** A workspace folder with the given files (paths relative to it). */
export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tb-ws-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks, as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

/**
 * Runs the bundled dist/index.js as a child process the way the Actions runner does: INPUT_* variables, an event
 * payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at `apiUrl`.
 */
export function runActionProcess(opts: { workspace: string; apiUrl: string; event: 'pull_request' | 'pull_request_target' | 'push' | 'workflow_run'; inputs?: Record<string, string>; pull?: { number: number; base: string; head: string }; eventText?: string }): Promise<ActionRun> {
  assertFreshBundle();
  const scratch = mkdtempSync(join(tmpdir(), 'tb-runner-'));
  const eventPath = join(scratch, 'event.json');
  const pull = opts.pull ?? { number: 7, base: 'base0000sha', head: 'head1111sha' };
  const payload =
    opts.event === 'push'
      ? { ref: 'refs/heads/main', after: pull.head, repository: { name: 'r', owner: { login: 'o' } } }
      : opts.event === 'workflow_run'
      ? // The fork recipe's second half: triggered by a pull_request run on a fork's branch "feature".
        { action: 'completed', workflow_run: { id: 42, event: 'pull_request', conclusion: 'success', head_sha: pull.head, head_branch: 'feature', head_repository: { full_name: 'fork/r', owner: { login: 'fork' } }, pull_requests: [] }, repository: { name: 'r', owner: { login: 'o' } } }
      : { action: 'synchronize', number: pull.number, pull_request: { number: pull.number, base: { sha: pull.base, ref: 'main' }, head: { sha: pull.head, ref: 'feature' } }, repository: { name: 'r', owner: { login: 'o' } } };
  writeFileSync(eventPath, opts.eventText ?? JSON.stringify(payload));
  const outputPath = join(scratch, 'output');
  const summaryPath = join(scratch, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs: Record<string, string> = { manifests: '**/*.train.yaml\n**/*.train.yml', 'github-token': 'test-token', 'fail-on-violation': 'true', comment: 'update', 'comment-tag': 'default', 'working-directory': '.', ...opts.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '99',
    RUNNER_TEMP: scratch,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return new Promise((ok) => {
    const child = spawn(process.execPath, [resolve('dist/index.js')], { cwd: opts.workspace, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) =>
      ok({ code, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: existsSync(summaryPath) ? readFileSync(summaryPath, 'utf8') : '' }),
    );
  });
}
