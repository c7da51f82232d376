import { ACCELERATORS, findAccelerator, type Accelerator } from '../catalog/accelerators.js';
import { PRICE_PROXY, pricesFor } from '../catalog/prices.js';
import type { Precision } from './types.js';

/** `hardware.gpu: auto` (any case) means every accelerator with a cloud price that can run the job. */
export const isAuto = (v: unknown): boolean => typeof v === 'string' && v.trim().toLowerCase() === 'auto';

/** The GPU can compute in the precision (fp8 needs FP8 tensor cores, bf16 Ampere or newer) and hold the tensor degree in one node. */
export function canRun(gpu: Accelerator, precision: Precision, tensor: number): boolean {
  if (precision === 'fp8' && gpu.tflops.fp8 === null) return false;
  if (precision === 'bf16' && gpu.tflops.bf16 === null) return false;
  return tensor <= gpu.gpus_per_node;
}

/**
 * The kinds `hardware.gpu` allows, as catalog ids: the one named, the listed ones (duplicates dropped, order
 * kept), or for auto every accelerator a cloud rents out (listed in the price catalog, directly or through its
 * price proxy) that can run the job; an owned card priced by its electricity would otherwise always win.
 */
export function allowedGpus(gpu: string | string[], precision: Precision, tensor: number): string[] {
  if (Array.isArray(gpu)) return [...new Set(gpu.map((g) => findAccelerator(g)!.id))];
  if (!isAuto(gpu)) return [findAccelerator(gpu)!.id];
  return ACCELERATORS.filter((a) => (pricesFor(a.id).length > 0 || PRICE_PROXY[a.id] !== undefined) && canRun(a, precision, tensor)).map((a) => a.id);
}
