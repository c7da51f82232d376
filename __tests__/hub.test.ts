import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchHubConfig, type HubOptions } from '../src/hub/fetch.js';
import { startHubServer, type HubServer } from './helpers/hub-server.js';

// config.json of an 8B Llama-architecture fine-tune outside the catalog: Llama-3.1-8B's published shape.
const LLAMA_8B = JSON.stringify({ model_type: 'llama', hidden_size: 4096, intermediate_size: 14336, num_attention_heads: 32, num_hidden_layers: 32, num_key_value_heads: 8, vocab_size: 128256, tie_word_embeddings: false });
const routes = {
  '/acme/llama-8b-support/resolve/main/config.json': { status: 200, body: LLAMA_8B },
  '/acme/llama-8b-support/resolve/v2/config.json': { status: 200, body: LLAMA_8B },
  '/acme/gated/resolve/main/config.json': { status: 401, headers: { 'x-error-code': 'GatedRepo', 'x-error-message': 'Access to model acme/gated is restricted. You must have access to it and be authenticated to access it.' } },
  '/acme/forbidden/resolve/main/config.json': { status: 403, headers: { 'x-error-code': 'GatedRepo', 'x-error-message': 'Access to model acme/forbidden is restricted and you are not in the authorized list.' } },
  '/acme/slow/resolve/main/config.json': { status: 200, body: LLAMA_8B, delayMs: 5000 },
};

describe('Hub config.json fetch against a local stand-in (HF_ENDPOINT)', () => {
  let hub: HubServer;
  beforeAll(async () => {
    hub = await startHubServer(routes);
  });
  afterAll(() => hub.close());
  const opts = (over: Partial<HubOptions> = {}): HubOptions => ({ endpoint: hub.url, timeoutMs: 2000, retries: 0, cacheDir: mkdtempSync(join(tmpdir(), 'tb-hub-')), ...over });

  it('fetches a public model with HF_TOKEN as a bearer token, caches it, and answers the next time from the cache', async () => {
    const o = opts({ token: 'hf_test' });
    const r = await fetchHubConfig('acme/llama-8b-support', o);
    expect(r).toMatchObject({ ok: true, config: JSON.parse(LLAMA_8B) });
    expect(hub.requests.at(-1)).toEqual({ url: '/acme/llama-8b-support/resolve/main/config.json', authorization: 'Bearer hf_test' });
    expect(existsSync(join(o.cacheDir!, 'acme', 'llama-8b-support', 'main', 'config.json'))).toBe(true);
    const n = hub.requests.length;
    const again = await fetchHubConfig('acme/llama-8b-support', { ...o, endpoint: 'http://127.0.0.1:9' });
    expect(again).toMatchObject({ ok: true, source: 'acme/llama-8b-support@main config.json (cached)' });
    expect(hub.requests.length).toBe(n);
  });

  it('reads the revision after @', async () => {
    expect((await fetchHubConfig('acme/llama-8b-support@v2', opts())).ok).toBe(true);
    expect(hub.requests.at(-1)!.url).toBe('/acme/llama-8b-support/resolve/v2/config.json');
  });

  it('says what to do for a gated model (401 and 403), quoting the Hub\'s error header', async () => {
    for (const id of ['acme/gated', 'acme/forbidden']) {
      const r = await fetchHubConfig(id, opts());
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error).toMatch(/is gated or private on the Hub \(HTTP 40[13]: "Access to model acme\/\w+ is restricted/);
        expect(r.error).toContain('HF_TOKEN');
      }
    }
  });

  it('suggests catalog ids for a missing model (404)', async () => {
    const r = await fetchHubConfig('acme/qwen3-8b-typo', opts());
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/has no config\.json on the Hub \(HTTP 404: "Repository not found"\); catalog ids that resolve offline: qwen3-8b/) });
  });

  it('gives up on a slow answer after the timeout and each retry, and says how to pin a local config.json', async () => {
    const before = hub.requests.filter((q) => q.url.startsWith('/acme/slow')).length;
    const r = await fetchHubConfig('acme/slow', opts({ timeoutMs: 150, retries: 1 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/no answer within 0\.15 s; 2 attempts\).*model: \{ config: path\/to\/config\.json \}/);
    expect(hub.requests.filter((q) => q.url.startsWith('/acme/slow')).length - before).toBe(2);
  });
});

