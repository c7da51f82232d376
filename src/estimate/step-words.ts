import type { Accelerator } from '../catalog/accelerators.js';
import type { Job } from '../manifest/types.js';
import type { StepTime } from './efficiency.js';
import type { Layout } from './layout.js';

/** A term that takes more than this share of a step is named in words, with what fixes it (issue 7, §6). */
export const WORDS_THRESHOLD = 0.5;

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Why a step is slow, in words: when communication, offload or the pipeline bubble takes more than half of
 * each step, say which, how much, and what would fix it. Pure; reads the step's named terms only.
 */
export function stepWords(c: { job: Job; gpu: Accelerator; layout: Layout; step: StepTime }): string[] {
  const { job, gpu, layout, step } = c;
  const out: string[] = [];
  const share = (x: number) => x / step.total;
  if (share(step.data_parallel) > WORDS_THRESHOLD) {
    const where = step.data_parallel_between_nodes
      ? `the network between nodes (${Math.round((job.hardware.network_gbps ?? gpu.inter_node_gbps * 8))} Gb/s per GPU${job.hardware.network_gbps ? ', hardware.network_gbps' : ''})`
      : `the links between GPUs in the node (${gpu.intra_node_gbps} GB/s)`;
    const fixes = [
      ...(layout.zero === 3 ? ['ZeRO stage 2 or 1 (all-reduce gradients once per step instead of gathering weights every micro-batch)'] : ['fewer optimizer steps: a larger global batch (gradient accumulation)']),
      'more tokens per micro-batch (micro_batch_size)',
      ...(step.data_parallel_between_nodes ? ['fewer GPUs in one node, or a faster network'] : []),
      ...(layout.tensor === 1 && gpu.gpus_per_node > 1 ? ['tensor parallelism inside the node'] : []),
    ];
    out.push(`${pct(share(step.data_parallel))} of each step waits on ${where} for data-parallel communication: ${fixes.join('; ')}`);
  }
  if (share(step.tensor_parallel) > WORDS_THRESHOLD) {
    out.push(`${pct(share(step.tensor_parallel))} of each step waits on tensor-parallel all-reduces over ${gpu.interconnect === 'pcie' ? 'PCIe' : 'the links between GPUs'}: a smaller tensor degree (${layout.tensor}), with ZeRO or pipeline stages instead`);
  }
  if (share(step.offload) > WORDS_THRESHOLD) {
    out.push(`${pct(share(step.offload))} of each step is CPU offload (PCIe transfers and the optimizer step on the CPU): more GPUs with ZeRO sharding instead of offload, an 8-bit optimizer, or a larger global batch so the step is amortised over more tokens`);
  }
  if (share(step.expert_parallel) > WORDS_THRESHOLD) {
    out.push(`${pct(share(step.expert_parallel))} of each step is expert-parallel all-to-all (${layout.expert} ranks${layout.expert * layout.tensor > gpu.gpus_per_node ? ', across nodes' : ''}): a smaller expert degree that stays inside one node (expert x tensor at most ${gpu.gpus_per_node}), or a faster network`);
  }
  if (share(step.bubble) > WORDS_THRESHOLD) {
    out.push(`${pct(share(step.bubble))} of each step is the pipeline bubble (${layout.pipeline} stages, ${layout.micro_batches} micro-batches per step): more micro-batches per step (global_batch_size), or fewer pipeline stages`);
  }
  return out;
}
