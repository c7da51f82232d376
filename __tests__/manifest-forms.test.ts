import { parse, problemsOf, MINIMAL } from './helpers/manifest.js';

describe('manifest v1: accepted forms and defaults', () => {
  it('applies every documented default to a minimal job', () => {
    const r = parse(MINIMAL);
    expect(problemsOf(r)).toEqual([]);
    const job = r.jobs[0]!;
    expect(job.model).toEqual({ kind: 'catalog', id: 'llama-3.1-8b' });
    expect(job.precision).toBe('bf16');
    expect(job.optimizer).toBe('adamw');
    expect(job.lora).toBeNull();
    expect(job.data).toEqual({ tokens: 1e9, epochs: 1 });
    expect(job.training).toEqual({ sequence_length: 2048, micro_batch_size: 1, global_batch_size: null, gradient_checkpointing: 'none', flash_attention: true, loss: 'standard', master_weights: true, optimizer_in_backward: false });
    expect(job.hardware).toEqual({ gpu: 'h100-80gb', count: 'auto', gpus: ['h100-80gb'], gpu_choice: 'one', max_count: 4096, network_gbps: null });
    expect(job.plan).toEqual({ objective: 'cost', deadline_hours: null, max_cost_usd: null });
    expect(job.parallelism).toEqual({ zero: null, tensor: 1, pipeline: 1, sequence_parallel: true, offload: 'none', expert: 1 });
    expect(job.pricing).toEqual({ provider: null, market: 'on_demand', region: null, gpu_hour_usd: null });
    expect(job.checkpoints.keep).toBe(2);
    expect(job.index).toBeNull();
  });

  it('accepts a catalog id in any case and resolves aliases', () => {
    const r = parse(MINIMAL.replace('llama-3.1-8b', 'Llama-3-8B').replace('h100-80gb', 'H100-80GB'));
    expect(problemsOf(r)).toEqual([]);
    expect(r.jobs[0]!.model).toEqual({ kind: 'catalog', id: 'llama-3.1-8b' });
    expect(r.jobs[0]!.hardware.gpu).toBe('h100-80gb');
  });

  it('accepts { parameters } with a suffixed count', () => {
    const r = parse(MINIMAL.replace('model: llama-3.1-8b', 'model:\n  parameters: 7B'));
    expect(r.jobs[0]!.model).toEqual({ kind: 'parameters', parameters: 7e9 });
  });

  it('accepts { architecture } and fills kv_heads, gated_mlp, tied_embeddings', () => {
    const r = parse(
      MINIMAL.replace(
        'model: llama-3.1-8b',
        'model:\n  architecture:\n    layers: 4\n    hidden_size: 512\n    intermediate_size: 1024\n    attention_heads: 8\n    vocab_size: 1000\n',
      ),
    );
    expect(problemsOf(r)).toEqual([]);
    expect(r.jobs[0]!.model).toEqual({
      kind: 'architecture', from: 'manifest',
      architecture: { layers: 4, hidden_size: 512, intermediate_size: 1024, attention_heads: 8, kv_heads: 8, vocab_size: 1000, tied_embeddings: false, gated_mlp: true, experts: 1, experts_per_token: 1 },
    });
  });

  it('accepts { config } relative to the manifest and reads a Hugging Face config.json', () => {
    const config = JSON.stringify({ model_type: 'mixtral', num_hidden_layers: 32, hidden_size: 4096, intermediate_size: 14336, num_attention_heads: 32, num_key_value_heads: 8, vocab_size: 32000, num_local_experts: 8, num_experts_per_tok: 2 });
    const r = parse(MINIMAL.replace('model: llama-3.1-8b', 'model:\n  config: ../models/mix/config.json'), { 'models/mix/config.json': config });
    expect(problemsOf(r)).toEqual([]);
    const m = r.jobs[0]!.model;
    expect(m.kind).toBe('architecture');
    if (m.kind !== 'architecture') return;
    expect(m.from).toBe('config');
    expect(m.config_path).toBe('models/mix/config.json');
    expect(m.architecture).toMatchObject({ layers: 32, kv_heads: 8, experts: 8, experts_per_token: 2, tied_embeddings: false });
  });

  it('reads Gemma 2 configs with their own defaults (tied embeddings, head_dim, four norms)', () => {
    const config = JSON.stringify({ model_type: 'gemma2', num_hidden_layers: 42, hidden_size: 3584, intermediate_size: 14336, num_attention_heads: 16, num_key_value_heads: 8, head_dim: 256, vocab_size: 256000 });
    const r = parse(MINIMAL.replace('model: llama-3.1-8b', 'model: { config: config.json }'), { 'jobs/config.json': config });
    const m = r.jobs[0]!.model;
    expect(m.kind === 'architecture' && m.architecture).toMatchObject({ tied_embeddings: true, head_dim: 256, norms_per_layer: 4 });
  });

  it('reads a jobs: list, one job each, with its index and positions', () => {
    const two = `version: 1\njobs:\n  - ${MINIMAL.trim().split('\n').join('\n    ')}\n  - ${MINIMAL.replace('name: j', 'name: k').trim().split('\n').join('\n    ')}\n`;
    const r = parse(two);
    expect(problemsOf(r)).toEqual([]);
    expect(r.jobs.map((j) => [j.name, j.index])).toEqual([['j', 0], ['k', 1]]);
    // The second job's hardware: key stands on line 15 (3 + 6 lines of job 1 + 6 of job 2), column 5.
    expect(r.jobs[1]!.positions['hardware']).toEqual({ line: 15, col: 5 });
  });

  it('maps gradient_checkpointing true/false to full/none and keeps the named modes', () => {
    const withCk = (v: string) => parse(MINIMAL + `training:\n  gradient_checkpointing: ${v}\n`).jobs[0]!.training.gradient_checkpointing;
    expect(withCk('true')).toBe('full');
    expect(withCk('false')).toBe('none');
    expect(withCk('selective')).toBe('selective');
  });

  it('gives LoRA jobs rank 16 on all linear layers by default', () => {
    const r = parse(MINIMAL.replace('method: full', 'method: qlora'));
    expect(r.jobs[0]!.lora).toEqual({ rank: 16, targets: 'all_linear' });
  });

  it('records key positions for annotations', () => {
    const r = parse(MINIMAL);
    expect(r.jobs[0]!.positions['data.tokens']).toEqual({ line: 5, col: 3 });
    expect(r.jobs[0]!.positions['hardware']).toEqual({ line: 6, col: 1 });
  });
});
