import { readFileSync, readdirSync } from 'node:fs';
import { compareReports } from '../src/budget/compare.js';
import { buildReport } from '../src/budget/verdict.js';
import { estimateJob } from '../src/estimate/estimate.js';
import { withAdvice } from '../src/plan/advice.js';
import { parseManifest } from '../src/manifest/load.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { changeViolations } from '../src/budget/compare.js';

/**
 * The sample pull-request comments in docs/: the shipped examples as the head of a pull request whose base had
 * the QLoRA job at a third of its tokens and one job fewer (the Mixtral one is new).
 */
export function sampleComments(): Record<string, string> {
  const read = (f: string) => readFileSync(`examples/${f}`, 'utf8');
  const reader = (p: string) => {
    try {
      return { ok: true as const, text: readFileSync(p, 'utf8') };
    } catch {
      return { ok: false as const, error: 'missing' };
    }
  };
  const parse = (name: string, text: string) => parseManifest(text, { file: `examples/${name}`, repoPath: `examples/${name}`, readRepoFile: reader }).jobs;
  const files = readdirSync('examples').filter((f) => f.endsWith('.train.yaml')).sort();
  const head = files.flatMap((f) => parse(f, read(f)));
  const baseJobs = files
    .filter((f) => f !== 'moe-mixtral-lora.train.yaml')
    .flatMap((f) => parse(f, f === 'qlora-8b-rtx4090.train.yaml' ? read(f).replace('tokens: 20M', 'tokens: 7M') : read(f)));
  const touched = new Set(['examples/qlora-8b-rtx4090.train.yaml', 'examples/moe-mixtral-lora.train.yaml']);
  const out: Record<string, string> = {};
  for (const [file, limits] of [
    ['docs/sample-comment.md', {}],
    ['docs/sample-comment-over-budget.md', { max_cost_usd: 100000, max_gpus: 256, max_hours: 8 }],
  ] as const) {
    const report = buildReport(head.map((j) => withAdvice(j, estimateJob(j))), limits);
    const comparison = compareReports(baseJobs.map(estimateJob), report, touched);
    if (file.includes('over-budget')) {
      const v = changeViolations(comparison, { max_cost_increase_usd: 50 });
      report.violations.push(...v);
      report.over_budget = report.over_budget || v.length > 0;
    }
    out[file] = renderMarkdown(report, { comparison, limitsSet: file.includes('over-budget'), marker: '<!-- train-budget:default -->', summaryUrl: 'https://github.com/OWNER/REPO/actions/runs/1', maxLength: 65536 });
  }
  return out;
}
