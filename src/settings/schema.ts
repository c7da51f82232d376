import { z } from 'zod';
import { describeRange } from '../manifest/numbers.js';
import { numberSchema } from '../manifest/number-schema.js';
import { MARKETS } from '../manifest/schema.js';
import { SETTINGS_RANGES } from './ranges.js';

/**
 * train-budget.yml, version 1, as zod schemas: the same objects generate `schema/train-budget.schema.json` for
 * editors, so every key carries a description and an example. Rules across keys and against the catalogs (GPU
 * and provider ids, names used once, a rule with one rate) live in `rules.ts`.
 */

// Every number goes through the one number validation (src/manifest/numbers.ts) with its range (ranges.ts).
const num = (kind: keyof typeof SETTINGS_RANGES, description: string, example: number) => numberSchema(SETTINGS_RANGES[kind]).meta({ description: `${description} ${describeRange(SETTINGS_RANGES[kind])}.`, examples: [example] });

const pricingDefaults = z
  .strictObject({
    provider: z.string().min(1).meta({ description: 'Cloud provider from the price catalog (aws, gcp, azure, lambda, coreweave, runpod) for manifests that name none.', examples: ['coreweave'] }).optional(),
    market: z.enum(MARKETS).meta({ description: 'on_demand or spot, for manifests that name none.', examples: ['on_demand'] }).optional(),
    region: z.string().min(1).meta({ description: 'Cloud region for manifests that name none (grid carbon intensity; a region the catalog does not price is said in the report).', examples: ['us-east-1'] }).optional(),
  })
  .meta({ description: 'Pricing defaults: apply to every manifest key the manifest does not set itself.' });

const defaultsSchema = z
  .strictObject({ pricing: pricingDefaults.optional() })
  .meta({ description: 'Defaults for every manifest that does not say otherwise.' });

export const limitsSchema = z
  .strictObject({
    'max-cost-usd': num('limit_usd', 'Largest expected cost of one job, USD:', 5000).optional(),
    'max-gpu-hours': num('limit_hours', 'Largest expected GPU-hours of one job:', 2000).optional(),
    'max-gpus': num('limit_gpus', 'Most GPUs one job may use:', 256).optional(),
    'max-hours': num('limit_hours', 'Longest expected wall-clock of one job, hours:', 48).optional(),
    'max-co2-kg': num('limit_co2_kg', 'Largest expected CO2e of one job, kg:', 500).optional(),
    'max-total-cost-usd': num('limit_usd', "Largest expected cost of the project's jobs together, USD:", 20000).optional(),
  })
  .meta({ description: 'Budget limits (expected values), named like the action inputs and CLI flags.' });

export const priceRuleSchema = z
  .strictObject({
    gpu: z.string().min(1).meta({ description: 'Accelerator id the rule applies to (`train-budget gpus` lists them); omit for every GPU.', examples: ['h100-80gb'] }).optional(),
    provider: z.string().min(1).meta({ description: 'Provider the rule applies to; omit for every provider. A provider rule applies to manifests priced at that provider (their own pricing.provider or the defaults).', examples: ['coreweave'] }).optional(),
    market: z.enum(MARKETS).meta({ description: 'on_demand or spot; omit for both.', examples: ['on_demand'] }).optional(),
    gpu_hour_usd: num('gpu_hour_usd', 'The rate per GPU-hour, USD: replaces the catalog price (give this or discount_percent);', 2.1).optional(),
    discount_percent: numberSchema(SETTINGS_RANGES.discount_percent).lt(100).meta({ description: 'A discount off the catalog price, percent, 0 < d < 100 (give this or gpu_hour_usd).', examples: [30] }).optional(),
    source: z.string().min(1).max(200).meta({ description: 'Where the rate comes from (a contract, a quote): shown in the report beside the price.', examples: ['2026 contract'] }).optional(),
  })
  .meta({ description: 'A price rule: the first whose gpu, provider and market (where given) match wins over the catalog, for estimates, alternatives and plans alike.' });

export const clusterSchema = z
  .strictObject({
    name: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { error: 'a cluster name holds letters, digits, ".", "_" and "-" (at most 64)' }).meta({ description: 'Name manifests use in hardware: { cluster: NAME }.', examples: ['lab-a100'] }),
    gpu: z.string().min(1).meta({ description: 'Accelerator id of its GPUs.', examples: ['a100-80gb'] }),
    count: num('count', 'GPUs in the cluster, the most one job can use:', 64),
    purchase_usd: num('purchase_usd', 'What the cluster cost: hardware, networking, installation, USD:', 1200000),
    amortize_years: num('amortize_years', 'Years the purchase is spread over:', 4),
    power_kw_per_gpu: num('power_kw_per_gpu', 'Power one busy GPU draws with its share of the host, kW:', 0.7),
    pue: num('pue', 'Power usage effectiveness of the room (facility power / IT power):', 1.3),
    usd_per_kwh: num('usd_per_kwh', 'Electricity price, USD per kWh:', 0.12),
    operations_usd_per_year: num('operations_usd_per_year', 'Staff, space and support per year, USD:', 90000),
    utilization: num('utilization', 'Share of the hours the cluster is busy (the purchase and operations are spread over the busy hours):', 0.6),
  })
  .meta({ description: 'GPUs the team owns: the cost of one busy GPU-hour is derived from these figures.' });

export const projectSchema = z
  .strictObject({
    name: z.string().min(1).max(100).meta({ description: 'Project name, shown in the report and in each violation of its limits.', examples: ['research'] }),
    paths: z.array(z.string().min(1)).min(1).meta({ description: 'Globs of manifest paths relative to the repository root (** any folders, * within a name); the first project that matches a manifest is its project.', examples: [['research/**']] }),
    limits: limitsSchema.optional(),
    defaults: defaultsSchema.optional(),
    runs_per_year: num('runs_per_year', "How often each of the project's jobs runs a year, for compare-buy (a manifest's own runs_per_year wins):", 12).optional(),
  })
  .meta({ description: 'A folder of the repository with its own budget and defaults.' });

export const settingsSchema = z
  .strictObject({
    version: z.literal(1, { error: 'unsupported settings version: this Train Budget reads version 1' }).meta({ description: 'Settings format version.', examples: [1] }),
    defaults: defaultsSchema.optional(),
    prices: z.array(priceRuleSchema).meta({ description: "The team's own rates: the first matching rule wins over the catalog." }).optional(),
    clusters: z.array(clusterSchema).meta({ description: 'GPUs the team owns.' }).optional(),
    projects: z.array(projectSchema).meta({ description: 'Budgets and defaults per folder; the first project whose paths match a manifest applies.' }).optional(),
  })
  .meta({ description: 'Train Budget repository settings (train-budget.yml).' });

export type RawSettings = z.infer<typeof settingsSchema>;
