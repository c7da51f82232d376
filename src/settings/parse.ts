import { ACCELERATOR_IDS, findAccelerator } from '../catalog/accelerators.js';
import { PROVIDERS } from '../catalog/prices.js';
import type { Limits } from '../budget/limits.js';
import { explainIssue, type Located } from '../manifest/issues.js';
import { sortProblems } from '../manifest/problems.js';
import { didYouMean } from '../manifest/suggest.js';
import type { Problem } from '../manifest/types.js';
import { settingsSchema, type RawSettings } from './schema.js';
import type { PricingDefaults, Settings } from './types.js';
import { parseYaml } from './yaml.js';

type Key = string | number;

export type SettingsResult = { settings: Settings; problems: [] } | { settings: null; problems: Problem[] };

const LIMIT_KEYS: Record<string, keyof Limits> = {
  'max-cost-usd': 'max_cost_usd', 'max-gpu-hours': 'max_gpu_hours', 'max-gpus': 'max_gpus', 'max-hours': 'max_hours', 'max-co2-kg': 'max_co2_kg', 'max-total-cost-usd': 'max_total_cost_usd',
};

/** Rules across keys and against the catalogs: ids that exist, names used once, one rate per price rule. */
function settingsRules(s: RawSettings): Located[] {
  const out: Located[] = [];
  const gpu = (id: string, at: Key[]) => {
    if (!findAccelerator(id)) out.push({ path: at, atKey: false, message: `unknown accelerator "${id}"${didYouMean(id, ACCELERATOR_IDS) || `; known: ${ACCELERATOR_IDS.join(', ')}`}` });
  };
  const provider = (p: string, at: Key[]) => {
    if (!PROVIDERS.includes(p.toLowerCase())) out.push({ path: at, atKey: false, message: `unknown provider "${p}"${didYouMean(p, PROVIDERS) || `; known: ${PROVIDERS.join(', ')}`}` });
  };
  const defaults = (d: { pricing?: PricingDefaults } | undefined, at: Key[]) => {
    if (d?.pricing?.provider) provider(d.pricing.provider, [...at, 'pricing', 'provider']);
  };
  defaults(s.defaults, ['defaults']);
  (s.prices ?? []).forEach((r, i) => {
    const at: Key[] = ['prices', i];
    if (r.gpu) gpu(r.gpu, [...at, 'gpu']);
    if (r.provider) provider(r.provider, [...at, 'provider']);
    if ((r.gpu_hour_usd === undefined) === (r.discount_percent === undefined)) {
      out.push({ path: at, atKey: false, message: `a price rule gives exactly one of gpu_hour_usd (a rate) or discount_percent (off the catalog price)${r.gpu_hour_usd !== undefined ? ', not both' : ''}` });
    }
    if (r.gpu_hour_usd !== undefined && r.discount_percent === undefined && r.gpu === undefined) {
      out.push({ path: [...at, 'gpu_hour_usd'], atKey: true, message: 'a rate per GPU-hour needs the gpu it is for: add gpu (or use discount_percent for every GPU)' });
    }
  });
  const clusterNames = new Set<string>();
  (s.clusters ?? []).forEach((c, i) => {
    gpu(c.gpu, ['clusters', i, 'gpu']);
    if (clusterNames.has(c.name)) out.push({ path: ['clusters', i, 'name'], atKey: false, message: `cluster name "${c.name}" is used twice: each cluster needs its own name` });
    clusterNames.add(c.name);
  });
  const projectNames = new Set<string>();
  (s.projects ?? []).forEach((p, i) => {
    if (projectNames.has(p.name)) out.push({ path: ['projects', i, 'name'], atKey: false, message: `project name "${p.name}" is used twice: each project needs its own name` });
    projectNames.add(p.name);
    defaults(p.defaults, ['projects', i, 'defaults']);
    p.paths.forEach((g, j) => {
      if (g.startsWith('/') || g.includes('\\') || g.split('/').includes('..')) out.push({ path: ['projects', i, 'paths', j], atKey: false, message: `path "${g}" must be a glob relative to the repository root with / separators (e.g. research/**)` });
    });
  });
  return out;
}

const lower = (x: string | undefined) => (x === undefined ? undefined : x.toLowerCase());
const pricing = (d: { pricing?: PricingDefaults } | undefined): PricingDefaults => {
  const p = d?.pricing ?? {};
  return { ...(p.provider ? { provider: lower(p.provider)! } : {}), ...(p.market ? { market: p.market } : {}), ...(p.region ? { region: p.region } : {}) };
};

/** Parses and validates train-budget.yml: every problem at once, located, or the settings. */
export function parseSettings(text: string, file: string): SettingsResult {
  const parsed = parseYaml(text, file, 'train-budget.yml');
  if (parsed.problems.length) return { settings: null, problems: parsed.problems };
  const { data, finder } = parsed;
  const problems: Problem[] = [];
  const put = (l: Located) => {
    const p = l.atKey ? finder!.key(l.path) : finder!.at(l.path);
    problems.push({ file, line: p.line, col: p.col, message: l.message });
  };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, line: 1, col: 1, message: 'train-budget.yml must be a mapping starting with version: 1 (see schema/train-budget.schema.json)' });
    return { settings: null, problems };
  }
  const checked = settingsSchema.safeParse(data);
  if (!checked.success) {
    for (const issue of checked.error.issues) for (const l of explainIssue(issue, data, settingsSchema)) put(l);
    return { settings: null, problems: sortProblems(problems) };
  }
  settingsRules(checked.data).forEach(put);
  if (problems.length) return { settings: null, problems: sortProblems(problems) };
  const s = checked.data;
  const limits = (l: Record<string, number | undefined> | undefined): Limits => {
    const out: Limits = {};
    for (const [k, v] of Object.entries(l ?? {})) if (v !== undefined) out[LIMIT_KEYS[k]!] = v;
    return out;
  };
  return {
    problems: [],
    settings: {
      file,
      defaults: pricing(s.defaults),
      rules: (s.prices ?? []).map((r, i) => ({
        label: `${file} prices[${i + 1}]`,
        gpu: r.gpu ? findAccelerator(r.gpu)!.id : null,
        provider: lower(r.provider) ?? null,
        market: r.market ?? null,
        gpu_hour_usd: r.gpu_hour_usd ?? null,
        discount_percent: r.discount_percent ?? null,
        source: r.source ?? null,
      })),
      clusters: (s.clusters ?? []).map((c) => ({ ...c, gpu: findAccelerator(c.gpu)!.id })),
      projects: (s.projects ?? []).map((p) => ({
        name: p.name, paths: p.paths, limits: limits(p.limits), hasLimits: Object.keys(p.limits ?? {}).length > 0, defaults: pricing(p.defaults), runs_per_year: p.runs_per_year ?? null,
      })),
    },
  };
}
