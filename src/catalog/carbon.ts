/**
 * Energy and carbon constants, from `shared/reference/carbon.json` with its sources.
 * Emissions = GPU-hours x board power x PUE x grid carbon intensity (the method of the Llama model cards and of
 * the ML CO2 Impact calculator, Lacoste et al. 2019).
 */

/** World average grid intensity, gCO2e/kWh: codecarbon's `world_average` (IEA Global Energy & CO2 Status Report 2019). */
export const WORLD_AVERAGE_G_PER_KWH = { value: 475, source: 'codecarbon carbon_intensity_per_source.json world_average (IEA Global Energy & CO2 Status Report 2019)' };

/**
 * Data-centre power usage effectiveness when the provider's own is not known: 1.1, the figure Touvron et al.
 * (2023, LLaMA, Table 15) use for their training cluster. A GPU in a workstation has no data centre: PUE 1.0.
 */
export const DEFAULT_PUE = 1.1;

/** Cloud-region grid intensity, gCO2e/kWh, and PUE where the source gives one. */
export interface RegionCarbon {
  g_per_kwh: number;
  pue?: number;
  source: string;
}

const MLCO2 = 'mlco2/impact data/impact.csv (eGRID 2016 / 2017-2019 factors)';
const CODECARBON_GCP = 'codecarbon impact.csv GCP rows (cloud.google.com/sustainability/region-carbon, updated 2024-07-13)';

export const REGION_CARBON: Readonly<Record<string, Readonly<Record<string, RegionCarbon>>>> = {
  aws: Object.fromEntries(
    Object.entries({
      'us-east-1': 367.8, 'us-east-2': 568.2, 'us-west-1': 240.6, 'us-west-2': 297.6, 'ca-central-1': 20, 'eu-west-1': 617, 'eu-west-2': 623,
      'eu-west-3': 105, 'eu-central-1': 615, 'eu-north-1': 47, 'ap-northeast-1': 516, 'ap-northeast-2': 517, 'ap-southeast-1': 419,
      'ap-southeast-2': 802, 'ap-south-1': 920, 'sa-east-1': 205,
    }).map(([r, g]) => [r, { g_per_kwh: g, source: MLCO2 }]),
  ),
  gcp: Object.fromEntries(
    Object.entries({
      'us-central1': 430, 'us-east1': 560, 'us-east4': 322, 'us-east5': 322, 'us-south1': 321, 'us-west1': 94, 'us-west2': 198, 'us-west3': 588,
      'us-west4': 373, 'northamerica-northeast1': 2, 'northamerica-northeast2': 47, 'europe-west1': 122, 'europe-west2': 136, 'europe-west3': 345,
      'europe-west4': 236, 'europe-west9': 34, 'europe-north1': 46, 'europe-central2': 723, 'asia-east1': 451, 'asia-northeast1': 459,
      'asia-south1': 648, 'asia-southeast1': 369, 'australia-southeast1': 501, 'southamerica-east1': 56,
    }).map(([r, g]) => [r, { g_per_kwh: g, pue: 1.1, source: `${CODECARBON_GCP}; PUE 1.1 (Google data-centre efficiency page, via mlco2)` }]),
  ),
  azure: Object.fromEntries(
    Object.entries({
      eastus: 367.8, eastus2: 367.8, westus: 240.6, westus2: 297.6, centralus: 736.6, southcentralus: 460.4, northcentralus: 568.2,
      westeurope: 569, northeurope: 617, uksouth: 623, francecentral: 105, japaneast: 516, southeastasia: 419,
    }).map(([r, g]) => [r, { g_per_kwh: g, source: MLCO2 }]),
  ),
  coreweave: Object.fromEntries(Object.entries({ LGA1: 282.75, ORD1: 424.5, LAS1: 474.58 }).map(([r, g]) => [r, { g_per_kwh: g, source: MLCO2 }])),
};

export function regionCarbon(provider: string | null, region: string | null): (RegionCarbon & { region: string }) | null {
  if (!provider || !region) return null;
  const table = REGION_CARBON[provider];
  if (!table) return null;
  const key = Object.keys(table).find((k) => k.toLowerCase() === region.toLowerCase());
  return key ? { ...table[key]!, region: key } : null;
}
