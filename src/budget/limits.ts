/** Budget limits, per job on expected values, and for all jobs together. Absent = no limit. */
export interface Limits {
  max_cost_usd?: number;
  max_gpu_hours?: number;
  max_gpus?: number;
  max_hours?: number;
  max_co2_kg?: number;
  max_total_cost_usd?: number;
}

/** The limits in the order reports list them, with the flag / input name users set them by. */
export const JOB_LIMITS = ['max_cost_usd', 'max_gpu_hours', 'max_gpus', 'max_hours', 'max_co2_kg'] as const;
export type JobLimit = (typeof JOB_LIMITS)[number];

/** `max_cost_usd` -> `max-cost-usd`: the spelling of CLI flags and action inputs. */
export const flagName = (limit: string) => limit.replace(/_/g, '-');
