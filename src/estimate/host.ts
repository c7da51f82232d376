import type { Accelerator } from '../catalog/accelerators.js';
import { GIB } from './memory.js';

/**
 * The machine around the GPUs, per node:
 *  - system RAM at least twice the GPU memory it hosts (NVIDIA's DGX A100 pairs 640 GB of GPU memory with 2 TB;
 *    loading a checkpoint stages it in host memory), plus whatever is offloaded to the CPU;
 *  - 8 CPU cores per GPU for data loading and the launcher (DGX A100/H100 have 16 per GPU; 8 is our floor);
 *  - across nodes, RDMA networking (InfiniBand or RoCE) at the bandwidth the catalog assumes per GPU;
 *  - workstation and consumer cards: a power supply for the boards plus ~250 W for CPU and platform, with 30%
 *    headroom for transient spikes: a rule of thumb of ours, not a vendor figure.
 */
export function hostGuidance(gpu: Accelerator, count: number, offloadedBytesPerGpu: number) {
  const perNode = Math.min(count, gpu.gpus_per_node);
  const nodes = Math.ceil(count / gpu.gpus_per_node);
  const ram = Math.ceil((2 * gpu.memory_gib * GIB * perNode + offloadedBytesPerGpu * perNode) / 1e9 / 16) * 16;
  const network =
    nodes <= 1
      ? perNode > 1
        ? `one node: ${gpu.interconnect === 'nvswitch' ? 'NVLink/NVSwitch' : gpu.interconnect === 'infinity-fabric' ? 'Infinity Fabric' : 'PCIe'} between GPUs`
        : 'one GPU: no interconnect needed'
      : `${nodes} nodes: InfiniBand or RoCE, about ${Math.round(gpu.inter_node_gbps * 8)} Gb/s per GPU (${Math.round(gpu.inter_node_gbps * 8 * perNode)} Gb/s per node)`;
  const psu = gpu.class === 'datacenter' ? null : Math.ceil(((gpu.tdp_w * perNode + 250) * 1.3) / 50) * 50;
  return { system_ram_gb: ram, cpu_cores: 8 * perNode, network, power_supply_w: psu };
}
