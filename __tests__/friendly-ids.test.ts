import { parseManifest } from '../src/manifest/load.js';
import { acceleratorHint } from '../src/manifest/gpu-names.js';

const manifest = (gpu: string, method = 'qlora') => `name: bot
model: llama-3.1-8b
method: ${method}
data: { tokens: 20M }
hardware: { gpu: "${gpu}", count: 1 }
`;
const say = (text: string) => parseManifest(text, { file: 'x.train.yaml', repoPath: 'x.train.yaml', readRepoFile: () => ({ ok: false, error: 'none' }) }).problems.map((p) => `${p.line}:${p.col}: ${p.message}`);

describe('friendlier ids', () => {
  it('method and precision are case-insensitive like the ids', () => {
    const r = parseManifest(manifest('rtx-4090', 'QLoRA').replace('method', 'precision: BF16\nmethod'), { file: 'x.train.yaml', repoPath: 'x.train.yaml', readRepoFile: () => ({ ok: false, error: 'none' }) });
    expect(r.problems).toEqual([]);
    expect(r.jobs[0]!.method).toBe('qlora');
    expect(r.jobs[0]!.precision).toBe('bf16');
    // A word that is no spelling of a method is still an error quoting what was written.
    expect(say(manifest('rtx-4090', 'QLoRAX')).join('\n')).toMatch(/^3:9: .*"QLoRAX"/);
  });

  // Marketing names: the catalog's own names (NVIDIA H100 SXM5 80GB) lead to its ids, where edit distance does not.
  it.each([
    ['H100 SXM', ['h100-80gb']],
    ['h100-sxm5', ['h100-80gb']],
    ['NVIDIA H100 80GB', ['h100-80gb', 'h100-pcie']],
    ['A100 SXM', ['a100-40gb', 'a100-80gb']],
    ['A100 PCIe', ['a100-80gb-pcie']],
    ['rtx4090', ['rtx-4090']],
    ['GeForce RTX 3090', ['rtx-3090']],
    ['Tesla V100', ['v100-16gb', 'v100-32gb']],
  ])('"%s" suggests %j', (typed, ids) => {
    const message = say(manifest(typed)).join('\n');
    expect(message).toContain(`5:18: unknown accelerator "${typed}" (did you mean`);
    const suggested = [...message.matchAll(/"([a-z0-9-]+)", the /g)].map((m) => m[1]);
    expect(suggested).toEqual(ids);
  });

  it('a typo that names no part falls back to the closest ids (h100-90gb)', () => {
    expect(acceleratorHint('h100-90gb')).toBe('');
    expect(say(manifest('h100-90gb')).join('\n')).toMatch(/unknown accelerator "h100-90gb" \(did you mean "h100-80gb"/);
  });

  it.each(['RTX 4090 Laptop', 'RTX 4090 Laptop GPU 16 GB', 'GeForce RTX 3080 Mobile', 'RTX 4080 Max-Q', 'RTX 4090M'])('laptop part "%s": a clear error, never the desktop id', (typed) => {
    const message = say(manifest(typed)).join('\n');
    expect(message).toContain(`unknown accelerator "${typed}": laptop GPUs are not in the catalog`);
    expect(message).not.toContain('did you mean');
  });
});
