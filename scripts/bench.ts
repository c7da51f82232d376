// npm run bench: how long estimating takes once manifests are loaded (1, 100 and 10,000 jobs), and parsing.
import { readFileSync } from 'node:fs';
import { estimateJob } from '../src/estimate/estimate.js';
import { parseManifest } from '../src/manifest/load.js';
import type { Job } from '../src/manifest/types.js';
import { buildReport } from '../src/budget/verdict.js';
import { renderJson } from '../src/report/json.js';

const files = ['pretrain-7b-a100-40gb', 'pretrain-70b-a100-40gb', 'finetune-70b-80gb', 'qlora-8b-rtx4090', 'moe-mixtral-lora'];
const texts = files.map((f) => readFileSync(`examples/${f}.train.yaml`, 'utf8'));
const parse = (text: string, i: number): Job => {
  const r = parseManifest(text, { file: `examples/${files[i]}.train.yaml`, repoPath: `examples/${files[i]}.train.yaml`, readRepoFile: () => ({ ok: false, error: 'n/a' }) });
  return r.jobs[0]!;
};
const jobs = texts.map(parse);

function time(label: string, n: number, fn: (i: number) => unknown): void {
  fn(0); // warm the JIT
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`${label.padEnd(34)} ${String(n).padStart(6)} x  ${ms.toFixed(1).padStart(9)} ms total  ${((ms * 1000) / n).toFixed(1).padStart(8)} µs each`);
}

console.log(`node ${process.version}, ${process.arch}`);
for (const n of [1, 100, 10000]) time('estimate (incl. alternatives)', n, (i) => estimateJob(jobs[i % jobs.length]!));
time('parse + validate a manifest', 1000, (i) => parse(texts[i % texts.length]!, i % texts.length));
const many = Array.from({ length: 1000 }, (_, i) => estimateJob(jobs[i % jobs.length]!));
time('report of 1,000 jobs (JSON)', 10, () => renderJson(buildReport(many, {})));
console.log(`heap used: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
