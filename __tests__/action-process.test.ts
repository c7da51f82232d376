import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** dist/index.js run the way the Actions runner runs it: INPUT_* variables and a workspace. */
function runAction(workspace: string, inputs: Record<string, string>) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: workspace };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return spawnSync(process.execPath, [resolve('dist/index.js')], { cwd: workspace, env, encoding: 'utf8' });
}

describe('bundled action (dist/index.js) on manifests', () => {
  it('raises each manifest problem as an error annotation with file, line and column, and fails', () => {
    const ws = mkdtempSync(join(tmpdir(), 'tb-action-'));
    writeFileSync(join(ws, 'bad.train.yaml'), 'name: x\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: 1B }\nhardware: { gpu: h100-80gb, count: 0 }\n');
    const r = runAction(ws, { manifests: '**/*.train.yaml', 'working-directory': '.' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error title=Invalid training-job manifest,file=bad.train.yaml,line=5,col=36::"count" must be greater than 0, got 0');
  });
});
