import type { Limits } from '../budget/limits.js';
import { GATE_MODES, type GateMode } from '../budget/scope.js';
import * as core from './runner.js';

export type CommentMode = 'update' | 'new' | 'off';

export interface ActionInputs {
  manifests: string[];
  token: string;
  limits: Limits;
  increase: { max_cost_increase_usd?: number; max_cost_increase_percent?: number };
  failOnViolation: boolean;
  comment: CommentMode;
  commentTag: string;
  workingDirectory: string;
  /** Never fetch a Hugging Face config.json: catalog ids and repository files only. */
  offline: boolean;
  /** Path of the settings file relative to the repository root ('' = train-budget.yml when there is one). */
  config: string;
  /** Which jobs' own violations fail the check on a pull request (budget/scope.ts). */
  gate: GateMode;
  /**
   * A comment rendered earlier (the `comment-file` output of a `pull_request` run, downloaded from its artifact):
   * post it on the pull request the triggering run belongs to, and do nothing else ('' = estimate as usual).
   */
  postCommentFile: string;
}

/** A bad input: the step fails with this message, which names the input. */
export class InputError extends Error {}

const DEFAULT_GLOBS = ['**/*.train.yaml', '**/*.train.yml'];

function limit(name: string): number | undefined {
  const raw = core.getInput(name).trim();
  if (raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new InputError(`input ${name} must be a non-negative number, got "${raw}"`);
  return n;
}

/** Reads and checks every input of action.yml; the first bad one throws an InputError naming it. */
export function readInputs(): ActionInputs {
  const comment = (core.getInput('comment').trim() || 'update') as CommentMode;
  if (!['update', 'new', 'off'].includes(comment)) throw new InputError(`input comment must be update, new or off, got "${comment}"`);
  const tag = core.getInput('comment-tag').trim() || 'default';
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(tag)) throw new InputError(`input comment-tag may hold only letters, digits, ".", "_" and "-" (at most 64), got "${tag}"`);
  const failRaw = core.getInput('fail-on-violation').trim().toLowerCase() || 'true';
  if (!['true', 'false'].includes(failRaw)) throw new InputError(`input fail-on-violation must be true or false, got "${failRaw}"`);
  const gate = (core.getInput('gate').trim().toLowerCase() || 'changed') as GateMode;
  if (!GATE_MODES.includes(gate)) throw new InputError(`input gate must be changed or all, got "${gate}"`);
  const offlineRaw = core.getInput('offline').trim().toLowerCase() || 'false';
  if (!['true', 'false'].includes(offlineRaw)) throw new InputError(`input offline must be true or false, got "${offlineRaw}"`);
  const manifests = core.getMultilineInput('manifests').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  const limits: Limits = {};
  for (const [input, key] of [
    ['max-cost-usd', 'max_cost_usd'], ['max-gpu-hours', 'max_gpu_hours'], ['max-gpus', 'max_gpus'], ['max-hours', 'max_hours'],
    ['max-co2-kg', 'max_co2_kg'], ['max-total-cost-usd', 'max_total_cost_usd'],
  ] as const) {
    const v = limit(input);
    if (v !== undefined) limits[key] = v;
  }
  const increase: ActionInputs['increase'] = {};
  const usd = limit('max-cost-increase-usd');
  const percent = limit('max-cost-increase-percent');
  if (usd !== undefined) increase.max_cost_increase_usd = usd;
  if (percent !== undefined) increase.max_cost_increase_percent = percent;
  return {
    manifests: manifests.length ? manifests : DEFAULT_GLOBS,
    token: core.getInput('github-token').trim(),
    limits,
    increase,
    failOnViolation: failRaw === 'true',
    comment,
    commentTag: tag,
    workingDirectory: core.getInput('working-directory').trim() || '.',
    offline: offlineRaw === 'true',
    config: core.getInput('config'),
    gate,
    postCommentFile: core.getInput('post-comment-file'),
  };
}
