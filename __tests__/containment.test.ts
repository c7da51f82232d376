import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { containedPath, fsErrorText, isInside, readContained, realFolder } from '../src/fs/contain.js';
import { runActionProcess, workspace } from './helpers/action-run.js';
import { FakeGitHub } from './helpers/github-server.js';
import { MINIMAL } from './helpers/manifest.js';
import { runCliProcess } from './helpers/process.js';

const CONFIG_JOB = (config: string) => `name: c\nmodel: { config: ${config} }\nmethod: lora\ndata: { tokens: 100M }\nhardware: { gpu: h100-80gb, count: 1 }\n`;
const LLAMA_CONFIG = JSON.stringify({ model_type: 'llama', num_hidden_layers: 2, hidden_size: 256, intermediate_size: 512, num_attention_heads: 4, vocab_size: 1000 });
const asRoot = process.getuid?.() === 0;

describe('containment by real paths (src/fs/contain.ts)', () => {
  it('isInside: a folder named ..data is inside, ../data is not', () => {
    expect(isInside('/w', '/w/..data/x')).toBe(true);
    expect(isInside('/w', '/w')).toBe(true);
    expect(isInside('/w', '/data')).toBe(false);
    expect(isInside('/w', '/w2/x')).toBe(false);
  });

  it('sees through symbolic links and .., and turns file-system errors into words', () => {
    const ws = workspace({ 'in/a.json': '{}' });
    const outside = mkdtempSync(join(tmpdir(), 'tb-out-'));
    writeFileSync(join(outside, 'secret'), 'root:x:0:0');
    symlinkSync(outside, join(ws, 'link'));
    symlinkSync('loop2', join(ws, 'loop1'));
    symlinkSync('loop1', join(ws, 'loop2'));
    const root = (realFolder(ws) as { real: string }).real;
    expect(containedPath(root, 'in/../in/a.json')).toMatchObject({ ok: true, rel: 'in/a.json' });
    expect(readContained(root, 'link/secret', 1000)).toEqual({ ok: false, error: expect.stringContaining('outside the repository') });
    expect(readContained(root, '../../etc/passwd', 1000)).toMatchObject({ ok: false });
    expect(readContained(root, 'loop1', 1000)).toEqual({ ok: false, error: 'too many levels of symbolic links' });
    expect(readContained(root, 'in', 1000)).toEqual({ ok: false, error: 'is a folder, not a file' });
    expect(realFolder(join(ws, 'in/a.json'))).toEqual({ ok: false, error: 'is a file, not a folder' });
    expect(fsErrorText(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied');
  });

  it('a manifest whose full path is longer than PATH_MAX is a located error, never silently left out of the gate', () => {
    // 16 folders of 253 characters: past Linux's 4,096-byte PATH_MAX. Made one relative step at a time by the
    // shell, since no single call may name the whole path. Before 98b844a the walk dropped such a file without a
    // word ("ok: 0 manifests"), so a pull request could hide a job from the budget check.
    const ws = workspace({});
    const step = (i: number) => `d${String(i).padStart(2, '0')}${'x'.repeat(250)}`;
    const script = Array.from({ length: 16 }, (_, i) => `mkdir ${step(i)} && cd ${step(i)}`).join(' && ');
    execFileSync('sh', ['-c', `${script} && cat > job.train.yaml`], { cwd: ws, input: MINIMAL });
    const r = runCliProcess(['validate', '.'], ws);
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/:1:1: manifest the path is too long/);
  });

  it('reads a FIFO never (it would wait forever): refused as not a regular file', () => {
    const ws = workspace({});
    execFileSync('mkfifo', [join(ws, 'config.json')]);
    writeFileSync(join(ws, 'f.train.yaml'), CONFIG_JOB('config.json'));
    const r = runCliProcess(['validate', '.'], ws);
    expect(r.stdout).toContain('f.train.yaml:2:18: config "config.json": is not a regular file');
    expect(r.status).toBe(2);
  });

  (asRoot ? it.skip : it)('an unreadable manifest is a located problem and the other files are still checked', () => {
    const ws = workspace({ 'a.train.yaml': MINIMAL, 'b.train.yaml': MINIMAL.replace('name: j', 'name: k') });
    chmodSync(join(ws, 'a.train.yaml'), 0);
    const r = runCliProcess(['validate', '.'], ws);
    expect(r.stdout).toBe('a.train.yaml:1:1: manifest cannot read: permission denied\n');
    expect(r.status).toBe(2);
  });
});

describe('the CLI on file-system mistakes: located messages, exit 2, never "internal error"', () => {
  const ws = workspace({ 'jobs/a.train.yaml': MINIMAL, '..data/b.train.yaml': MINIMAL.replace('name: j', 'name: k') });

  it.each([
    [['validate', '--root', '/nonexistent/x'], 'repository root cannot be read: no such file or folder'],
    [['estimate', '--root', join(ws, 'jobs/a.train.yaml')], 'repository root is a file, not a folder'],
    [['estimate', 'jobs', '--output', join(ws, 'jobs')], '--output'],
    [['estimate', 'jobs', '--output', join(ws, 'missing/r.json')], 'no such file or folder'],
    [['estimate', 'jobs', '--output', '/dev/full'], 'is not a regular file'],
    [['validate', 'jobs/../../**/*.train.yaml'], 'no .. segments'],
  ])('%j', (args, message) => {
    const r = runCliProcess(args, ws);
    expect(r.stdout + r.stderr).toContain(message);
    expect(r.stderr).not.toContain('internal error');
    expect(r.status).toBe(2);
  });

  it('--output to a FIFO is refused instead of hanging', () => {
    execFileSync('mkfifo', [join(ws, 'pipe')]);
    const r = runCliProcess(['estimate', 'jobs', '--output', join(ws, 'pipe')], ws);
    expect(r.stderr).toContain('is not a regular file');
    expect(r.status).toBe(2);
  });

  it('a folder named ..data/ is inside the root', () => {
    const r = runCliProcess(['validate', '.'], ws);
    expect(r.stdout).toBe('ok: 2 manifests, 2 jobs valid\n');
  });

  it('a config.json with a byte-order mark is read', () => {
    const w = workspace({ 'm/config.json': '\uFEFF' + LLAMA_CONFIG, 'm/c.train.yaml': CONFIG_JOB('config.json') });
    expect(runCliProcess(['validate', '.'], w)).toMatchObject({ status: 0, stdout: 'ok: 1 manifest, 1 job valid\n' });
  });
});

describe('the action on a symlinked or wrong working-directory', () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = new FakeGitHub();
    await gh.start();
  });
  afterAll(() => gh.stop());

  it('working-directory ml -> / cannot read /etc/passwd through a config path', async () => {
    const ws = workspace({ 'jobs/leak.train.yaml': CONFIG_JOB('../../../../../../../../etc/passwd') });
    symlinkSync('/', join(ws, 'ml'));
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', inputs: { 'working-directory': 'ml', manifests: 'jobs/*.train.yaml' } });
    expect(r.stdout).toContain('input working-directory \\"ml\\" must be a folder inside the workspace'.replace(/\\"/g, '"'));
    expect(r.stdout + r.summary + JSON.stringify(gh.comments)).not.toMatch(/root:x|PATH=/);
    expect(r.code).toBe(1);
  });

  it('a working-directory that is a file fails, naming it', async () => {
    const ws = workspace({ 'notes.txt': 'x' });
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'push', inputs: { 'working-directory': 'notes.txt' } });
    expect(r.stdout).toContain('input working-directory "notes.txt" must be a folder inside the workspace: it is a file, not a folder');
    expect(r.code).toBe(1);
  });

  it('a symlinked working-directory inside the workspace works, with its real path in annotations', async () => {
    const ws = workspace({ 'real/ml/a.train.yaml': MINIMAL + 'parallelism: { tensor: 99 }\n' });
    symlinkSync('real/ml', join(ws, 'ml'));
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'push', inputs: { 'working-directory': 'ml' } });
    expect(r.stdout).toContain('file=real/ml/a.train.yaml');
  });

  it('a non-JSON event payload is a warning, not a stack trace; outputs are set', async () => {
    const ws = workspace({ 'a.train.yaml': MINIMAL });
    const r = await runActionProcess({ workspace: ws, apiUrl: gh.url, event: 'pull_request', eventText: 'not json{' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('::warning::Train Budget: the event payload at');
    expect(r.outputs['total-cost-usd']).toMatch(/^\d+\.\d\d$/);
    expect(r.code).toBe(0);
    expect(readFileSync(r.outputs.report!, 'utf8')).toContain('"jobs"');
  });
});
