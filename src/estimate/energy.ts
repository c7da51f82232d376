import type { Accelerator } from '../catalog/accelerators.js';
import { DEFAULT_PUE, regionCarbon, WORLD_AVERAGE_G_PER_KWH } from '../catalog/carbon.js';

/**
 * Energy = GPU-hours x board power (TDP) x PUE; CO2 = energy x grid intensity of the region, else the world
 * average. TDP is an upper bound on the board's draw under training load; the Llama model cards use the same.
 */
export function energyAndCarbon(gpuHours: number, gpu: Accelerator, provider: string | null, region: string | null, owned: boolean) {
  const rc = regionCarbon(provider, region);
  const pue = owned ? 1 : rc?.pue ?? DEFAULT_PUE;
  const kwh = (gpuHours * gpu.tdp_w * pue) / 1000;
  const g = rc?.g_per_kwh ?? WORLD_AVERAGE_G_PER_KWH.value;
  const why = rc
    ? `grid ${g} gCO2e/kWh for ${provider} ${rc.region} (${rc.source})`
    : `grid ${g} gCO2e/kWh, the world average (${WORLD_AVERAGE_G_PER_KWH.source})${provider ? `: no intensity for ${provider}${region ? ` ${region}` : ''} in the catalog` : ''}`;
  return {
    energy_kwh: kwh,
    co2_kg: (kwh * g) / 1000,
    assumption: `energy: ${gpu.tdp_w} W board power (TDP) x PUE ${pue}${owned ? ' (own hardware, no data centre)' : rc?.pue ? '' : ' (LLaMA paper Table 15)'}; ${why}`,
  };
}
