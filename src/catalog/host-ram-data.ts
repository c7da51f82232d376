import type { HostRam } from './host-ram.js';

/**
 * The host-RAM table's rows, read through host-ram.ts (which says what each figure means and where the AWS
 * figures come from). Only tables.ts imports this module: see there why.
 */
const AWS = 'AWS EC2 instance types (aws.amazon.com/ec2/instance-types/)';

export const HOST_RAM_ROWS: Readonly<Record<string, HostRam>> = {
  'v100-16gb': { server: 'AWS p3.16xlarge', gib: 488, gpus: 8, basis: 'rented', source: `${AWS}: p3.16xlarge, 8 x V100 16GB, 488 GiB` },
  'v100-32gb': { server: 'AWS p3dn.24xlarge', gib: 768, gpus: 8, basis: 'rented', source: `${AWS}: p3dn.24xlarge, 8 x V100 32GB, 768 GiB` },
  t4: { server: 'AWS g4dn.metal', gib: 384, gpus: 8, basis: 'rented', source: `${AWS}: g4dn.metal, 8 x T4, 384 GiB (g4dn.12xlarge, 4 x T4, 192 GiB)` },
  a10g: { server: 'AWS g5.48xlarge', gib: 768, gpus: 8, basis: 'rented', source: `${AWS}: g5.48xlarge, 8 x A10G, 768 GiB` },
  l4: { server: 'AWS g6.48xlarge', gib: 768, gpus: 8, basis: 'rented', source: `${AWS}: g6.48xlarge, 8 x L4, 768 GiB` },
  l40s: { server: 'AWS g6e.48xlarge', gib: 1536, gpus: 8, basis: 'rented', source: `${AWS}: g6e.48xlarge, 8 x L40S, 1,536 GiB` },
  'a100-40gb': { server: 'AWS p4d.24xlarge', gib: 1152, gpus: 8, basis: 'rented', source: `${AWS}: p4d.24xlarge, 8 x A100 40GB, 1,152 GiB (DGX A100 320GB: 1 TB)` },
  'a100-80gb': { server: 'AWS p4de.24xlarge', gib: 1152, gpus: 8, basis: 'rented', source: `${AWS}: p4de.24xlarge, 8 x A100 80GB, 1,152 GiB (DGX A100 640GB: 2 TB)` },
  'a100-80gb-pcie': { server: 'Azure NC96ads A100 v4', gib: 880, gpus: 4, basis: 'rented', source: 'Azure NC A100 v4-series (learn.microsoft.com): NC96ads_A100_v4, 4 x A100 80GB PCIe, 880 GiB' },
  'h100-80gb': { server: 'AWS p5.48xlarge', gib: 2048, gpus: 8, basis: 'rented', source: `${AWS}: p5.48xlarge, 8 x H100 SXM, 2,048 GiB; p5.4xlarge, 1 x H100, 256 GiB (DGX H100: 2 TB)` },
  'h100-pcie': { server: 'Lambda gpu_1x_h100_pcie', gib: 200, gpus: 1, basis: 'rented', source: 'Lambda Cloud instance types (lambda.ai): gpu_1x_h100_pcie, 26 vCPUs, 200 GiB' },
  'h100-nvl': { server: 'Azure NC80adis H100 v5', gib: 640, gpus: 2, basis: 'rented', source: 'Azure NCads H100 v5-series (learn.microsoft.com): NC80adis_H100_v5, 2 x H100 NVL, 640 GiB' },
  h200: { server: 'AWS p5en.48xlarge', gib: 2048, gpus: 8, basis: 'rented', source: `${AWS}: p5en.48xlarge and p5e.48xlarge, 8 x H200, 2,048 GiB (DGX H200: 2 TB)` },
  h800: { server: 'NVIDIA DGX H800', gib: 2048, gpus: 8, basis: 'rented', source: 'NVIDIA DGX H800 datasheet: 8 x H800, 2 TB system memory (the DGX H100 chassis)' },
  b200: { server: 'AWS p6-b200.48xlarge', gib: 2048, gpus: 8, basis: 'rented', source: `${AWS}: p6-b200.48xlarge, 8 x B200, 2,048 GiB (DGX B200: 2 TB, up to 4 TB)` },
  mi250x: { server: 'HPE Cray EX235a (Frontier)', gib: 512, gpus: 4, basis: 'rented', source: 'OLCF Frontier user guide: each node 4 x MI250X and 512 GB DDR4' },
  mi300x: { server: 'Azure ND MI300X v5', gib: 1850, gpus: 8, basis: 'rented', source: 'Azure ND MI300X v5-series (learn.microsoft.com): Standard_ND96isr_MI300X_v5, 8 x MI300X, 1,850 GiB' },
  'rtx-a5000': { server: 'cloud RTX A5000 instance', gib: 46, gpus: 1, basis: 'rented', source: 'priced like the RTX A6000: Lambda gpu_1x_a6000, 14 vCPUs, 46 GiB (our assumption for the A5000)' },
  'rtx-a6000': { server: 'Lambda gpu_1x_a6000', gib: 46, gpus: 1, basis: 'rented', source: 'Lambda Cloud instance types (lambda.ai): gpu_1x_a6000, 14 vCPUs, 46 GiB (gpu_4x_a6000: 184 GiB)' },
  // Consumer cards sit in boxes people own: desktop platforms (AMD AM5, Intel LGA1700) take four DIMMs, 128 GB
  // with 32 GB modules, the most such a box usually has (our assumption; 64 GB is as common).
  'rtx-3060': { server: 'desktop PC', gib: 128, gpus: 4, basis: 'owned', source: 'desktop platform maximum with four 32 GB DIMMs (AMD AM5 / Intel LGA1700): our assumption for a consumer box' },
  'rtx-3070-ti': { server: 'desktop PC', gib: 128, gpus: 4, basis: 'owned', source: 'desktop platform maximum with four 32 GB DIMMs (AMD AM5 / Intel LGA1700): our assumption for a consumer box' },
  'rtx-3090': { server: 'desktop PC', gib: 128, gpus: 4, basis: 'owned', source: 'desktop platform maximum with four 32 GB DIMMs (AMD AM5 / Intel LGA1700): our assumption for a consumer box' },
  'rtx-4090': { server: 'desktop PC', gib: 128, gpus: 4, basis: 'owned', source: 'desktop platform maximum with four 32 GB DIMMs (AMD AM5 / Intel LGA1700): our assumption for a consumer box' },
};
