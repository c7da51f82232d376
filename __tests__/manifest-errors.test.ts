import { parse, problemsOf, MINIMAL } from './helpers/manifest.js';

/** Each error kind, with the line and column it points at. */
describe('manifest v1: errors point at the line', () => {
  it('reports every problem in a file at once, in order', () => {
    const text = `name: x
model: llama-3-8B-instrukt
methd: lora
data:
  tokens: 2X
hardware:
  gpu: a100
  count: 3
parallelism:
  tensor: 2
`;
    expect(problemsOf(parse(text))).toEqual([
      '1:1: missing required key "method"',
      '2:8: unknown model "llama-3-8B-instrukt" (did you mean "llama-3-8b"?); give { parameters: 7B }, { config: path/to/config.json } or { architecture: {...} } for a model outside the catalog',
      '3:1: unknown key "methd" (did you mean "method"?)',
      '5:11: "tokens": expected a count: 2000000000, 2e9, 2_000_000_000, or a string with a suffix K/M/B/T such as "2B", "500M", "1.5T", "20K", got "2X"',
      '7:8: unknown accelerator "a100" (did you mean "a100-40gb", "a100-80gb", "a100-80gb-pcie"?)',
      '8:10: count (3) must be a multiple of tensor x pipeline (2 x 1 = 2)',
    ]);
  });

  it('points a missing key at its parent', () => {
    const r = parse(MINIMAL.replace('  tokens: 1B\n', '  epochs: 2\n'));
    expect(problemsOf(r)).toEqual(['4:1: missing required key "tokens": give data.tokens, or data.examples with data.tokens_per_example']);
  });

  it('says the allowed range of out-of-range values', () => {
    const r = parse(MINIMAL + 'efficiency:\n  mfu: 1.5\ndata_extra: 1\n');
    expect(problemsOf(r)).toEqual(['9:8: "mfu" must be at most 1, got 1.5', '10:1: unknown key "data_extra" (did you mean "data"?)']);
    expect(problemsOf(parse(MINIMAL.replace('tokens: 1B', 'tokens: 1B\n  epochs: 0')))).toEqual(['6:11: "epochs" must be greater than 0, got 0']);
  });

  it('names the allowed values of enums with a suggestion', () => {
    expect(problemsOf(parse(MINIMAL.replace('method: full', 'method: qlor')))).toEqual([
      '3:9: "method" must be one of pretrain | full | lora | qlora, got "qlor" (did you mean "qlora", "lora"?)',
    ]);
  });

  it('checks that kv_heads divides attention_heads, and other architecture rules', () => {
    const text = MINIMAL.replace(
      'model: llama-3.1-8b',
      'model:\n  architecture:\n    layers: 2\n    hidden_size: 512\n    intermediate_size: 10\n    attention_heads: 8\n    kv_heads: 3\n    vocab_size: 10\n    experts: 4\n    experts_per_token: 5',
    );
    expect(problemsOf(parse(text))).toEqual([
      '8:15: kv_heads (3) must divide attention_heads (8); nearby divisors: 1, 2, 4',
      '11:24: experts_per_token (5) must be at most experts (4)',
    ]);
  });

  it('reports YAML syntax errors with their position', () => {
    const r = parse('name: [unclosed\nmodel: x\n');
    expect(r.problems).toHaveLength(1);
    expect(problemsOf(r)[0]).toMatch(/^2:1: YAML syntax error: /);
  });

  it('refuses duplicate keys', () => {
    expect(problemsOf(parse(MINIMAL + 'name: again\n'))).toEqual(['8:1: duplicate key: each key may appear once in a mapping']);
  });

  it('refuses custom tags', () => {
    expect(problemsOf(parse(MINIMAL.replace('name: j', 'name: !!python/object:os.system j')))[0]).toMatch(
      /^1:33: custom YAML tag "!!python\/object:os.system" is not allowed/,
    );
  });

  it('refuses documents that expand too many aliases', () => {
    const bomb = ['a: &a [1,1,1,1,1,1,1,1,1,1]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]'].join('\n');
    expect(problemsOf(parse(bomb))).toEqual(['1:1: too many YAML aliases (more than 100 expansions): write the values out']);
  });

  it('refuses files over 1 MiB without parsing them', () => {
    const r = parse(MINIMAL + '#' + 'x'.repeat(1024 * 1024));
    expect(problemsOf(r)[0]).toMatch(/^1:1: manifest is larger than 1 MiB/);
  });

  it('refuses a config path that leaves the repository, and one that does not exist', () => {
    const out = parse(MINIMAL.replace('model: llama-3.1-8b', 'model:\n  config: ../../etc/passwd'));
    expect(problemsOf(out)).toEqual(['3:11: config path "../../etc/passwd" leaves the repository: it must point at a file inside it']);
    const abs = parse(MINIMAL.replace('model: llama-3.1-8b', 'model:\n  config: /etc/passwd'));
    expect(problemsOf(abs)[0]).toMatch(/^3:11: config path "\/etc\/passwd" must be relative to the manifest/);
    const missing = parse(MINIMAL.replace('model: llama-3.1-8b', 'model:\n  config: nope.json'));
    expect(problemsOf(missing)).toEqual(['3:11: config "nope.json": no such file in the repository']);
  });

  it('says what a config.json lacks', () => {
    const r = parse(MINIMAL.replace('model: llama-3.1-8b', 'model: { config: c.json }'), { 'jobs/c.json': '{"model_type": "llama", "hidden_size": 10}' });
    expect(problemsOf(r)[0]).toMatch(/config "c.json": config.json lacks num_hidden_layers, intermediate_size, num_attention_heads, vocab_size/);
    const bad = parse(MINIMAL.replace('model: llama-3.1-8b', 'model: { config: c.json }'), { 'jobs/c.json': '{nope' });
    expect(problemsOf(bad)[0]).toMatch(/config "c.json" is not valid JSON/);
  });

  it('refuses settings that contradict each other or the hardware', () => {
    const text = MINIMAL.replace('gpu: h100-80gb', 'gpu: a100-80gb\n  count: 8') + 'precision: fp8\nlora:\n  rank: 8\ntraining:\n  micro_batch_size: 2\n  global_batch_size: 20\n';
    expect(problemsOf(parse(text))).toEqual([
      '9:12: fp8 needs FP8 tensor cores (Hopper, Ada, Blackwell, MI300X), which a100-80gb lacks: use bf16',
      '10:1: lora settings apply to method lora or qlora only, but method is full: remove the lora block or change the method',
      '14:22: global_batch_size (20) must be a multiple of micro_batch_size x data-parallel GPUs (2 x 8 = 16)',
    ]);
  });

  it('refuses bf16 (the default) on GPUs without it and suggests fp16', () => {
    expect(problemsOf(parse(MINIMAL.replace('h100-80gb', 'v100-32gb')))).toEqual([
      '6:1: v100-32gb has no bf16 support (pre-Ampere) and bf16 is the default precision: set precision: fp16 (mixed precision with loss scaling) or fp32',
    ]);
  });

  it('refuses an unknown provider and lists the known ones', () => {
    expect(problemsOf(parse(MINIMAL + 'pricing:\n  provider: amazon\n'))[0]).toBe(
      '9:13: unknown provider "amazon"; known: aws, gcp, azure, lambda, coreweave, runpod, or set gpu_hour_usd',
    );
  });

  it('refuses an unsupported version, an empty file and a file that is not a mapping', () => {
    expect(problemsOf(parse('version: 2\n' + MINIMAL))).toEqual(['1:10: unsupported manifest version: this Train Budget reads version 1 (got 2)']);
    expect(problemsOf(parse(''))[0]).toMatch(/^1:1: the manifest is empty/);
    expect(problemsOf(parse('- a\n- b\n'))[0]).toMatch(/^1:1: a manifest must be a mapping/);
  });

  it('validates each job of a jobs: list with its own positions', () => {
    const text = `jobs:\n  - name: ok\n    model: mistral-7b\n    method: lora\n    data: { tokens: 1M }\n    hardware: { gpu: l4 }\n  - name: bad\n    model: mistral-7b\n    method: lora\n    data: { tokens: 1M }\n    hardware: { gpu: l44 }\n`;
    expect(problemsOf(parse(text))).toEqual(['11:22: unknown accelerator "l44" (did you mean "l4", "l40s", "t4"?)']);
  });
});
