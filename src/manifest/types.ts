import type { Architecture } from '../catalog/architecture.js';
import type { PriceBook } from '../estimate/price-book.js';
import type { METHODS, PRECISIONS, OPTIMIZERS, CHECKPOINTING, OFFLOAD, MARKETS, LORA_MODULES, LOSSES, PLAN_OBJECTIVES, PREFERENCE_LOSSES, PREFERENCE_REFERENCES } from './schema.js';

export type Method = (typeof METHODS)[number];
export type Precision = (typeof PRECISIONS)[number];
export type Optimizer = (typeof OPTIMIZERS)[number];
export type Checkpointing = (typeof CHECKPOINTING)[number];
export type Offload = (typeof OFFLOAD)[number];
export type Loss = (typeof LOSSES)[number];
export type Market = (typeof MARKETS)[number];
export type LoraModule = (typeof LORA_MODULES)[number];
export type PlanObjective = (typeof PLAN_OBJECTIVES)[number];
export type PreferenceLoss = (typeof PREFERENCE_LOSSES)[number];
export type PreferenceReference = (typeof PREFERENCE_REFERENCES)[number];

/** Where a key or value stands in its file, 1-based. */
export interface Position {
  line: number;
  col: number;
}

/** A problem in a manifest, pointing at the key or value that causes it. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
}

export type ModelSpec =
  | { kind: 'catalog'; id: string }
  | { kind: 'parameters'; parameters: number }
  | { kind: 'architecture'; architecture: Architecture; from: 'manifest' | 'config'; config_path?: string; model_type?: string };

/** A validated job with every default applied: what the estimator reads. */
export interface Job {
  /** The manifest's path as given (relative to the working directory when found by a folder or glob). */
  file: string;
  /** Index in `jobs:` for multi-job files, else null. */
  index: number | null;
  name: string;
  model: ModelSpec;
  method: Method;
  precision: Precision;
  optimizer: Optimizer;
  /** base_bits 8: LoRA over a bitsandbytes LLM.int8 base (absent: 16-bit, or 4-bit NF4 for qlora). */
  lora: { rank: number; targets: 'all_linear' | 'attention' | LoraModule[]; base_bits?: 8 } | null;
  /**
   * Preference training (absent or null: supervised). reference: the frozen reference model runs each step
   * (model), once before training (precomputed), or not at all (none: orpo, simpo).
   */
  preference?: { loss: PreferenceLoss; reference: PreferenceReference } | null;
  data: { tokens: number; epochs: number };
  training: {
    sequence_length: number;
    micro_batch_size: number;
    global_batch_size: number | null;
    gradient_checkpointing: Checkpointing;
    flash_attention: boolean;
    loss: Loss;
    master_weights: boolean;
    optimizer_in_backward: boolean;
  };
  /**
   * gpu: the accelerator the estimate uses (with several kinds allowed, the estimate picks the cheapest of
   * `gpus`); gpus: every kind allowed (one, the listed ones, or for auto every accelerator with a cloud price);
   * gpu_choice: how the manifest named them; max_count: most GPUs the planner and count auto may use; network_gbps: the network
   * between nodes per GPU in Gb/s (absent or null: the catalog's figure); cluster: the owned cluster (train-budget.yml
   * clusters) the job runs on, whose GPUs gpu then is; host_ram_gb: system RAM per node, GB (absent or null: the
   * typical server's, src/catalog/host-ram.ts).
   */
  hardware: { gpu: string; count: number | 'auto'; gpus: string[]; gpu_choice: 'one' | 'list' | 'auto'; max_count: number; network_gbps?: number | null; cluster?: string; host_ram_gb?: number | null };
  /** zero: null means "the default for the GPU count" (0 on one GPU, 3 otherwise), decided once the count is. */
  parallelism: { zero: 0 | 1 | 2 | 3 | null; tensor: number; pipeline: number; sequence_parallel: boolean; offload: Offload; expert: number; /** Interleaved pipeline chunks per GPU; absent: the estimator's default (efficiency.ts VIRTUAL_STAGES). */ virtual_stages?: number };
  pricing: { provider: string | null; market: Market; region: string | null; gpu_hour_usd: number | null };
  efficiency: { mfu: number | null };
  checkpoints: { keep: number };
  /** Set when the job imports a trainer config: the files read, where each setting came from, defaults, warnings. */
  imported?: ImportInfo;
  /** How often the job runs a year (compare-buy); null: its project's, else once. */
  runs_per_year?: number | null;
  /** What may make the estimate wrong without making the manifest invalid, located where it can be fixed. */
  warnings?: Problem[];
  /** The team's price rules, owned clusters and the run's today, from train-budget.yml (absent: catalog prices only). */
  prices?: PriceBook;
  /** The train-budget.yml project whose paths matched the manifest, if any. */
  project?: string | null;
  /** Goals for the planner: null limits are absent. */
  plan: { objective: PlanObjective; deadline_hours: number | null; max_cost_usd: number | null };
  /** Positions of the job's keys by dotted path ('hardware', 'data.tokens', ...), for annotations. */
  positions: Record<string, Position>;
}

/** What an `import:` read, for the report's assumptions. */
export interface ImportInfo {
  /** The trainer config, repository-relative. */
  file: string;
  format: string;
  /** Every file read: the trainer config, then the DeepSpeed and accelerate files. */
  files: string[];
  notes: string[];
}
