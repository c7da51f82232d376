import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { parseManifest } from '../src/manifest/load.js';

/**
 * The committed JSON Schema, as an editor's YAML language server reads it, checked with a real validator (ajv,
 * draft-07): every shipped manifest is valid, and the mistakes the CLI rejects are flagged there too.
 */
const schema = JSON.parse(readFileSync('schema/training-job.schema.json', 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true }).compile(schema);
const cli = (text: string) => parseManifest(text, { file: 'x.train.yaml', repoPath: 'x.train.yaml', readRepoFile: () => ({ ok: false, error: 'no files in this test' }) });

const GOOD = `name: bot
model: llama-3.1-8b
method: qlora
precision: bf16
data: { tokens: 20M }
hardware: { gpu: rtx-4090, count: 1 }
`;

describe('the JSON Schema with ajv', () => {
  const shipped = [
    ...readdirSync('examples').filter((f) => f.endsWith('.train.yaml')).map((f) => `examples/${f}`),
    ...readdirSync('docs/planning-examples').filter((f) => f.endsWith('.train.yaml')).map((f) => `docs/planning-examples/${f}`),
  ];

  it.each(shipped)('%s is valid', (file) => {
    const ok = validate(parse(readFileSync(file, 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  // Valid in the CLI and in the editor: ids and words in any case, a Hub id of a catalogued model, lists, auto.
  it.each([
    ['method and precision in any case', GOOD.replace('method: qlora', 'method: QLoRA').replace('bf16', 'BF16')],
    ['an accelerator id in capitals', GOOD.replace('rtx-4090', 'RTX-4090')],
    ['a list of accelerator ids', GOOD.replace('gpu: rtx-4090', 'gpu: [a100-80gb, h100-80gb]')],
    ['gpu: auto', GOOD.replace('gpu: rtx-4090', 'gpu: auto')],
    ['a Hub id of a catalogued model', GOOD.replace('model: llama-3.1-8b', 'model: meta-llama/Llama-3.1-8B-Instruct')],
    ['a catalog model id in capitals', GOOD.replace('llama-3.1-8b', 'Llama-3.1-8B')],
  ])('accepts %s, as the CLI does', (_label, text) => {
    expect(cli(text).problems).toEqual([]);
    expect(validate(parse(text))).toBe(true);
  });

  // Flagged by both: what the CLI says is in the comment beside each.
  it.each([
    ['h100-90gb', GOOD.replace('rtx-4090', 'h100-90gb'), /unknown accelerator "h100-90gb"/],
    ['a wrong id in a list', GOOD.replace('gpu: rtx-4090', 'gpu: [a100-80gb, h100-90gb]'), /unknown accelerator "h100-90gb"/],
    ['a misspelt method', GOOD.replace('method: qlora', 'method: qlroa'), /method/],
    ['a misspelt precision', GOOD.replace('bf16', 'bf61'), /precision/],
    ['an unknown catalog model', GOOD.replace('llama-3.1-8b', 'llama-3.1-8bb'), /unknown model "llama-3.1-8bb"/],
    ['an unknown key', GOOD + 'target_modules: [q_proj]\n', /unknown key "target_modules"/],
    ['no hardware', GOOD.replace(/hardware:.*\n/, ''), /hardware/],
    ['zero GPUs', GOOD.replace('count: 1', 'count: 0'), /count/],
  ])('flags %s, as the CLI does', (_label, text, cliSays) => {
    expect(cli(text).problems.map((p) => p.message).join('\n')).toMatch(cliSays);
    expect(validate(parse(text))).toBe(false);
  });

  it('lists the accelerator ids, methods and catalog model ids where a language server completes them', () => {
    const job = (schema.anyOf as Record<string, Record<string, Record<string, unknown>>>[])[0]!.properties!;
    const enums = (node: unknown): unknown[] => ((node as { anyOf?: { enum?: unknown[] }[] }).anyOf ?? []).flatMap((b) => b.enum ?? []);
    const gpu = (job.hardware!.properties as Record<string, unknown>).gpu;
    expect(enums(gpu)).toEqual(expect.arrayContaining(['h100-80gb', 'a100-40gb', 'rtx-4090', 'auto']));
    expect(enums(job.method)).toEqual(['pretrain', 'full', 'lora', 'qlora']);
    expect(enums((job.model!.anyOf as unknown[])[0])).toEqual(expect.arrayContaining(['llama-3.1-8b', 'mixtral-8x7b']));
  });
});
