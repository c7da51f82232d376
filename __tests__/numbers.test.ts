import { readFileSync } from 'node:fs';
import { checkCount, checkNumber, describeRange, RANGES } from '../src/manifest/numbers.js';
import { nearbyDivisors } from '../src/manifest/divisors.js';
import { closest } from '../src/manifest/suggest.js';
import { MINIMAL, parse, problemsOf } from './helpers/manifest.js';

/** The job of MINIMAL with `from` replaced by `to` (each must occur once). */
const job = (...pairs: [string, string][]) => pairs.reduce((t, [from, to]) => {
  expect(t.split(from)).toHaveLength(2);
  return t.replace(from, to);
}, MINIMAL);
const problems = (text: string, files: Record<string, string> = {}) => problemsOf(parse(text, files)).join('\n');

const LLAMA_CONFIG = { model_type: 'llama', num_hidden_layers: 32, hidden_size: 4096, intermediate_size: 14336, num_attention_heads: 32, num_key_value_heads: 8, vocab_size: 128256 };
const withConfig = (changes: Record<string, unknown>) =>
  problems(job(['model: llama-3.1-8b', 'model:\n  config: config.json']), { 'jobs/config.json': JSON.stringify({ ...LLAMA_CONFIG, ...changes }) });

describe('one number validation (issue 12, finding 6)', () => {
  it('states each range in words and refuses what lies outside, NaN and Infinity included', () => {
    expect(describeRange('count')).toBe('a whole number from 1 to 1e6');
    expect(describeRange('epochs')).toBe('a number greater than 0 and at most 10000');
    expect(checkNumber(8, 'count')).toBeNull();
    expect(checkNumber(-4096, 'hidden_size')).toBe('must be a whole number from 1 to 1e6, got -4096');
    for (const bad of [0, 1.5, 2e6, NaN, Infinity, '8', null]) expect(checkNumber(bad, 'count')).not.toBeNull();
    expect(checkNumber(5e-324, 'mfu')).toBe('must be a number from 0.01 to 1, got 5e-324');
  });

  it('reads count strings and refuses "0", "1e400" and sizes past the range', () => {
    expect(checkCount('400M', 'tokens')).toEqual({ ok: true, value: 4e8 });
    expect(checkCount('0', 'tokens')).toEqual({ ok: false, error: 'must be a number from 1 to 1e16, got 0' });
    expect(checkCount('1e400', 'tokens')).toEqual({ ok: false, error: 'must be a number from 1 to 1e16, got "1e400" (not a finite number)' });
    expect(checkCount('1e999', 'parameters').ok).toBe(false);
    expect(checkCount(1e15, 'parameters')).toEqual({ ok: false, error: 'must be a number from 1e6 to 1e14, got 1e15' });
  });

  it('config.json values: a negative width, negative heads, zero layers, zero experts per token are located problems', () => {
    expect(withConfig({ hidden_size: -4096 })).toBe('3:11: config "config.json": hidden_size must be a whole number from 1 to 1e6, got -4096');
    expect(withConfig({ num_attention_heads: -32, num_key_value_heads: -8 })).toContain('num_attention_heads must be a whole number from 1 to 1e5, got -32');
    expect(withConfig({ num_hidden_layers: 0 })).toBe('3:11: config "config.json": num_hidden_layers must be a whole number from 1 to 10000, got 0');
    expect(withConfig({ model_type: 'mixtral', num_local_experts: 8, num_experts_per_tok: 0 })).toBe('3:11: config "config.json": num_experts_per_tok must be a whole number from 1 to 1e5, got 0');
    expect(withConfig({ hidden_size: 4096.5 })).toContain('hidden_size must be a whole number');
    // Each value in range, but together too large: embeddings and head 2 x 1e8 x 1e6 = 2e14; per layer q, k, v, o
    // 4 x 1e6 x 1e6 = 4e12 and the MLP 3 x 1e6 x 14336 = 4.3e10, x 32 layers = 1.29e14; in all 3.29e14 > 1e14.
    expect(withConfig({ vocab_size: 1e8, hidden_size: 1e6, num_attention_heads: 1000, num_key_value_heads: 1000 })).toContain('the architecture adds up to 3.29e14 parameters; a model must have from 1e6 to 1e14');
    expect(withConfig({})).toBe('');
  });

  it('manifest counts: "0", "1e400" and parameters "1e999" are refused, not turned into NaN or 0', () => {
    expect(problems(job(['tokens: 1B', 'tokens: "0"']))).toBe('5:11: "tokens": must be a number from 1 to 1e16, got 0');
    expect(problems(job(['tokens: 1B', 'tokens: "1e400"']))).toBe('5:11: "tokens": must be a number from 1 to 1e16, got "1e400" (not a finite number)');
    expect(problems(job(['model: llama-3.1-8b', 'model: { parameters: "1e999" }']))).toContain('"parameters": must be a number from 1e6 to 1e14, got "1e999" (not a finite number)');
    expect(problems(job(['tokens: 1B', 'tokens: 0']))).toBe('5:11: "tokens": must be a number from 1 to 1e16, got 0');
    expect(problems(job(['tokens: 1B', 'tokens: -5']))).toContain('must be a number from 1 to 1e16, got -5');
  });

  it('extreme values: tokens 1e300 x epochs 1e300, tokens x epochs past 1e16, mfu 5e-324, 2e6 GPUs', () => {
    const huge = problems(job(['tokens: 1B', 'tokens: 1e300\n  epochs: 1e300']));
    expect(huge).toContain('"tokens": must be a number from 1 to 1e16, got 1e300');
    expect(huge).toContain('"epochs" must be at most 10000, got 1e+300');
    expect(problems(job(['tokens: 1B', 'tokens: 1e16\n  epochs: 2']))).toBe('6:11: the job reads 2e16 tokens in all (tokens per epoch x epochs); at most 1e16 is allowed (Llama 3 read 1.56e13)');
    expect(problems(job(['gpu: h100-80gb', 'gpu: h100-80gb\nefficiency:\n  mfu: 5e-324']))).toContain('"mfu" must be at least 0.01, got 5e-324');
    expect(problems(job(['gpu: h100-80gb', 'gpu: h100-80gb\n  count: 2000000']))).toContain('"count": must be a whole number from 1 to 1e6, got 2000000');
    expect(problems(job(['tokens: 1B', 'tokens: 1e16']))).toBe('');
  });

  it('pipeline stages at most the layers; pipeline 9007199254740991 with count auto is refused', () => {
    expect(problems(job(['gpu: h100-80gb', 'gpu: h100-80gb\nparallelism:\n  pipeline: 100']))).toBe("9:13: pipeline (100) must be at most the model's layers (32): each stage holds at least one layer");
    expect(problems(job(['gpu: h100-80gb', 'gpu: h100-80gb\n  count: auto\nparallelism:\n  pipeline: 9007199254740991']))).toContain('"pipeline" must be at most 10000');
    expect(problems(job(['gpu: h100-80gb', 'gpu: h100-80gb\n  count: 32\nparallelism:\n  pipeline: 32']))).toBe('');
  });

  it('a LoRA rank is at most the smaller side of the matrices it adapts (65,536 on an 8B model is refused)', () => {
    // Llama 3.1 8B: k_proj and v_proj are 4096 x (8 kv heads x 128) = 4096 x 1024, the smallest adapted matrix.
    const lora = (rank: number, targets = '') => problems(job(['method: full', 'method: lora'], ['gpu: h100-80gb', `gpu: h100-80gb\nlora:\n  rank: ${rank}${targets}`]));
    expect(lora(65536)).toBe('9:9: LoRA rank (65536) must be at most 1024, the smaller side of the smallest matrix it adapts: an update B x A has rank at most that (Hu et al. 2021)');
    expect(lora(1024)).toBe('');
    // q_proj and o_proj only: 4096 x 4096, so 2048 fits.
    expect(lora(2048, '\n  targets: [q_proj, o_proj]')).toBe('');
  });

  it('the JSON Schema states the ranges (maximum, minimum), and the descriptions those of counts', () => {
    const schema = readFileSync('schema/training-job.schema.json', 'utf8');
    const s = JSON.parse(schema) as { definitions?: unknown };
    const text = JSON.stringify(s);
    expect(text).toContain('"maximum":10000');
    expect(text).toContain(`Training tokens per epoch.`);
    expect(text).toContain('a number from 1 to 1e16');
    expect(text).toContain('a number from 1e6 to 1e14');
    expect(text).toContain('a whole number from 1 to 1e6');
    expect(RANGES.mfu.min).toBe(0.01);
  });
});

describe('bounded hint work (issue 12, findings 3 and 4)', () => {
  it('nearby divisors without listing every number up to n', () => {
    expect(nearbyDivisors(32, 3)).toEqual([1, 2, 4]); // divisors 1 2 4 8 16 32: 2 and 4 are 1 away, 1 is 2 away
    expect(nearbyDivisors(36, 5)).toEqual([3, 4, 6]); // divisors 1 2 3 4 6 9 12 18 36: 4 and 6 are 1 away, 3 is 2 away
    expect(nearbyDivisors(200_000_000, 3)).toEqual([1, 2, 4]);
    expect(nearbyDivisors(9007199254740991, 3)).toEqual([]);
  });

  it('attention_heads 200000000 with kv_heads 3 is a located problem, not an abort', () => {
    const arch = (heads: string) => job(['model: llama-3.1-8b', `model: { architecture: { layers: 2, hidden_size: 64, intermediate_size: 8, attention_heads: ${heads}, kv_heads: 3, head_dim: 8, vocab_size: 10 } }`]);
    expect(problems(arch('200000000'))).toContain('"attention_heads" must be at most 100000, got 200000000');
    expect(problems(arch('9007199254740991'))).toContain('"attention_heads" must be at most 100000');
  });

  it('a 1 MB model id gets no suggestion and no quadratic work; similar ids still get theirs', () => {
    expect(closest('x'.repeat(1_000_000), ['llama-3.1-8b'])).toEqual([]);
    expect(closest('llama-3.1-8', ['llama-3.1-8b', 'mixtral-8x7b'])).toEqual(['llama-3.1-8b']);
    expect(problems(job(['model: llama-3.1-8b', `model: ${'a'.repeat(1_000_00)}`]))).toContain('unknown model');
  });
});
