import type { GpuPrice } from './prices.js';

/**
 * The price catalog's rows, read through prices.ts (which says what each field means). Only tables.ts imports
 * this module: see there why.
 */
const SKYPILOT_AWS = 'skypilot-org/skypilot-catalog catalogs/v7/aws/vms.csv (snapshot 001367d22a00, AWS Price List API)';
// The snapshot holds p5en (launched December 2024) and predates AWS's June-2025 P4/P5 price cut: observed between
// those; the later bound is used. Only its spot prices are still used (no newer public AWS spot figures were found).
const AWS_AS_OF = '2025-05-31';
// tsaol/aws-gpu data/*_instances.js, generated from instances.vantage.sh (the AWS Price List API), header
// "Last updated: 2026-08-26" (commits 299375be7a2b and 18aebd1d7281): us-east-1 Linux on-demand per instance.
// p5.48xlarge $55.04 (pre-cut $98.32: -44%), p4d.24xlarge $21.957642 (pre-cut $32.7726: -33%), p4de.24xlarge
// $27.44705 (pre-cut $40.966: -33%), matching AWS's June-2025 announcement of cuts of up to 45% on P5 and 33% on P4;
// g5.12xlarge $5.672, g6.48xlarge $13.3504, g4dn.xlarge $0.526, unchanged from the 2025 snapshot.
const VANTAGE_AWS = 'tsaol/aws-gpu data/*_instances.js from instances.vantage.sh (AWS Price List API, us-east-1 Linux on-demand), updated 2026-08-26';
const VANTAGE_AS_OF = '2026-08-26';
// No newer public AWS spot figures were found: the spot prices stay the 2025 snapshot's, with its date.
const AWS_SPOT = { spot_as_of: AWS_AS_OF, spot_source: `${SKYPILOT_AWS}; observed no later than 2025-05-31` };
// aarora79/agentic-coding-harness-benchmarks self-hosted/vllm/pricing.json (commit 1fd3f9170a9d, 'as_of' 2026-09-01):
// on-demand rates read from the AWS Price List API, us-east-1, Linux.
const AWS_2026 = 'aarora79/agentic-coding-harness-benchmarks self-hosted/vllm/pricing.json (AWS Price List API, us-east-1 Linux on-demand)';
const CYCLENERD = "Cyclenerd/google-cloud-pricing-cost-calculator pricing.yml (Google Cloud Billing Catalog API)";
const GCP_AS_OF = '2026-07-30';
const SKYPILOT_AZURE = 'skypilot-org/skypilot-catalog catalogs/v6/azure/vms.csv (commit 098741e70562)';
const AZURE_AS_OF = '2024-12-31';
const AZURE_AS_OF_NOTE = 'snapshot date not shown (an older SkyPilot v6 catalog, superseded by the v7 catalogs): taken as the end of 2024 so its age is not understated';
const SKYPILOT_LAMBDA = 'skypilot-org/skypilot-catalog catalogs/v7/lambda/vms.csv (commit 11580132cea2)';
const LAMBDA_AS_OF = '2025-01-01';
const LAMBDA_AS_OF_NOTE = 'catalog date not shown: taken as the start of 2025 (the earliest a v7 catalog is likely to date from) so its age is not understated';
const CLOUD_GPUS = 'cloud-gpus/cloud-gpus.github.io cloud_gpu.json (per-GPU on-demand)';

const mid = (lo: number, hi: number, gpus: number) => Math.round(((lo + hi) / 2 / gpus) * 10000) / 10000;

export const GPU_PRICE_ROWS: readonly GpuPrice[] = [
  // AWS, us-east-1. On-demand: instance price / GPUs, after the June-2025 cut (VANTAGE_AWS); spot: the 2025 snapshot.
  { provider: 'aws', gpu: 'a100-40gb', instance: 'p4d.24xlarge', region: 'us-east-1', on_demand: 2.7447, spot: mid(5.0933, 9.6107, 8), source: VANTAGE_AWS, as_of: VANTAGE_AS_OF, ...AWS_SPOT },
  { provider: 'aws', gpu: 'a100-80gb', instance: 'p4de.24xlarge', region: 'us-east-1', on_demand: 3.4309, spot: mid(5.8394, 7.8074, 8), source: VANTAGE_AWS, as_of: VANTAGE_AS_OF, ...AWS_SPOT },
  { provider: 'aws', gpu: 'h100-80gb', instance: 'p5.48xlarge', region: 'us-east-1', on_demand: 6.88, spot: mid(20.9934, 30.326, 8), source: VANTAGE_AWS, as_of: VANTAGE_AS_OF, ...AWS_SPOT },
  { provider: 'aws', gpu: 'h200', instance: 'p5en.48xlarge', region: 'us-east-1', on_demand: 7.912, spot: 3.3999, source: "dstackai/dstack PR #4110 'dstack offer' output (gpuhunt catalog); the same $63.296 per instance in " + AWS_2026 + ' as of 2026-09-01', as_of: '2026-09-01' },
  // The post-cut price: $63.296 per p5en.48xlarge, against $84.80 in the pre-cut snapshot.
  { provider: 'aws', gpu: 'l40s', instance: 'g6e.12xlarge', region: 'us-east-1', on_demand: 2.6233, spot: null, source: AWS_2026, as_of: '2026-09-01', note: 'g6e.4xlarge (1x L40S) lists $3.004/h.' },
  { provider: 'aws', gpu: 'a10g', instance: 'g5.12xlarge', region: 'us-east-1', on_demand: 1.418, spot: mid(1.9937, 2.7324, 4), source: VANTAGE_AWS, as_of: VANTAGE_AS_OF, ...AWS_SPOT },
  { provider: 'aws', gpu: 'l4', instance: 'g6.48xlarge', region: 'us-east-1', on_demand: 1.6688, spot: mid(2.9627, 4.0711, 8), source: VANTAGE_AWS, as_of: VANTAGE_AS_OF, ...AWS_SPOT, note: 'g6.2xlarge (1x L4) lists $0.9776/h.' },
  { provider: 'aws', gpu: 't4', instance: 'g4dn.xlarge', region: 'us-east-1', on_demand: 0.526, spot: null, source: VANTAGE_AWS, as_of: VANTAGE_AS_OF },
  { provider: 'gcp', gpu: 'a100-40gb', instance: 'a2-highgpu-8g', region: 'us-central1', on_demand: 3.6734, spot: 1.928, source: CYCLENERD, as_of: GCP_AS_OF },
  { provider: 'gcp', gpu: 'a100-80gb', instance: 'a2-ultragpu-8g', region: 'us-central1', on_demand: 5.0688, spot: 2.7596, source: CYCLENERD, as_of: GCP_AS_OF },
  { provider: 'gcp', gpu: 'h100-80gb', instance: 'a3-highgpu-8g', region: 'us-central1', on_demand: 11.0612, spot: 6.3262, source: CYCLENERD, as_of: GCP_AS_OF },
  { provider: 'gcp', gpu: 'l4', instance: 'g2-standard-4', region: 'us-central1', on_demand: 0.7068, spot: 0.3973, source: CYCLENERD, as_of: GCP_AS_OF },
  // Azure, eastus.
  { provider: 'azure', gpu: 'a100-40gb', instance: 'Standard_ND96asr_v4', region: 'eastus', on_demand: 3.3996, spot: null, source: SKYPILOT_AZURE, as_of: AZURE_AS_OF, as_of_note: AZURE_AS_OF_NOTE, note: 'The catalog spot value looks anomalously low and is not used.' },
  { provider: 'azure', gpu: 'a100-80gb', instance: 'Standard_ND96amsr_A100_v4', region: 'eastus', on_demand: 4.0963, spot: 0.4506, source: SKYPILOT_AZURE, as_of: AZURE_AS_OF, as_of_note: AZURE_AS_OF_NOTE },
  { provider: 'azure', gpu: 'a100-80gb-pcie', instance: 'Standard_NC24ads_A100_v4', region: 'eastus', on_demand: 3.673, spot: 0.4444, source: SKYPILOT_AZURE, as_of: AZURE_AS_OF, as_of_note: AZURE_AS_OF_NOTE },
  { provider: 'azure', gpu: 'h100-80gb', instance: 'Standard_ND96isr_H100_v5', region: 'eastus', on_demand: 12.29, spot: null, source: SKYPILOT_AZURE, as_of: AZURE_AS_OF, as_of_note: AZURE_AS_OF_NOTE },
  { provider: 'azure', gpu: 'h100-nvl', instance: 'Standard_NC40ads_H100_v5', region: 'eastus', on_demand: 6.98, spot: null, source: SKYPILOT_AZURE, as_of: AZURE_AS_OF, as_of_note: AZURE_AS_OF_NOTE },
  // Lambda.
  { provider: 'lambda', gpu: 'h100-80gb', instance: 'gpu_8x_h100_sxm5', region: null, on_demand: 2.99, spot: null, source: SKYPILOT_LAMBDA, as_of: LAMBDA_AS_OF, as_of_note: LAMBDA_AS_OF_NOTE },
  { provider: 'lambda', gpu: 'h100-pcie', instance: 'gpu_1x_h100_pcie', region: null, on_demand: 2.49, spot: null, source: SKYPILOT_LAMBDA, as_of: LAMBDA_AS_OF, as_of_note: LAMBDA_AS_OF_NOTE },
  { provider: 'lambda', gpu: 'a100-40gb', instance: 'gpu_8x_a100', region: null, on_demand: 1.29, spot: null, source: SKYPILOT_LAMBDA, as_of: LAMBDA_AS_OF, as_of_note: LAMBDA_AS_OF_NOTE },
  { provider: 'lambda', gpu: 'a100-80gb', instance: null, region: null, on_demand: 1.79, spot: null, source: CLOUD_GPUS, as_of: '2024-09-05' },
  { provider: 'lambda', gpu: 'rtx-a6000', instance: 'gpu_1x_a6000', region: null, on_demand: 0.8, spot: null, source: SKYPILOT_LAMBDA, as_of: LAMBDA_AS_OF, as_of_note: LAMBDA_AS_OF_NOTE },
  { provider: 'lambda', gpu: 'v100-16gb', instance: 'gpu_8x_v100', region: null, on_demand: 0.55, spot: null, source: SKYPILOT_LAMBDA, as_of: LAMBDA_AS_OF, as_of_note: LAMBDA_AS_OF_NOTE },
  // CoreWeave: per-GPU share of the 8-GPU node list price.
  ...([['h100-80gb', 6.16], ['h200', 6.31], ['b200', 10.5], ['a100-80gb', 2.7], ['l40s', 2.25]] as const).map(([gpu, p]) => ({
    provider: 'coreweave', gpu, instance: null, region: null, on_demand: p, spot: null, source: CLOUD_GPUS, as_of: '2025-05-29',
  })),
  // RunPod (community/secure tier not stated by the source).
  ...([['h100-80gb', 1.99], ['h200', 3.59], ['b200', 6.39], ['a100-80gb', 1.19], ['mi300x', 1.99], ['rtx-4090', 0.34], ['rtx-a6000', 0.33]] as const).map(([gpu, p]) => ({
    provider: 'runpod', gpu, instance: null, region: null, on_demand: p, spot: null, source: CLOUD_GPUS, as_of: '2025-05-29',
  })),
];
