import type { StepTime } from './efficiency.js';
/** The estimate of one job: the shape of a `jobs[]` entry of the JSON report (schema_version 1). */
export interface Range {
  low: number;
  expected: number;
  high: number;
}

export interface Violation {
  limit: string;
  max: number;
  actual: number;
  /** The train-budget.yml project whose limit this is (absent: the action's inputs or the CLI's flags). */
  project?: string;
}

export interface JobEstimate {
  name: string;
  file: string;
  model: { id: string | null; name: string; source: string };
  method: string;
  precision: string;
  parameters: { total: number; trainable: number; active: number };
  memory: {
    per_gpu_bytes: { weights: number; gradients: number; optimizer: number; activations: number; overhead: number; total: number };
    gpu_capacity_bytes: number;
    fits: boolean;
  };
  hardware: { gpu: string; count: number; min_count: number | null };
  parallelism: { zero: 0 | 1 | 2 | 3; tensor: number; pipeline: number; data: number; offload: string; micro_batches: number };
  compute: {
    flops: number;
    mfu: number;
    /** Hardware FLOPs utilisation: MFU with recomputation counted as work. */
    hfu: number;
    tokens: number;
    gpu_hours: Range;
    wall_clock_hours: Range;
    /** Steady-state training throughput per GPU, tokens/s, before goodput: what a training log prints. */
    tokens_per_gpu_second: number;
    /** Share of wall-clock time spent training (restarts, checkpoints and evaluation take the rest). */
    goodput: number;
    /**
     * One optimizer step on one GPU, seconds, term by term (compute + exposed communication + bubble = total),
     * from the estimator's own model (with `efficiency.mfu` set, the time above follows the given MFU instead).
     */
    step_seconds: StepTime;
  };
  cost_usd: Range;
  /**
   * basis: rented (a price per GPU-hour someone charges) or owned (hardware the team owns); rule: the settings price
   * rule applied; cluster: the owned cluster; age_days/stale: the catalog price's age against the run's today.
   */
  price: { gpu_hour_usd: number; source: string; as_of: string; provider: string | null; market: string; basis?: 'rented' | 'owned'; rule?: string | null; cluster?: string | null; age_days?: number | null; stale?: boolean };
  storage_bytes: { dataset: number; base_model: number; checkpoints: number; total: number };
  energy_kwh: number;
  co2_kg: number;
  /**
   * offload_ram_gb: host RAM the CPU offload needs on the most loaded node (with DeepSpeed's 1.5 buffer factor);
   * node_ram_gb: what that node has (its share of the typical server, or hardware.host_ram_gb); offload_fits: the
   * one holds the other. The three are present only with offload.
   */
  host: { system_ram_gb: number; cpu_cores: number; network: string; power_supply_w: number | null; offload_ram_gb?: number; node_ram_gb?: number; offload_fits?: boolean };
  alternatives: { gpu: string; count: number; wall_clock_hours: number; cost_usd: number; basis?: 'rented' | 'owned'; cluster?: string }[];
  /** The train-budget.yml project the job belongs to (absent: no project matched or no settings). */
  project?: string;
  assumptions: string[];
  /** What may make the estimate wrong, as file:line:col: message (an imported key not understood, tokens that look like examples). */
  warnings?: string[];
  violations: Violation[];
  /** How to make the job fit, or run it cheaper (src/plan/advice.ts fills it in; the estimator alone leaves it empty). */
  advice: Advice[];
}

/** One piece of advice: the manifest keys to change and what the job needs and costs after. */
export interface Advice {
  kind: 'fit' | 'layout' | 'gpu';
  summary: string;
  /** Manifest key path -> new value, e.g. { "training.gradient_checkpointing": "full" }. */
  change: Record<string, string | number>;
  memory_per_gpu_bytes: number;
  wall_clock_hours: number;
  cost_usd: number;
  /** 1 - cost after / cost before (negative when the fix costs more). */
  saving_fraction: number;
}
