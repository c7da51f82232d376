/** One set-up as the plan reports it (the `jobs[].plan.*` JSON shape). */
export interface PlannedSetup {
  gpu: string;
  /** The owned cluster (train-budget.yml clusters) the set-up runs on, priced at its derived cost; null: rented. */
  cluster: string | null;
  count: number;
  parallelism: { zero: 0 | 1 | 2 | 3; tensor: number; pipeline: number; data: number; offload: string };
  training: { micro_batch_size: number; gradient_checkpointing: string };
  memory_per_gpu_bytes: number;
  wall_clock_hours: number;
  gpu_hours: number;
  cost_usd: number;
  mfu: number;
}

/** The plan of one job: `jobs[].plan` of `train-budget plan --format json`. */
export interface JobPlan {
  objective: 'cost' | 'time';
  deadline_hours: number | null;
  max_cost_usd: number | null;
  max_gpus: number | null;
  gpus: string[];
  /** Owned clusters searched beside the rented kinds. */
  clusters: string[];
  minimum: PlannedSetup | null;
  recommended: PlannedSetup | null;
  fastest: PlannedSetup | null;
  frontier: PlannedSetup[];
  /** The recommended set-up as manifest keys, ready to paste (YAML), or null. */
  manifest_fragment: string | null;
  /** Set-ups scored with a full time-and-cost estimate. */
  evaluated: number;
  infeasible_reason: string | null;
  /** The global batch every set-up uses (src/plan/batch.ts): a plan never changes the optimisation. */
  global_batch: { sequences: number; tokens: number; source: 'manifest' | 'layout' | 'default' };
  /** What the plan assumed, in words. */
  assumptions: string[];
}
