import { parseSource } from '../src/import/source.js';
import { MAX_NESTING } from '../src/manifest/depth.js';
import type { Problem } from '../src/manifest/types.js';
import { parseYaml } from '../src/settings/yaml.js';

// Issue 12: 100,000 nested `[` overflowed the parser's stack. Manifests were bounded first; the trainer configs a
// manifest imports and train-budget.yml are YAML a pull request writes too, so they get the same bound.
const bomb = 'a: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n';

describe('nesting bound on imported configs and the settings file', () => {
  it('an imported config nested 100,000 deep is one located problem, not a stack overflow', () => {
    const problems: Problem[] = [];
    expect(parseSource(bomb, 'cfg/qlora.yml', 'the imported config', problems)).toBeNull();
    expect(problems).toHaveLength(1);
    // The 65th `[` is where it goes too deep: "a: " is 3 characters, so column 3 + 65.
    expect(problems[0]).toMatchObject({ file: 'cfg/qlora.yml', line: 1, col: 3 + MAX_NESTING + 1 });
    expect(problems[0]!.message).toMatch(/deeper than 64 levels/);
  });

  it('train-budget.yml nested 100,000 deep is one located problem', () => {
    const r = parseYaml(bomb, 'train-budget.yml', 'train-budget.yml');
    expect(r.data).toBeNull();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 1, col: 3 + MAX_NESTING + 1 });
  });

  it('a config at a normal depth still parses', () => {
    const problems: Problem[] = [];
    expect(parseSource('base_model: x\nlora_target_modules: [q_proj, v_proj]\n', 'c.yml', 'the imported config', problems)).not.toBeNull();
    expect(problems).toEqual([]);
  });
});
