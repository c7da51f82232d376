import { TABLES } from './tables.js';

/**
 * Accelerator catalog. Every figure is a DENSE peak (no 2:4 structured sparsity): vendor datasheets often
 * print the sparse figure, which is twice as large and never reached by training.
 *
 * Source of each row: `../shared/reference/accelerators.json` (researched 2026, with the quotes it was read
 * from), which cites NVIDIA/AMD datasheets, Lightning's `throughput.py` table of datasheet FLOPS and
 * stas00/ml-engineering's dense TFLOPS table. Rows marked `confirmed: false` hold a figure that the reference
 * could not read in a vendor text; the note says which.
 *
 * memory_gib: GPU memory as marketed. The "GB" of GPU datasheets is binary (an 80 GB A100 has 81,920 MiB),
 * so capacity in bytes is memory_gib * 2^30.
 */

export type Interconnect = 'nvswitch' | 'nvlink-bridge' | 'pcie' | 'infinity-fabric';
export type AcceleratorClass = 'datacenter' | 'workstation' | 'consumer';
export type Generation = 'volta' | 'turing' | 'ampere' | 'ada' | 'hopper' | 'blackwell' | 'cdna2' | 'cdna3';

export interface Accelerator {
  id: string;
  name: string;
  generation: Generation;
  class: AcceleratorClass;
  memory_gib: number;
  memory_bandwidth_tbps: number;
  /** Dense peak TFLOP/s. fp32 is the plain (non-tensor-core) FP32 rate that PyTorch uses by default. */
  tflops: { fp32: number; fp16: number; bf16: number | null; fp8: number | null };
  tdp_w: number;
  interconnect: Interconnect;
  /** One-direction GPU-to-GPU bandwidth inside a node, GB/s (PCIe Gen4 x16 ~ 32, Gen5 ~ 64). */
  intra_node_gbps: number;
  /**
   * Network bandwidth per GPU between nodes, GB/s one direction, for the cluster such GPUs usually sit in:
   * DGX A100 reference design, one 200 Gb/s HDR InfiniBand NIC per GPU (25 GB/s); DGX H100/H200/B200, one
   * 400 Gb/s NDR NIC per GPU (50 GB/s); DGX-1 V100, four 100 Gb/s EDR NICs per 8 GPUs (6.25 GB/s); cloud
   * PCIe instances such as AWS g5/g6 share 100 Gb/s per 8 GPUs (1.5 GB/s); workstations 10 GbE (1.25 GB/s per node).
   */
  inter_node_gbps: number;
  /** Largest number of these GPUs in one server, as sold. */
  gpus_per_node: number;
  confirmed: boolean;
  source: string;
  note?: string;
}

/** The rows are in accelerators-data.ts; the action's bundle reads them as JSON (tables.ts). */
export const ACCELERATORS: readonly Accelerator[] = TABLES.accelerators;

const BY_ID = new Map(ACCELERATORS.map((a) => [a.id, a]));

/** Accelerator ids are case-insensitive. */
export function findAccelerator(id: string): Accelerator | undefined {
  return BY_ID.get(id.trim().toLowerCase());
}

export const ACCELERATOR_IDS: readonly string[] = ACCELERATORS.map((a) => a.id);
