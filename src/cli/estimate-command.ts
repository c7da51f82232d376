import type { Io } from './run.js';

export const ESTIMATE_HELP = `Usage: train-budget estimate [paths or globs...] [flags]

Not available yet: the estimator arrives with the next release. Use "train-budget validate" meanwhile.
`;

export function estimateCommand(_argv: string[], io: Io): number {
  io.err('train-budget: estimate is not available yet; "validate" checks manifests meanwhile\n');
  return 2;
}
