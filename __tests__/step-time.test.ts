import { findAccelerator } from '../src/catalog/accelerators.js';
import { estimateJob } from '../src/estimate/estimate.js';
import { job } from './helpers/job.js';
import { parse, problemsOf } from './helpers/manifest.js';

/** The step-time model: compute + exposed communication + offload + bubble, each a named term. */
const base = (extra: Record<string, string> = {}) => {
  const keys = {
    model: 'llama-2-70b',
    method: 'pretrain',
    precision: 'bf16',
    data: '{ tokens: 10B }',
    training: '{ sequence_length: 4096, micro_batch_size: 1, gradient_checkpointing: full }',
    hardware: '{ gpu: h100-80gb, count: 64 }',
    parallelism: '{ zero: 1, tensor: 8 }',
    ...extra,
  };
  return job(`name: t\n${Object.entries(keys).map(([k, v]) => `${k}: ${v}`).join('\n')}\n`);
};

describe('step time as a sum of named terms', () => {
  it('adds its terms up to the step total, and the time follows the step', () => {
    const e = estimateJob(base());
    const s = e.compute.step_seconds;
    expect(s.compute + s.data_parallel + s.tensor_parallel + s.offload + s.bubble).toBeCloseTo(s.total, 12);
    // tokens/s per GPU = the tokens a model replica of tensor x pipeline GPUs processes per step, over the step
    expect(e.compute.tokens_per_gpu_second).toBeCloseTo(s.tokens / 8 / s.total, 6);
    // GPU-hours = tokens / (tokens/s per GPU) / goodput
    expect(e.compute.gpu_hours.expected).toBeCloseTo(e.compute.tokens / e.compute.tokens_per_gpu_second / 3600 / e.compute.goodput, 3);
    expect(e.compute.goodput).toBe(0.9); // 64 GPUs span 8 nodes
  });

  it('never makes a job faster by turning sequence parallelism off (it only adds memory-bound work)', () => {
    for (const [gpu, count, tensor, net] of [['h100-80gb', 64, 8, ''], ['a100-80gb', 16, 4, ''], ['rtx-4090', 8, 4, ', network_gbps: 10'], ['h100-80gb', 8, 2, '']] as const) {
      const hw = `{ gpu: ${gpu}, count: ${count}${net} }`;
      for (const zero of [1, 3]) {
        const on = estimateJob(base({ model: 'llama-2-7b', hardware: hw, parallelism: `{ zero: ${zero}, tensor: ${tensor}, sequence_parallel: true }` }));
        const off = estimateJob(base({ model: 'llama-2-7b', hardware: hw, parallelism: `{ zero: ${zero}, tensor: ${tensor}, sequence_parallel: false }` }));
        expect(off.compute.gpu_hours.expected).toBeGreaterThanOrEqual(on.compute.gpu_hours.expected);
      }
    }
  });

  it('never exceeds 100% hardware utilisation, even with a given MFU of 1 and full recomputation', () => {
    const e = estimateJob(base({ efficiency: '{ mfu: 1 }' }));
    expect(e.compute.hfu).toBeLessThanOrEqual(1 + 1e-12);
    expect(e.compute.mfu).toBeLessThan(1);
    expect(e.assumptions.join('\n')).toMatch(/capped/);
  });

  it('runs only the linear layers at the fp8 rate: fp8 is 1.2-1.5x faster than bf16 for a 70B model on H100, not 2x', () => {
    // Published fp8 speed-ups: 1.2-1.4x end to end (issue 8; llm-foundry's H100 tables: 3B at 2,048 tokens,
    // 30,586 tokens/s/GPU in fp8 on 8 GPUs against 24,142 in bf16 on 16 GPUs, 1.27x).
    const training = '{ sequence_length: 4096, micro_batch_size: 1, global_batch_size: 256, gradient_checkpointing: full }';
    const bf16 = estimateJob(base({ training }));
    const fp8 = estimateJob(base({ training, precision: 'fp8' }));
    const speedup = fp8.compute.tokens_per_gpu_second / bf16.compute.tokens_per_gpu_second;
    expect(speedup).toBeGreaterThan(1.2);
    expect(speedup).toBeLessThan(1.5);
  });

  it('bounds a step by reading the weights when a micro-batch holds few tokens (8B LoRA, 128 tokens)', () => {
    const e = estimateJob(job(`name: l\nmodel: llama-3.1-8b\nmethod: lora\ndata: { tokens: 100M }\ntraining: { sequence_length: 128, micro_batch_size: 1 }\nhardware: { gpu: h100-80gb, count: 1 }\n`));
    expect(e.compute.step_seconds.linear_bound).toBe('weights');
    // By hand: forward and input-gradient passes read each 16-bit weight twice per micro-batch:
    // 2 x 2 bytes x 8.03e9 parameters / 3.35 TB/s = 9.6 ms, for 128 tokens x ~(4 x 7.5e9) FLOPs of model work.
    const gpu = findAccelerator('h100-80gb')!;
    const readSeconds = (2 * 2 * e.parameters.total) / (gpu.memory_bandwidth_tbps * 1e12);
    const cap = ((e.compute.flops / e.compute.tokens) * 128) / (gpu.tflops.bf16! * 1e12 * readSeconds);
    expect(cap).toBeLessThan(0.45);
    expect(e.compute.mfu).toBeLessThanOrEqual(cap);
    // and well below what the same job reaches with 16 sequences of 2,048 tokens per micro-batch
    const big = estimateJob(job(`name: l\nmodel: llama-3.1-8b\nmethod: lora\ndata: { tokens: 100M }\ntraining: { sequence_length: 2048, micro_batch_size: 16 }\nhardware: { gpu: h100-80gb, count: 1 }\n`));
    expect(big.compute.step_seconds.linear_bound).toBe('compute');
    expect(e.compute.mfu).toBeLessThan(big.compute.mfu * 0.8);
  });

  it('charges CPU offload its PCIe traffic and CPU optimizer step: optimizer offload is slower than none, parameter offload slower still', () => {
    const y = (offload: string) => estimateJob(job(`name: o\nmodel: llama-2-13b\nmethod: full\ndata: { tokens: 1B }\ntraining: { sequence_length: 2048, micro_batch_size: 4, global_batch_size: 32 }\nhardware: { gpu: a100-80gb, count: 8 }\nparallelism: { zero: 3, offload: ${offload} }\n`));
    const none = y('none');
    const opt = y('optimizer');
    const params = y('optimizer_and_params');
    expect(none.compute.step_seconds.offload).toBe(0);
    expect(opt.compute.step_seconds.offload).toBeGreaterThan(0);
    expect(opt.compute.gpu_hours.expected).toBeGreaterThan(none.compute.gpu_hours.expected);
    expect(params.compute.gpu_hours.expected).toBeGreaterThan(opt.compute.gpu_hours.expected);
    // By hand, the CPU step alone: 13.0B / 8 GPUs per shard x 8 GPUs per node x 30 bytes / 100 GB/s = 3.9 s per step
    expect(opt.compute.step_seconds.offload).toBeGreaterThan((13.0e9 * 30) / 100e9);
  });

  it('takes the network between nodes from hardware.network_gbps, and says in words when it dominates a step', () => {
    const ib = estimateJob(base({ model: 'llama-2-7b', hardware: '{ gpu: h100-80gb, count: 16, network_gbps: 400 }', parallelism: '{ zero: 3 }' }));
    const catalog = estimateJob(base({ model: 'llama-2-7b', hardware: '{ gpu: h100-80gb, count: 16 }', parallelism: '{ zero: 3 }' }));
    expect(catalog.compute.step_seconds).toEqual(ib.compute.step_seconds); // H100 clusters: one 400 Gb/s NIC per GPU
    const slow = estimateJob(base({ model: 'llama-2-7b', hardware: '{ gpu: h100-80gb, count: 16, network_gbps: 10 }', parallelism: '{ zero: 3 }' }));
    expect(slow.compute.step_seconds.data_parallel).toBeGreaterThan(ib.compute.step_seconds.data_parallel);
    expect(slow.compute.step_seconds.data_parallel_between_nodes).toBe(true);
    // ZeRO-3 moves 3 x 2 bytes per parameter per micro-batch: 6 x 6.74e9 / (10 Gb/s / 8 x 0.8) = 40 s
    // against ~0.5 s of compute: nearly the whole step waits.
    expect(slow.compute.step_seconds.data_parallel / slow.compute.step_seconds.total).toBeGreaterThan(0.9);
    expect(slow.assumptions.join('\n')).toMatch(/\d+% of each step waits on the network between nodes \(10 Gb\/s per GPU, hardware\.network_gbps\).*ZeRO stage 2 or 1/);
    const oneNode = estimateJob(base({ model: 'llama-2-7b', hardware: '{ gpu: h100-80gb, count: 8, network_gbps: 10 }', parallelism: '{ zero: 3 }', training: '{ sequence_length: 4096, micro_batch_size: 4 }' }));
    expect(oneNode.compute.step_seconds.data_parallel_between_nodes).toBe(false);
    expect(oneNode.assumptions.join('\n')).not.toMatch(/of each step waits/);
  });

  it('all-reduces gradients once per optimizer step under ZeRO 0-2: more accumulation, less communication per token', () => {
    const step = (global: number) => estimateJob(base({ model: 'llama-2-7b', training: `{ sequence_length: 4096, micro_batch_size: 1, global_batch_size: ${global} }`, hardware: '{ gpu: a100-80gb, count: 32 }', parallelism: '{ zero: 1 }' })).compute.step_seconds;
    const one = step(32);
    const eight = step(256);
    expect(eight.data_parallel / eight.tokens).toBeLessThan(one.data_parallel / one.tokens);
  });

  it('shards optimizer states (ZeRO-1), not weights, by default with pipeline stages', () => {
    const e = estimateJob(base({ parallelism: '{ tensor: 8, pipeline: 4 }', hardware: '{ gpu: h100-80gb, count: 64 }' }));
    expect(e.parallelism.zero).toBe(1);
  });

  it('says in words when the pipeline bubble takes most of a step', () => {
    const e = estimateJob(base({ hardware: '{ gpu: h100-80gb, count: 64 }', parallelism: '{ tensor: 8, pipeline: 8 }', training: '{ sequence_length: 4096, micro_batch_size: 1, global_batch_size: 1 }' }));
    // 8 stages, 1 micro-batch, 2 chunks per GPU: (8 - 1) / 2 = 3.5 idle slots per working one
    expect(e.compute.step_seconds.bubble / e.compute.step_seconds.total).toBeGreaterThan(0.5);
    expect(e.assumptions.join('\n')).toMatch(/of each step is the pipeline bubble.*global_batch_size/);
  });
});

describe('pipeline bubble with interleaved stages (parallelism.virtual_stages)', () => {
  // Llama 2 70B (80 layers) on 64 H100s, TP 8 x PP 8, global batch 32 at micro-batch 1: m = 32 / (1 x 1) = 32.
  const step = (virtual?: number) =>
    estimateJob(base({ parallelism: `{ tensor: 8, pipeline: 8${virtual ? `, virtual_stages: ${virtual}` : ''} }`, training: '{ sequence_length: 4096, micro_batch_size: 1, global_batch_size: 32, gradient_checkpointing: full }' })).compute.step_seconds;

  it('is (p - 1) / (v x m) of the critical-path work (Narayanan et al. 2021 §2.2.2; Llama Team 2024 §3.3.2)', () => {
    for (const v of [1, 2, 5, 10]) {
      const s = step(v);
      // 8 stages, 32 micro-batches: (8 - 1) / (v x 32) of compute + tensor-parallel time (no expert parallelism here)
      expect(s.bubble).toBeCloseTo(((8 - 1) / (v * 32)) * (s.compute + s.tensor_parallel), 9);
    }
    // Without the key: 2 chunks per GPU (the default); more chunks, less bubble, never the other way round.
    expect(step().bubble).toBeCloseTo(step(2).bubble, 12);
    expect(step(10).total).toBeLessThan(step(2).total);
  });

  it('holds at least one layer per chunk: more chunks than a stage has layers count as one layer each', () => {
    // 80 layers / 8 stages = 10 layers per GPU, so at most 10 chunks; the manifest check says so with its location.
    expect(problemsOf(parse('name: v\nmodel: llama-2-70b\nmethod: pretrain\ndata: { tokens: 1B }\nhardware: { gpu: h100-80gb, count: 64 }\nparallelism: { tensor: 8, pipeline: 8, virtual_stages: 10 }\n'))).toEqual([]);
    expect(problemsOf(parse('name: v\nmodel: llama-2-70b\nmethod: pretrain\ndata: { tokens: 1B }\nhardware: { gpu: h100-80gb, count: 64 }\nparallelism: { tensor: 8, pipeline: 8, virtual_stages: 11 }\n')).join('\n')).toMatch(/virtual_stages \(11\) must be at most the layers each pipeline stage holds \(80 layers \/ 8 stages: 10\)/);
    expect(problemsOf(parse('name: v\nmodel: llama-2-70b\nmethod: pretrain\ndata: { tokens: 1B }\nhardware: { gpu: h100-80gb, count: 8 }\nparallelism: { tensor: 8, virtual_stages: 2 }\n')).join('\n')).toMatch(/virtual_stages \(2\) interleaves pipeline stages, but pipeline is 1/);
  });
});

describe('expert-parallel all-to-all (mixture of experts)', () => {
  // Mixtral 8x7B: 32 MoE layers, h = 4096, 2 experts per token, 8 experts; sequence 4096, micro-batch 1, full
  // recomputation: 4 all-to-alls per layer (dispatch and combine, forward and backward) + 2 for the recomputed
  // forward = 6. H100 nodes: NVLink 450 GB/s, network 50 GB/s per GPU, both at 80% (COLLECTIVE_EFFICIENCY).
  const moe = (count: number, parallelism: string) =>
    estimateJob(base({ model: 'mixtral-8x7b', hardware: `{ gpu: h100-80gb, count: ${count} }`, parallelism })).compute.step_seconds;

  it('inside one node: tokens x 2 x h x 2 bytes, 7/8 of it to the other GPUs over NVLink, 6 times per layer', () => {
    const s = moe(16, '{ zero: 3, expert: 8 }');
    const buffer = 4096 * 2 * 4096 * 2; // 67,108,864 bytes per all-to-all
    const perMicro = 32 * 6 * ((buffer * 7) / 8 / (450e9 * 0.8)); // 0.0313 s
    const micro = s.tokens / 4096;
    expect(s.expert_parallel).toBeCloseTo(perMicro * micro, 9);
    expect(s.compute + s.data_parallel + s.tensor_parallel + s.offload + s.bubble + s.expert_parallel).toBeCloseTo(s.total, 12);
  });

  it('across nodes: tensor 2 leaves 4 expert ranks per node, so half of each buffer crosses the network', () => {
    const s = moe(16, '{ zero: 3, tensor: 2, expert: 8 }');
    const buffer = (4096 / 2) * 2 * 4096 * 2; // sequence parallelism: each tensor rank dispatches half the tokens
    const inNode = (buffer * 3) / 8 / (450e9 * 0.8);
    const network = (buffer * 4) / 8 / (50e9 * 0.8);
    expect(network).toBeGreaterThan(inNode);
    expect(s.expert_parallel).toBeCloseTo(32 * 6 * network * (s.tokens / 4096), 9);
  });

  it('costs nothing without expert parallelism, and the assumptions say which applies', () => {
    expect(moe(16, '{ zero: 3 }').expert_parallel).toBe(0);
    const e = estimateJob(base({ model: 'mixtral-8x7b', hardware: '{ gpu: h100-80gb, count: 16 }', parallelism: '{ zero: 3, expert: 8 }' }));
    expect(e.assumptions.join('\n')).toContain('expert-parallel all-to-all (8 ranks) counted on the critical path');
    expect(e.compute.hfu).toBeLessThanOrEqual(1);
  });
});
