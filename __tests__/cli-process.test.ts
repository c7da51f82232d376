import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliProcess } from './helpers/process.js';

/** The bundled dist/cli.js, run as a child process with plain node (no ts, no node_modules needed). */
describe('bundled CLI (dist/cli.js)', () => {
  it('validates the shipped examples: exit 0', () => {
    const r = runCliProcess(['validate', 'examples/']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^ok: 6 manifests, 6 jobs valid\n$/);
    expect(r.status).toBe(0);
  });

  it('prints every problem as file:line:col: message and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tb-cli-'));
    mkdirSync(join(dir, 'jobs'));
    writeFileSync(join(dir, 'jobs', 'a.train.yaml'), 'name: a\nmodel: llama-3.1-8b\nmethod: ful\ndata: { tokens: 1B }\nhardware: { gpu: h100 }\n');
    writeFileSync(join(dir, 'jobs', 'b.train.yml'), 'name: b\nname: c\n');
    writeFileSync(join(dir, 'jobs', 'ignored.yaml'), 'not: a manifest\n');
    const r = runCliProcess(['validate', '.'], dir);
    expect(r.status).toBe(2);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      'jobs/a.train.yaml:3:9: "method" must be one of pretrain | full | lora | qlora, got "ful" (did you mean "full"?)',
      'jobs/a.train.yaml:5:18: unknown accelerator "h100" (did you mean "h100-80gb", "h100-nvl", "h100-pcie"?)',
      'jobs/b.train.yml:2:1: duplicate key: each key may appear once in a mapping',
    ]);
    expect(r.stderr).toBe('3 problems in 2 files\n');
    expect(r.stdout + r.stderr).not.toMatch(/\bat \S+ \(/); // no stack trace
  });

  it('accepts globs and reports a path that matches nothing', () => {
    const ok = runCliProcess(['validate', 'examples/**/*-a100-*.train.yaml']);
    expect(ok.stdout).toBe('ok: 2 manifests, 2 jobs valid\n');
    const none = runCliProcess(['validate', 'examples/nothing-*.train.yaml']);
    expect(none.status).toBe(2);
    expect(none.stdout).toContain('no *.train.yaml or *.train.yml manifests match "examples/nothing-*.train.yaml"');
  });

  it('refuses manifests outside the repository root, saying how to set it', () => {
    const r = runCliProcess(['validate', '../', '--root', '.'], join(process.cwd(), 'examples'));
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('is outside the repository root');
    expect(r.stdout).toContain('(set the repository root with --root DIR)');
    // Without --root the root is the git top level above the path, where ../ is inside.
    const top = runCliProcess(['validate', '../examples'], join(process.cwd(), 'examples'));
    expect(top.stdout).toBe('ok: 6 manifests, 6 jobs valid\n');
  });

  it('prints the JSON Schema, the same as the committed file', () => {
    const r = runCliProcess(['schema']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync('schema/training-job.schema.json', 'utf8'));
  });

  it('treats unknown commands and flags as usage errors with a hint (exit 2)', () => {
    const cmd = runCliProcess(['validat']);
    expect(cmd.status).toBe(2);
    expect(cmd.stderr).toContain('unknown command "validat" (did you mean validate?)');
    const flag = runCliProcess(['validate', '--roots', '.']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--roots'");
    expect(flag.stderr).toContain('did you mean --root?');
  });

  it('has --help on every command', () => {
    for (const c of ['validate', 'schema', 'estimate', 'models', 'gpus']) {
      const r = runCliProcess([c, '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: train-budget ${c}`));
    }
  });
});
