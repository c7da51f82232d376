import type { Accelerator } from '../catalog/accelerators.js';
import { hostRamOf } from '../catalog/host-ram.js';
import type { Job, Offload, Optimizer, Precision } from '../manifest/types.js';
import type { Layout } from './layout.js';
import { GIB, optimizerBytes } from './memory.js';

/**
 * DeepSpeed's own estimate of the CPU memory offload needs adds half again for buffers (pinned staging buffers,
 * the CPU Adam's work space): `additional_buffer_factor=1.5` in deepspeed/runtime/zero/stage3.py
 * estimate_zero3_model_states_mem_needs (and stage_1_and_2.py for ZeRO-2).
 */
export const OFFLOAD_BUFFER_FACTOR = 1.5;

/**
 * What ZeRO-Offload keeps in host memory per GPU: fp32 gradients and the optimizer states with their master copy
 * (4 + 12 = 16 bytes per parameter with AdamW), and with parameter offload the 16-bit weights too (18 bytes: the
 * 16 and 18 of DeepSpeed's estimator), sharded like on the GPU (tensor x pipeline, and the data-parallel ranks
 * from ZeRO-1 on). Zero without offload.
 */
export function offloadedBytesPerGpu(job: Pick<Job, 'optimizer' | 'precision' | 'training' | 'parallelism'>, trainable: number, layout: Pick<Layout, 'tensor' | 'pipeline' | 'data_parallel' | 'zero'>): number {
  return offloadedBytes(job.parallelism.offload, job.optimizer, job.precision, job.training.master_weights, trainable, layout);
}

/** offloadedBytesPerGpu from the keys it reads (the planner's memory checks build no job: SetupScorer). */
export function offloadedBytes(offload: Offload, optimizer: Optimizer, precision: Precision, masterWeights: boolean, trainable: number, layout: Pick<Layout, 'tensor' | 'pipeline' | 'data_parallel' | 'zero'>): number {
  if (offload === 'none') return 0;
  const perParameter = 4 + optimizerBytes(optimizer, precision, masterWeights) + (offload === 'optimizer_and_params' ? 2 : 0);
  return (perParameter * trainable) / (layout.tensor * layout.pipeline) / (layout.zero >= 1 ? layout.data_parallel : 1);
}

export interface HostMemory {
  /** Host RAM the offload needs on the most loaded node, bytes (with DeepSpeed's buffer factor). */
  need_bytes: number;
  /** Host RAM the job has on that node, bytes: its share of the typical server, or hardware.host_ram_gb. */
  available_bytes: number;
  fits: boolean;
  /** Where the available figure comes from, in words. */
  source: string;
}

/**
 * Host memory of one node against what the offload needs there. A rented server's RAM is shared by its GPUs (a
 * job on n of them gets n / GPUs of it); an owned box, or a manifest's `hardware.host_ram_gb`, gives the node
 * all of it.
 */
export function hostMemory(gpu: Accelerator, count: number, offloadedPerGpu: number, hostRamGb: number | null | undefined): HostMemory {
  const onNode = Math.min(count, gpu.gpus_per_node);
  const need = hostNeedBytes(gpu, count, offloadedPerGpu);
  const available = hostAvailableBytes(gpu, count, hostRamGb);
  if (typeof hostRamGb === 'number') return { need_bytes: need, available_bytes: available, fits: need <= available, source: 'hardware.host_ram_gb' };
  const h = hostRamOf(gpu.id);
  const share = h.basis === 'owned' ? `a ${h.server} with ${h.gib} GiB` : onNode === h.gpus ? `${h.server}, ${h.gib} GiB` : `${onNode} / ${h.gpus} of ${h.server}'s ${h.gib} GiB`;
  return { need_bytes: need, available_bytes: available, fits: need <= available, source: `${share} (${h.source})` };
}

/** Host RAM the offload needs on the most loaded node, bytes. */
export function hostNeedBytes(gpu: Accelerator, count: number, offloadedPerGpu: number): number {
  return offloadedPerGpu * Math.min(count, gpu.gpus_per_node) * OFFLOAD_BUFFER_FACTOR;
}

/** Host RAM a job on `count` GPUs has on its most loaded node, bytes (see hostMemory). */
export function hostAvailableBytes(gpu: Accelerator, count: number, hostRamGb: number | null | undefined): number {
  if (typeof hostRamGb === 'number') return hostRamGb * 1e9;
  const h = hostRamOf(gpu.id);
  return h.basis === 'owned' ? h.gib * GIB : (h.gib * GIB * Math.min(count, gpu.gpus_per_node)) / h.gpus;
}
