import type { Limits } from '../budget/limits.js';
import type { OwnedCluster, PriceRule } from '../estimate/price-book.js';
import type { Market } from '../manifest/types.js';

export interface PricingDefaults {
  provider?: string;
  market?: Market;
  region?: string;
}

export interface Project {
  name: string;
  paths: string[];
  limits: Limits;
  /** Whether the project sets any limit: a project without limits falls back to the action's inputs. */
  hasLimits: boolean;
  defaults: PricingDefaults;
  runs_per_year: number | null;
}

/** A validated train-budget.yml. */
export interface Settings {
  /** The file as named in messages. */
  file: string;
  defaults: PricingDefaults;
  rules: PriceRule[];
  clusters: OwnedCluster[];
  projects: Project[];
}

export const SETTINGS_FILE = 'train-budget.yml';
