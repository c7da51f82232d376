import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discoverManifests, globToRegExp, loadManifestFile } from '../src/manifest/files.js';
import { parseManifest } from '../src/manifest/load.js';

function repo(): string {
  const root = mkdtempSync(join(tmpdir(), 'tb-files-'));
  mkdirSync(join(root, 'a', 'b'), { recursive: true });
  mkdirSync(join(root, 'node_modules', 'x'), { recursive: true });
  for (const f of ['a/one.train.yaml', 'a/b/two.train.yml', 'a/b/notes.yaml', 'node_modules/x/dep.train.yaml', 'top.train.yaml']) writeFileSync(join(root, f), 'name: x\n');
  return root;
}

describe('finding manifests', () => {
  it('expands folders to every *.train.yaml / *.train.yml below them, skipping node_modules', () => {
    expect(discoverManifests(['.'], repo()).files).toEqual(['a/b/two.train.yml', 'a/one.train.yaml', 'top.train.yaml']);
  });

  it('expands globs with ** and {a,b}', () => {
    const root = repo();
    expect(discoverManifests(['**/*.train.{yaml,yml}'], root).files).toEqual(['a/b/two.train.yml', 'a/one.train.yaml', 'top.train.yaml']);
    expect(discoverManifests(['a/*.train.yaml'], root).files).toEqual(['a/one.train.yaml']);
    expect(globToRegExp('**/*.train.yaml').test('top.train.yaml')).toBe(true);
    expect(globToRegExp('a/*.yaml').test('a/b/c.yaml')).toBe(false);
  });

  it('several globs over one tree (the action\'s defaults; the walk is shared) find what each finds alone', () => {
    const root = repo();
    const alone = (p: string) => discoverManifests([p], root);
    const both = discoverManifests(['**/*.train.yaml', '**/*.train.yml', '**/*.md'], root);
    expect(both.files).toEqual([...new Set([...alone('**/*.train.yaml').files, ...alone('**/*.train.yml').files])].sort());
    expect(both.files).toEqual(['a/b/two.train.yml', 'a/one.train.yaml', 'top.train.yaml']);
    expect(both.unmatched).toEqual(['**/*.md']);
    expect(both.problems).toEqual([]);
  });

  it('lists patterns that match nothing, and refuses paths outside the root', () => {
    const root = repo();
    const d = discoverManifests(['nothing/*.train.yaml', '../'], root);
    expect(d.unmatched).toEqual(['nothing/*.train.yaml']);
    expect(d.problems.map((p) => p.message)).toEqual([expect.stringContaining('is outside the repository root')]);
  });

  it('finds manifests by real paths: a named link out of the root is refused, a walk never follows links', () => {
    const outside = mkdtempSync(join(tmpdir(), 'tb-outside-'));
    writeFileSync(join(outside, 'far.train.yaml'), 'name: x\n');
    const root = repo();
    symlinkSync(join(outside, 'far.train.yaml'), join(root, 'far.train.yaml'));
    symlinkSync(outside, join(root, 'a', 'away'));
    symlinkSync(join(root, 'top.train.yaml'), join(root, 'a', 'b', 'near.train.yaml'));
    // Named: its real path decides (outside: refused; a link inside the root: found under its real name).
    const named = discoverManifests(['far.train.yaml', 'a/b/near.train.yaml'], root);
    expect(named.files).toEqual(['top.train.yaml']);
    expect(named.problems.map((p) => p.message)).toEqual([`"far.train.yaml" is outside the repository root ${root}: refused`]);
    // Walked (folders and globs): links are neither files nor folders to the walk, so neither is found.
    for (const pattern of ['.', 'a', '**/*.train.yaml', 'a/**/*.train.{yaml,yml}']) {
      const d = discoverManifests([pattern], root);
      expect(d.files.filter((f) => f.includes('far') || f.includes('near') || f.includes('away'))).toEqual([]);
      expect(d.problems).toEqual([]);
    }
    expect(discoverManifests(['a/**/*.train.{yaml,yml}'], root).files).toEqual(['a/b/two.train.yml', 'a/one.train.yaml']);
  });

  it('will not follow a symbolic link out of the repository to read a config', () => {
    const outside = mkdtempSync(join(tmpdir(), 'tb-outside-'));
    writeFileSync(join(outside, 'config.json'), JSON.stringify({ model_type: 'llama', num_hidden_layers: 1, hidden_size: 8, intermediate_size: 8, num_attention_heads: 1, vocab_size: 8 }));
    const root = repo();
    symlinkSync(join(outside, 'config.json'), join(root, 'config.json'));
    writeFileSync(join(root, 'j.train.yaml'), 'name: j\nmodel: { config: config.json }\nmethod: full\ndata: { tokens: 1M }\nhardware: { gpu: l4 }\n');
    const r = loadManifestFile(root, 'j.train.yaml', undefined, parseManifest);
    expect(r.problems.map((p) => `${p.line}:${p.col}: ${p.message}`)).toEqual([
      '2:18: config "config.json": resolves outside the repository (through a symbolic link): refused',
    ]);
  });
});
