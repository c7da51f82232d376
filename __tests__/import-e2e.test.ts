import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliProcess } from './helpers/process.js';

/** The bundled CLI estimating manifests that import real trainer configs (fixtures/trainers, Apache-2.0). */
describe('bundled CLI: import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tb-import-'));
  cpSync('__tests__/fixtures/trainers/axolotl', dir, { recursive: true });
  writeFileSync(join(dir, 'qlora.train.yaml'), 'name: support-bot-qlora\nimport: examples/llama-3/qlora.yml\nhardware: { gpu: a100-80gb, count: 2 }\ndata: { tokens: 400M }\n');

  it('estimates the imported job and says where its settings came from', () => {
    const r = runCliProcess(['estimate', 'qlora.train.yaml', '--format', 'json'], dir);
    // qlora.yml line 43 says bf16: auto, which depends on the GPU: a warning on stderr, at its line, and in the JSON.
    const warning = 'examples/llama-3/qlora.yml:43:1: bf16: auto is taken as bf16 (Ampere or newer); set precision: fp16 in the manifest for older GPUs';
    expect(r.stderr).toBe(`warning: ${warning}\n`);
    expect(r.status).toBe(0);
    const job = JSON.parse(r.stdout).jobs[0];
    expect(job.warnings).toEqual([warning]);
    expect(job.method).toBe('qlora');
    expect(job.compute.tokens).toBe(400e6 * 4); // 4 epochs (num_epochs) of 400M tokens
    expect(job.assumptions.join('\n')).toContain('from examples/llama-3/qlora.yml (axolotl): method qlora (adapter, line 18), lora.rank 32 (lora_r, line 25)');
  });

  it('the pull-request comment (markdown) lists the import\'s warnings under Warnings; validate prints them on stderr', () => {
    const md = runCliProcess(['estimate', 'qlora.train.yaml', '--format', 'markdown'], dir);
    expect(md.stdout).toContain('#### Warnings\n- ⚠️ **support-bot-qlora**: examples/llama-3/qlora.yml:43:1: bf16: auto is taken as bf16');
    const v = runCliProcess(['validate', 'qlora.train.yaml'], dir);
    expect(v.stdout).toBe('ok: 1 manifest, 1 job valid\n');
    expect(v.stderr).toMatch(/^warning: examples\/llama-3\/qlora\.yml:43:1: bf16: auto/);
  });

  it('reports a bad imported value at its place in the trainer config and exits 2', () => {
    writeFileSync(join(dir, 'bad.yml'), 'base_model: meta-llama/Llama-3.1-8B\nadapter: lora\nsequence_len: long\n');
    writeFileSync(join(dir, 'bad.train.yaml'), 'name: bad\nimport: bad.yml\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 1M }\n');
    const r = runCliProcess(['validate', 'bad.train.yaml'], dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('bad.yml:3:15: sequence_len: must be a whole number from 1 to 1e8, got "long"\n');
  });
});

describe('bundled CLI: init --from', () => {
  it('writes a starter manifest that imports the config and validates; never overwrites', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tb-init-'));
    cpSync('__tests__/fixtures/trainers/llama-factory', dir, { recursive: true });
    const r = runCliProcess(['init', '--from', 'examples/train_lora/qwen3_lora_sft_ds3.yaml', '--gpu', 'A100-80GB', '--count', '2'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('wrote examples/train_lora/qwen3_lora_sft_ds3.train.yaml\n');
    expect(r.status).toBe(0);
    const text = readFileSync(join(dir, 'examples/train_lora/qwen3_lora_sft_ds3.train.yaml'), 'utf8');
    expect(text).toContain('import: "qwen3_lora_sft_ds3.yaml"');
    expect(text).toContain('  gpu: a100-80gb\n  count: 2\n');
    const v = runCliProcess(['validate', 'examples/train_lora/qwen3_lora_sft_ds3.train.yaml'], dir);
    expect(v.stdout).toBe('ok: 1 manifest, 1 job valid\n');
    const again = runCliProcess(['init', '--from', 'examples/train_lora/qwen3_lora_sft_ds3.yaml'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('exists: it is not overwritten');
  });

  it('leaves data out when the config fixes max_steps, and writes nothing for a config it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tb-init-'));
    cpSync('__tests__/fixtures/trainers/llama-factory', dir, { recursive: true });
    const r = runCliProcess(['init', '--from', 'examples/v1/train_lora/train_lora_sft.yaml', '--gpu', 'h100-80gb', '--count', '4'], dir);
    expect(r.status).toBe(0);
    const text = readFileSync(join(dir, 'examples/v1/train_lora/train_lora_sft.train.yaml'), 'utf8');
    expect(text).not.toContain('data:');
    writeFileSync(join(dir, 'odd.yml'), 'learning_rate: 0.1\n');
    const bad = runCliProcess(['init', '--from', 'odd.yml'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toContain('odd.train.yaml:4:9: cannot tell which trainer "odd.yml" is for');
    expect(existsSync(join(dir, 'odd.train.yaml'))).toBe(false);
  });
});
