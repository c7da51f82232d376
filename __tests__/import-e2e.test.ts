import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
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
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const job = JSON.parse(r.stdout).jobs[0];
    expect(job.method).toBe('qlora');
    expect(job.compute.tokens).toBe(400e6 * 4); // 4 epochs (num_epochs) of 400M tokens
    expect(job.assumptions.join('\n')).toContain('from examples/llama-3/qlora.yml (axolotl): method qlora (adapter, line 18), lora.rank 32 (lora_r, line 25)');
  });

  it('reports a bad imported value at its place in the trainer config and exits 2', () => {
    writeFileSync(join(dir, 'bad.yml'), 'base_model: meta-llama/Llama-3.1-8B\nadapter: lora\nsequence_len: long\n');
    writeFileSync(join(dir, 'bad.train.yaml'), 'name: bad\nimport: bad.yml\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 1M }\n');
    const r = runCliProcess(['validate', 'bad.train.yaml'], dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('bad.yml:3:15: sequence_len: expected a number, got "long"\n');
  });
});
