import type { Limits } from '../budget/limits.js';
import type { Settings } from './types.js';

/** Limits of the projects that set any, by project name (for buildReport). */
export function projectLimits(settings: Settings | null): Map<string, Limits> {
  return new Map((settings?.projects ?? []).filter((p) => p.hasLimits).map((p) => [p.name, p.limits]));
}
