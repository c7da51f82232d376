import type { RegionCarbon } from './carbon.js';

/**
 * Cloud-region grid intensities, read through carbon.ts. Only tables.ts imports this module: see there why.
 */
const MLCO2 = 'mlco2/impact data/impact.csv (eGRID 2016 / 2017-2019 factors)';
const CODECARBON_GCP = 'codecarbon impact.csv GCP rows (cloud.google.com/sustainability/region-carbon, updated 2024-07-13)';

export const REGION_CARBON_ROWS: Readonly<Record<string, Readonly<Record<string, RegionCarbon>>>> = {
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
