import { runActionProcess, workspace } from './helpers/action-run.js';

describe('bundled action (dist/index.js) on manifests', () => {
  it('raises each manifest problem as an error annotation with file, line and column, and fails', async () => {
    const ws = workspace({ 'bad.train.yaml': 'name: x\nmodel: llama-3.1-8b\nmethod: full\ndata: { tokens: 1B }\nhardware: { gpu: h100-80gb, count: 0 }\n' });
    // A push event: nothing is posted, so no API is needed (the address is never called).
    const r = await runActionProcess({ workspace: ws, apiUrl: 'http://127.0.0.1:9', event: 'push' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error title=Invalid training-job manifest,file=bad.train.yaml,line=5,col=36::"count" must be greater than 0, got 0');
  });
});
