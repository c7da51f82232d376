import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { manifestJsonSchema } from '../src/manifest/json-schema.js';

/** Every key path the JSON Schema defines, dotted (jobs' items and the model union folded in). */
function schemaKeys(node: unknown, prefix: string, out: Set<string>): void {
  if (!node || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  for (const [k, v] of Object.entries((n.properties as Record<string, unknown>) ?? {})) {
    const path = k === 'jobs' ? 'jobs' : prefix + k;
    out.add(path);
    if (k !== 'jobs') schemaKeys(v, path + '.', out);
    else schemaKeys((v as { items?: unknown }).items, '', out);
  }
  for (const alt of (n.anyOf as unknown[]) ?? []) schemaKeys(alt, prefix, out);
}

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('starts with the two commands a newcomer needs', () => {
    const head = readme.split('\n').slice(0, 15).join('\n');
    expect(head).toContain('node dist/cli.js');
    expect(head).toContain('npm ci && npm test');
  });

  it('lists every manifest key of the schema in its reference table, and no other', () => {
    const keys = new Set<string>();
    schemaKeys(manifestJsonSchema(), '', keys);
    const section = readme.split('## Manifest reference (v1)')[1]!.split('\n## ')[0]!;
    const documented = new Set([...section.matchAll(/^\| `([a-z_.]+)` \|/gm)].map((m) => m[1]!));
    expect([...keys].filter((k) => !documented.has(k)).sort()).toEqual([]);
    expect([...documented].filter((k) => !keys.has(k)).sort()).toEqual([]);
  });

  it('documents every input and output of action.yml, and no other', () => {
    const action = parseYaml(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    const section = readme.split('## GitHub Action')[1]!.split('\n## ')[0]!;
    const names = new Set([...section.matchAll(/^\| (`[^|]+`) \|/gm)].flatMap((m) => [...m[1]!.matchAll(/`([a-z0-9-]+)`/g)].map((x) => x[1]!)));
    const declared = [...Object.keys(action.inputs), ...Object.keys(action.outputs)];
    expect(declared.filter((n) => !names.has(n))).toEqual([]);
    expect([...names].filter((n) => !declared.includes(n))).toEqual([]);
  });
});
