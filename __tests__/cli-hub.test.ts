import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from './helpers/process.js';
import { assertFreshBundle } from './helpers/fresh-bundle.js';
import { startHubServer, type HubServer } from './helpers/hub-server.js';

/**
 * The bundled CLI (dist/cli.js, a real process) against a stand-in for the Hugging Face Hub on 127.0.0.1,
 * reached through HF_ENDPOINT as users reach a mirror. The process runs asynchronously: the server answers
 * from this process's event loop.
 */

// config.json of an 8B Llama-architecture fine-tune outside the catalog: Llama-3.1-8B's published shape
// (meta-llama/Llama-3.1-8B config.json), so its parameters must equal the catalog's llama-3.1-8b.
const LLAMA_8B = JSON.stringify({ model_type: 'llama', hidden_size: 4096, intermediate_size: 14336, num_attention_heads: 32, num_hidden_layers: 32, num_key_value_heads: 8, vocab_size: 128256, tie_word_embeddings: false });
const GATED_401 = 'Access to model acme/gated is restricted. You must have access to it and be authenticated to access it. Please log in.';
const GATED_403 = 'Access to model acme/forbidden is restricted and you are not in the authorized list. Visit https://huggingface.co/acme/forbidden to ask for access.';
const routes = {
  '/acme/llama-8b-support/resolve/main/config.json': { status: 200, body: LLAMA_8B },
  '/acme/gated/resolve/main/config.json': { status: 401, headers: { 'x-error-code': 'GatedRepo', 'x-error-message': GATED_401 } },
  '/acme/forbidden/resolve/main/config.json': { status: 403, headers: { 'x-error-code': 'GatedRepo', 'x-error-message': GATED_403 } },
  '/acme/slow/resolve/main/config.json': { status: 200, body: LLAMA_8B, delayMs: 10_000 },
};

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, env: Record<string, string>): Promise<Ran> {
  assertFreshBundle();
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', HF_TOKEN: '', HF_HUB_OFFLINE: '', RUNNER_TOOL_CACHE: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const job = (name: string, model: string) => `name: ${name}\nmodel: ${model}\nmethod: lora\ndata: { tokens: 10M }\nhardware: { gpu: a100-80gb, count: 1 }\n`;

describe('bundled CLI with Hugging Face Hub ids (a stand-in Hub on 127.0.0.1)', () => {
  let hub: HubServer;
  const dir = mkdtempSync(join(tmpdir(), 'tb-hub-cli-'));
  writeFileSync(join(dir, 'public.train.yaml'), job('public', 'acme/llama-8b-support'));
  writeFileSync(join(dir, 'catalog.train.yaml'), job('catalog', 'meta-llama/Llama-3.1-8B-Instruct'));
  writeFileSync(join(dir, 'gated.train.yaml'), job('gated', 'acme/gated'));
  writeFileSync(join(dir, 'forbidden.train.yaml'), job('forbidden', 'acme/forbidden'));
  writeFileSync(join(dir, 'missing.train.yaml'), job('missing', 'acme/qwen3-8b-typo'));
  writeFileSync(join(dir, 'slow.train.yaml'), job('slow', 'acme/slow'));
  beforeAll(async () => {
    hub = await startHubServer(routes);
  });
  afterAll(() => hub.close());
  const urls = () => hub.requests.map((q) => q.url);

  it('estimate fetches a public model outside the catalog with HF_TOKEN, caches it in the user cache folder, and says so on stderr', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'tb-hub-cache-'));
    const r = await cli(['estimate', 'public.train.yaml', 'catalog.train.yaml', '--format', 'json'], dir, { HF_ENDPOINT: hub.url, HF_TOKEN: 'hf_test', XDG_CACHE_HOME: cache });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`note: model acme/llama-8b-support: acme/llama-8b-support@main config.json from ${hub.url}\n`);
    const jobs = JSON.parse(r.stdout).jobs as { name: string; parameters: { total: number } }[];
    const byName = Object.fromEntries(jobs.map((j) => [j.name, j]));
    expect(byName.public!.parameters.total).toBe(8_030_261_248); // Llama-3.1-8B, the Hub's safetensors total
    expect(byName.public!.parameters.total).toBe(byName.catalog!.parameters.total); // the catalog id, resolved offline
    expect(hub.requests.at(-1)).toEqual({ url: '/acme/llama-8b-support/resolve/main/config.json', authorization: 'Bearer hf_test' });
    expect(urls()).not.toContain('/meta-llama/Llama-3.1-8B-Instruct/resolve/main/config.json');
    expect(JSON.parse(readFileSync(join(cache, 'train-budget', 'hf-configs', 'acme', 'llama-8b-support', 'main', 'config.json'), 'utf8'))).toEqual(JSON.parse(LLAMA_8B));

    // The cache hit: a dead endpoint (port 9, discard) and the same cache answer without a request.
    const n = hub.requests.length;
    const again = await cli(['validate', 'public.train.yaml'], dir, { HF_ENDPOINT: 'http://127.0.0.1:9', XDG_CACHE_HOME: cache });
    expect(again.stdout).toBe('ok: 1 manifest, 1 job valid\n');
    expect(again.stderr).toBe('note: model acme/llama-8b-support: acme/llama-8b-support@main config.json (cached)\n');
    expect(again.status).toBe(0);
    expect(hub.requests.length).toBe(n);
  });

  it('plan resolves a Hub id the same way', async () => {
    const r = await cli(['plan', 'public.train.yaml', '--format', 'json', '--gpus', 'a100-80gb'], dir, { HF_ENDPOINT: hub.url, XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'tb-hub-cache-')) });
    expect(r.stderr).toContain('note: model acme/llama-8b-support: acme/llama-8b-support@main config.json from');
    expect([0, 1]).toContain(r.status);
    const plans = JSON.parse(r.stdout);
    expect(JSON.stringify(plans)).toContain('"public"');
  });

  it('a gated model (401 and 403) is reported at its model line, quoting the Hub\'s X-Error-Message, with the HF_TOKEN advice', async () => {
    const r = await cli(['validate', 'gated.train.yaml', 'forbidden.train.yaml'], dir, { HF_ENDPOINT: hub.url, XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'tb-hub-cache-')) });
    expect(r.status).toBe(2);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(`forbidden.train.yaml:2:8: model "acme/forbidden" is gated or private on the Hub (HTTP 403: "${GATED_403}"): accept its licence on its Hub page and set HF_TOKEN (in the action: an HF_TOKEN secret passed as env), or pin a local config.json with model: { config: path/to/config.json }`);
    expect(lines[1]).toMatch(new RegExp(`^gated\\.train\\.yaml:2:8: model "acme/gated" is gated or private on the Hub \\(HTTP 401: "${GATED_401.replace(/\./g, '\\.')}"\\): accept its licence`));
    expect(r.stderr).toBe('2 problems in 2 files\n');
  });

  it('a missing model (404) suggests the catalog ids that resolve offline', async () => {
    const r = await cli(['validate', 'missing.train.yaml'], dir, { HF_ENDPOINT: hub.url, XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'tb-hub-cache-')) });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/^missing\.train\.yaml:2:8: model "acme\/qwen3-8b-typo" has no config\.json on the Hub \(HTTP 404: "Repository not found"\); catalog ids that resolve offline: qwen3-8b/);
  });

  it('a slow Hub is given HF_HUB_DOWNLOAD_TIMEOUT seconds per attempt, tried 3 times, and the error says how to pin a local config.json', async () => {
    const before = urls().filter((u) => u.startsWith('/acme/slow/')).length;
    const r = await cli(['estimate', 'slow.train.yaml'], dir, { HF_ENDPOINT: hub.url, HF_HUB_DOWNLOAD_TIMEOUT: '0.2', XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'tb-hub-cache-')) });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`slow.train.yaml:2:8: could not fetch ${hub.url}/acme/slow/resolve/main/config.json (no answer within 0.2 s; 3 attempts): check the network or HF_ENDPOINT, or pin a local config.json with model: { config: path/to/config.json }`);
    // The Hub saw at most those 3 (a request aborted before the loaded server accepted it is never seen).
    const seen = urls().filter((u) => u.startsWith('/acme/slow/')).length - before;
    expect(seen).toBeGreaterThanOrEqual(1);
    expect(seen).toBeLessThanOrEqual(3);
  });

  it('--offline (and HF_HUB_OFFLINE=1) refuses to fetch: the model is named, and no request is made', async () => {
    const n = hub.requests.length;
    const cache = mkdtempSync(join(tmpdir(), 'tb-hub-cache-'));
    for (const [args, env] of [
      [['validate', 'public.train.yaml', '--offline'], {}],
      [['estimate', 'public.train.yaml', '--offline'], {}],
      [['plan', 'public.train.yaml', '--offline'], {}],
      [['validate', 'public.train.yaml'], { HF_HUB_OFFLINE: '1' }],
    ] as const) {
      const r = await cli([...args], dir, { HF_ENDPOINT: hub.url, XDG_CACHE_HOME: cache, ...env });
      expect(r.status).toBe(2);
      expect(r.stdout + r.stderr).toContain('public.train.yaml:2:8: model "acme/llama-8b-support" is not in the catalog, and offline mode forbids fetching its config.json from the Hub: use a catalog id, or pin a local config.json with model: { config: path/to/config.json }\n');
      expect(r.stdout + r.stderr).not.toContain('unknown model');
    }
    expect(hub.requests.length).toBe(n);
    expect(existsSync(join(cache, 'train-budget'))).toBe(false);
    // A catalogued Hub id needs no network, offline or not.
    const r = await cli(['validate', 'catalog.train.yaml', '--offline'], dir, { HF_ENDPOINT: hub.url, XDG_CACHE_HOME: cache });
    expect(r.stdout).toBe('ok: 1 manifest, 1 job valid\n');
  });

  it('estimate --base compares a Hub-id job with its version at the git ref (not "new"), fetching the config once', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'tb-hub-git-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    writeFileSync(join(repo, 'bot.train.yaml'), job('bot', 'acme/llama-8b-support'));
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(join(repo, 'bot.train.yaml'), job('bot', 'acme/llama-8b-support').replace('10M', '20M'));
    const n = hub.requests.length;
    const r = await cli(['estimate', '--base', 'HEAD'], repo, { HF_ENDPOINT: hub.url, XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'tb-hub-cache-')) });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\n {2}changed {3}bot\n/);
    expect(r.stdout).not.toMatch(/compared as new|added/);
    expect(hub.requests.length - n).toBe(1); // the working tree's fetch, reused for HEAD's version
  });

  it('an imported trainer config whose base_model is a Hub id outside the catalog is estimated from the fetched config.json', async () => {
    writeFileSync(join(dir, 'sft.yml'), 'base_model: acme/llama-8b-support\nadapter: lora\nlora_r: 16\nsequence_len: 4096\n');
    writeFileSync(join(dir, 'sft.train.yaml'), 'name: sft\nimport: sft.yml\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 5M }\n');
    const r = await cli(['estimate', 'sft.train.yaml', '--format', 'json'], dir, { HF_ENDPOINT: hub.url, XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'tb-hub-cache-')) });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).jobs[0].parameters.total).toBe(8_030_261_248);
    const offline = await cli(['validate', 'sft.train.yaml', '--offline'], dir, { HF_ENDPOINT: hub.url });
    expect(offline.stdout).toMatch(/^sft\.yml:1:13: base_model: model "acme\/llama-8b-support" is not in the catalog/);
  });
});
