import type { Accelerator } from './accelerators.js';

/**
 * The accelerator catalog's rows, read through accelerators.ts (which says what each figure means and where the
 * figures come from). Only tables.ts imports this module: see there why.
 */
const REF = 'shared/reference/accelerators.json';

export const ACCELERATOR_ROWS: readonly Accelerator[] = [
  {
    id: 'v100-16gb', name: 'NVIDIA V100 SXM2 16GB', generation: 'volta', class: 'datacenter',
    memory_gib: 16, memory_bandwidth_tbps: 0.9, tflops: { fp32: 15.7, fp16: 125, bf16: null, fp8: null },
    tdp_w: 300, interconnect: 'nvswitch', intra_node_gbps: 150, inter_node_gbps: 6.25, gpus_per_node: 8, confirmed: true,
    source: `${REF}: NVIDIA V100 datasheet r5 via Lightning throughput.py (fp32 15.7, fp16 tensor 125), TDP 300 W`,
    note: 'No bf16/fp8 tensor cores: bf16 runs at the fp32 rate.',
  },
  {
    id: 'v100-32gb', name: 'NVIDIA V100 SXM2 32GB', generation: 'volta', class: 'datacenter',
    memory_gib: 32, memory_bandwidth_tbps: 0.9, tflops: { fp32: 15.7, fp16: 125, bf16: null, fp8: null },
    tdp_w: 300, interconnect: 'nvswitch', intra_node_gbps: 150, inter_node_gbps: 6.25, gpus_per_node: 8, confirmed: true,
    source: `${REF}: NVIDIA V100 datasheet r5 via Lightning throughput.py (fp32 15.7, fp16 tensor 125), TDP 300 W`,
    note: 'No bf16/fp8 tensor cores: bf16 runs at the fp32 rate.',
  },
  {
    id: 't4', name: 'NVIDIA T4', generation: 'turing', class: 'datacenter',
    memory_gib: 16, memory_bandwidth_tbps: 0.32, tflops: { fp32: 8.1, fp16: 65, bf16: null, fp8: null },
    tdp_w: 70, interconnect: 'pcie', intra_node_gbps: 16, inter_node_gbps: 1.5, gpus_per_node: 8, confirmed: true,
    source: `${REF}: NVIDIA T4 datasheet via Lightning throughput.py (fp32 8.1, fp16 tensor 65), TDP 70 W`,
    note: 'No bf16 tensor cores. Sustained clocks under the 70 W cap sit well below the boost clock of the peak figure.',
  },
  {
    id: 'a10g', name: 'NVIDIA A10G (AWS G5)', generation: 'ampere', class: 'datacenter',
    memory_gib: 24, memory_bandwidth_tbps: 0.6, tflops: { fp32: 31.2, fp16: 70, bf16: 70, fp8: null },
    tdp_w: 150, interconnect: 'pcie', intra_node_gbps: 32, inter_node_gbps: 1.5, gpus_per_node: 8, confirmed: false,
    source: `${REF} (fp32 31.2, 600 GB/s); TDP 150 W from mlco2/impact gpus.csv`,
    note: 'Tensor rate unconfirmed (sources give 70 or 125 TFLOPS); the lower figure is used.',
  },
  {
    id: 'l4', name: 'NVIDIA L4', generation: 'ada', class: 'datacenter',
    memory_gib: 24, memory_bandwidth_tbps: 0.3, tflops: { fp32: 30.3, fp16: 121, bf16: 121, fp8: 242.5 },
    tdp_w: 72, interconnect: 'pcie', intra_node_gbps: 32, inter_node_gbps: 1.5, gpus_per_node: 8, confirmed: true,
    source: `${REF}: NVIDIA L4 datasheet (bf16 121 dense, fp8 242.5 dense), TDP 72 W`,
  },
  {
    id: 'l40s', name: 'NVIDIA L40S', generation: 'ada', class: 'datacenter',
    memory_gib: 48, memory_bandwidth_tbps: 0.864, tflops: { fp32: 91.6, fp16: 362.05, bf16: 362.05, fp8: 733 },
    tdp_w: 350, interconnect: 'pcie', intra_node_gbps: 32, inter_node_gbps: 6.25, gpus_per_node: 8, confirmed: true,
    source: `${REF}: NVIDIA L40S datasheet (bf16 362.05 dense, fp8 733 dense), TDP 350 W`,
  },
  {
    id: 'a100-40gb', name: 'NVIDIA A100 40GB SXM4', generation: 'ampere', class: 'datacenter',
    memory_gib: 40, memory_bandwidth_tbps: 1.555, tflops: { fp32: 19.5, fp16: 312, bf16: 312, fp8: null },
    tdp_w: 400, interconnect: 'nvswitch', intra_node_gbps: 300, inter_node_gbps: 25, gpus_per_node: 8, confirmed: true,
    source: `${REF}: NVIDIA A100 datasheet (bf16 312 dense, 1,555 GB/s), TDP 400 W, NVLink3 300 GB/s per direction`,
  },
  {
    id: 'a100-80gb', name: 'NVIDIA A100 80GB SXM4', generation: 'ampere', class: 'datacenter',
    memory_gib: 80, memory_bandwidth_tbps: 2.039, tflops: { fp32: 19.5, fp16: 312, bf16: 312, fp8: null },
    tdp_w: 400, interconnect: 'nvswitch', intra_node_gbps: 300, inter_node_gbps: 25, gpus_per_node: 8, confirmed: true,
    source: `${REF}: NVIDIA A100 datasheet (bf16 312 dense, 2,039 GB/s), TDP 400 W, NVLink3 300 GB/s per direction`,
  },
  {
    id: 'a100-80gb-pcie', name: 'NVIDIA A100 80GB PCIe', generation: 'ampere', class: 'datacenter',
    memory_gib: 80, memory_bandwidth_tbps: 1.935, tflops: { fp32: 19.5, fp16: 312, bf16: 312, fp8: null },
    tdp_w: 300, interconnect: 'pcie', intra_node_gbps: 32, inter_node_gbps: 6.25, gpus_per_node: 8, confirmed: true,
    source: `${REF}: NVIDIA A100 datasheet (PCIe 80GB: 1,935 GB/s, 300 W)`,
  },
  {
    id: 'h100-80gb', name: 'NVIDIA H100 SXM5 80GB', generation: 'hopper', class: 'datacenter',
    memory_gib: 80, memory_bandwidth_tbps: 3.35, tflops: { fp32: 67, fp16: 989, bf16: 989, fp8: 1979 },
    tdp_w: 700, interconnect: 'nvswitch', intra_node_gbps: 450, inter_node_gbps: 50, gpus_per_node: 8, confirmed: true,
    source: `${REF}: NVIDIA H100 datasheet (SXM bf16 989 dense, fp8 1,979 dense, 3.35 TB/s), TDP 700 W, NVLink4 450 GB/s per direction`,
  },
  {
    id: 'h100-pcie', name: 'NVIDIA H100 PCIe 80GB', generation: 'hopper', class: 'datacenter',
    memory_gib: 80, memory_bandwidth_tbps: 2.0, tflops: { fp32: 51, fp16: 756, bf16: 756, fp8: 1513 },
    tdp_w: 350, interconnect: 'pcie', intra_node_gbps: 64, inter_node_gbps: 12.5, gpus_per_node: 8, confirmed: true,
    source: `${REF}: NVIDIA H100 datasheet (PCIe bf16 756 dense, fp8 1,513 dense, 2.0 TB/s), TDP 350 W`,
  },
  {
    id: 'h100-nvl', name: 'NVIDIA H100 NVL 94GB', generation: 'hopper', class: 'datacenter',
    memory_gib: 94, memory_bandwidth_tbps: 3.9, tflops: { fp32: 60, fp16: 835, bf16: 835, fp8: 1670 },
    tdp_w: 400, interconnect: 'nvlink-bridge', intra_node_gbps: 300, inter_node_gbps: 25, gpus_per_node: 8, confirmed: false,
    source: `${REF}: NVIDIA H100 NVL datasheet (bf16 835 dense, 3.9 TB/s, 350-400 W)`,
    note: 'fp32 and fp8 derived, not read in a vendor text.',
  },
  {
    id: 'h200', name: 'NVIDIA H200 SXM 141GB', generation: 'hopper', class: 'datacenter',
    memory_gib: 141, memory_bandwidth_tbps: 4.8, tflops: { fp32: 67, fp16: 989, bf16: 989, fp8: 1979 },
    tdp_w: 700, interconnect: 'nvswitch', intra_node_gbps: 450, inter_node_gbps: 50, gpus_per_node: 8, confirmed: true,
    source: `${REF}: NVIDIA H200 datasheet (bf16 989 dense, 4.8 TB/s), TDP 700 W`,
  },
  {
    id: 'h800', name: 'NVIDIA H800 SXM 80GB', generation: 'hopper', class: 'datacenter',
    memory_gib: 80, memory_bandwidth_tbps: 3.35, tflops: { fp32: 67, fp16: 989, bf16: 989, fp8: 1979 },
    tdp_w: 700, interconnect: 'nvswitch', intra_node_gbps: 200, inter_node_gbps: 50, gpus_per_node: 8, confirmed: false,
    source: `${REF}: bf16 989 dense; NVLink 400 GB/s bidirectional (secondary sources)`,
    note: 'Memory bandwidth, TDP and fp32 taken equal to the H100 SXM (unconfirmed); NVLink cut to 200 GB/s per direction.',
  },
  {
    id: 'b200', name: 'NVIDIA B200', generation: 'blackwell', class: 'datacenter',
    memory_gib: 180, memory_bandwidth_tbps: 8.0, tflops: { fp32: 80, fp16: 2250, bf16: 2250, fp8: 4500 },
    tdp_w: 1000, interconnect: 'nvswitch', intra_node_gbps: 900, inter_node_gbps: 50, gpus_per_node: 8, confirmed: true,
    source: `${REF}: NVIDIA HGX B200 datasheet (bf16 2,250 dense per GPU, fp8 4,500 dense, 8 TB/s), TDP 1,000 W`,
  },
  {
    id: 'mi250x', name: 'AMD Instinct MI250X', generation: 'cdna2', class: 'datacenter',
    memory_gib: 128, memory_bandwidth_tbps: 3.2768, tflops: { fp32: 47.9, fp16: 383, bf16: 383, fp8: null },
    tdp_w: 560, interconnect: 'infinity-fabric', intra_node_gbps: 350, inter_node_gbps: 25, gpus_per_node: 8, confirmed: true,
    source: `${REF}: AMD MI250X datasheet (bf16 383 dense, 3.2768 TB/s), TDP 560 W`,
  },
  {
    id: 'mi300x', name: 'AMD Instinct MI300X', generation: 'cdna3', class: 'datacenter',
    memory_gib: 192, memory_bandwidth_tbps: 5.3, tflops: { fp32: 163.4, fp16: 1307.4, bf16: 1307.4, fp8: 2614.9 },
    tdp_w: 750, interconnect: 'infinity-fabric', intra_node_gbps: 448, inter_node_gbps: 50, gpus_per_node: 8, confirmed: true,
    source: `${REF}: AMD MI300X datasheet (bf16 1,307.4 dense, fp8 2,614.9 dense, 5.3 TB/s), TDP 750 W`,
  },
  {
    id: 'rtx-3060', name: 'NVIDIA GeForce RTX 3060 12GB', generation: 'ampere', class: 'consumer',
    memory_gib: 12, memory_bandwidth_tbps: 0.36, tflops: { fp32: 12.7, fp16: 25.4, bf16: 25.4, fp8: null },
    tdp_w: 170, interconnect: 'pcie', intra_node_gbps: 16, inter_node_gbps: 0.3, gpus_per_node: 4, confirmed: false,
    source: 'NVIDIA GeForce RTX 3060 specifications (12.7 TFLOPS FP32, 360 GB/s, 170 W); not in shared/reference',
    note: 'Tensor rate derived: GeForce Ampere runs FP16 tensor math with FP32 accumulate at 2x its FP32 rate (the RTX 3090 row of the reference: 71 vs 35.6).',
  },
  {
    id: 'rtx-3070-ti', name: 'NVIDIA GeForce RTX 3070 Ti 8GB', generation: 'ampere', class: 'consumer',
    memory_gib: 8, memory_bandwidth_tbps: 0.608, tflops: { fp32: 21.7, fp16: 43.5, bf16: 43.5, fp8: null },
    tdp_w: 290, interconnect: 'pcie', intra_node_gbps: 16, inter_node_gbps: 0.3, gpus_per_node: 4, confirmed: false,
    source: 'NVIDIA GeForce RTX 3070 Ti specifications (21.7 TFLOPS FP32, 608 GB/s, 290 W); not in shared/reference',
    note: 'Tensor rate derived as for the RTX 3060 (2x the FP32 rate).',
  },
  {
    id: 'rtx-3090', name: 'NVIDIA GeForce RTX 3090', generation: 'ampere', class: 'consumer',
    memory_gib: 24, memory_bandwidth_tbps: 0.936, tflops: { fp32: 35.58, fp16: 71, bf16: 71, fp8: null },
    tdp_w: 350, interconnect: 'pcie', intra_node_gbps: 16, inter_node_gbps: 0.3, gpus_per_node: 4, confirmed: false,
    source: `${REF}: NVIDIA Ampere GA102 whitepaper (FP16 tensor with FP32 accumulate 71 dense), 350 W`,
    note: 'Tensor figure from secondary copies of the whitepaper.',
  },
  {
    id: 'rtx-4090', name: 'NVIDIA GeForce RTX 4090', generation: 'ada', class: 'consumer',
    memory_gib: 24, memory_bandwidth_tbps: 1.008, tflops: { fp32: 82.6, fp16: 165.2, bf16: 165.2, fp8: 330.3 },
    tdp_w: 450, interconnect: 'pcie', intra_node_gbps: 16, inter_node_gbps: 0.3, gpus_per_node: 4, confirmed: false,
    source: `${REF}: NVIDIA Ada whitepaper (FP16 tensor with FP32 accumulate 165.2 dense), 450 W`,
    note: 'Tensor figures from secondary copies of the whitepaper. No peer-to-peer: multi-GPU traffic crosses host memory.',
  },
  {
    id: 'rtx-a5000', name: 'NVIDIA RTX A5000', generation: 'ampere', class: 'workstation',
    memory_gib: 24, memory_bandwidth_tbps: 0.768, tflops: { fp32: 27.8, fp16: 111.1, bf16: 111.1, fp8: null },
    tdp_w: 230, interconnect: 'pcie', intra_node_gbps: 32, inter_node_gbps: 0.3, gpus_per_node: 8, confirmed: false,
    source: 'NVIDIA RTX A5000 datasheet (27.8 TFLOPS FP32, 222.2 TFLOPS tensor with sparsity, 768 GB/s, 230 W); not in shared/reference',
    note: 'Dense tensor rate = half the datasheet sparse figure.',
  },
  {
    id: 'rtx-a6000', name: 'NVIDIA RTX A6000', generation: 'ampere', class: 'workstation',
    memory_gib: 48, memory_bandwidth_tbps: 0.768, tflops: { fp32: 38.7, fp16: 154.8, bf16: 154.8, fp8: null },
    tdp_w: 300, interconnect: 'pcie', intra_node_gbps: 32, inter_node_gbps: 0.3, gpus_per_node: 8, confirmed: true,
    source: `${REF}: NVIDIA RTX A6000 datasheet (38.7 FP32, 154.8 tensor dense, 768 GB/s), 300 W`,
  },
];
