import { readFileSync } from 'node:fs';
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
    const documented = new Set([...readme.matchAll(/^\| `([a-z_.]+)` \|/gm)].map((m) => m[1]!).filter((k) => !['validate', 'schema', 'estimate'].includes(k)));
    documented.delete('models');
    expect([...keys].filter((k) => !documented.has(k)).sort()).toEqual([]);
    expect([...documented].filter((k) => !keys.has(k) && !k.endsWith('.yaml')).sort()).toEqual([]);
  });
});
