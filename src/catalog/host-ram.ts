import { TABLES } from './tables.js';

/**
 * System (host) RAM of the server each accelerator typically sits in: what CPU offload (ZeRO-Offload, ZeRO-3
 * parameter offload) has to fit in. Per accelerator id: the server, its RAM in GiB and how many of the GPUs it
 * holds, and whether it is rented by the GPU (a cloud instance: a slice of n GPUs gets n / GPUs of the server's
 * RAM, as AWS's p5.4xlarge, one H100 with 256 GiB, is 1/8 of the p5.48xlarge's 2,048 GiB) or is a box someone
 * owns (consumer cards: the box's whole RAM whatever number of its cards a job uses).
 *
 * AWS figures: the EC2 instance-type pages (aws.amazon.com/ec2/instance-types/), as collected from
 * instances.vantage.sh in tsaol/aws-gpu data/*.js (p5, p5en, p6-b200 2,048 GiB; p4d/p4de 1,152 GiB; g6e.48xlarge
 * 1,536 GiB read there). A manifest overrides the figure with `hardware.host_ram_gb` (per node).
 */
export interface HostRam {
  server: string;
  /** RAM of the whole server, GiB. */
  gib: number;
  /** GPUs in that server. */
  gpus: number;
  /** rented: a job on fewer GPUs than the server holds gets their share of its RAM; owned: the whole box. */
  basis: 'rented' | 'owned';
  source: string;
}

/** The rows are in host-ram-data.ts; the action's bundle reads them as JSON (tables.ts). */
export const HOST_RAM: Readonly<Record<string, HostRam>> = TABLES.hostRam;

/** What an unknown accelerator's server is taken to have: the same as a consumer box (the smallest figure above). */
export const DEFAULT_HOST_RAM: HostRam = { server: 'unknown server', gib: 128, gpus: 8, basis: 'owned', source: 'no figure for this accelerator: a 128 GB box assumed' };

export function hostRamOf(id: string): HostRam {
  return HOST_RAM[id] ?? DEFAULT_HOST_RAM;
}
