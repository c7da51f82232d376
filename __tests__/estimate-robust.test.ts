import { ACCELERATORS } from '../src/catalog/accelerators.js';
import { estimateJob } from '../src/estimate/estimate.js';
import { renderJson, reportDocument } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderText } from '../src/report/text.js';
import { compareReports } from '../src/budget/compare.js';
import type { JobEstimate } from '../src/estimate/types.js';
import { buildReport } from '../src/budget/verdict.js';
import { parse } from './helpers/manifest.js';

/** Every number in a report is finite and non-negative, whatever the combination of settings. */
function numbers(x: unknown, path = '$', out: [string, number][] = []): [string, number][] {
  if (typeof x === 'number') out.push([path, x]);
  else if (Array.isArray(x)) x.forEach((v, i) => numbers(v, `${path}[${i}]`, out));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) numbers(v, `${path}.${k}`, out);
  return out;
}

describe('estimates over the whole settings space', () => {
  it('never produce NaN, Infinity or negative numbers, and keep low <= expected <= high', () => {
    const bad: string[] = [];
    let n = 0;
    for (const method of ['pretrain', 'full', 'lora', 'qlora']) {
      for (const precision of ['fp32', 'fp16', 'bf16', 'fp8']) {
        for (const gpu of ACCELERATORS) {
          for (const [optimizer, zero, offload, ckpt, count] of [
            ['adamw', 0, 'none', 'none', '1'],
            ['adamw_8bit', 2, 'optimizer', 'selective', '8'],
            ['adafactor', 3, 'optimizer_and_params', 'full', 'auto'],
            ['lion', 1, 'none', 'none', '16'],
          ] as const) {
            for (const model of ['mixtral-8x7b', '{ parameters: 1.5B }', 'deepseek-v3']) {
              const text = `name: j\nmodel: ${model}\nmethod: ${method}\nprecision: ${precision}\noptimizer: ${optimizer}\ndata: { tokens: 100M, epochs: 1.5 }\ntraining: { sequence_length: 1024, gradient_checkpointing: ${ckpt}, flash_attention: ${zero !== 1} }\nhardware: { gpu: ${gpu.id}, count: ${count} }\nparallelism: { zero: ${zero}, offload: ${offload} }\n`;
              const r = parse(text);
              if (r.problems.length) continue; // e.g. fp8 on an A100, bf16 on a V100: refused by validation
              const e = estimateJob(r.jobs[0]!);
              n++;
              for (const [p, v] of numbers(JSON.parse(renderJson(buildReport([e], {}))))) {
                if (!Number.isFinite(v) || v < 0) bad.push(`${gpu.id} ${method} ${precision} ${optimizer} ${model}: ${p} = ${v}`);
              }
              for (const r of [e.compute.gpu_hours, e.compute.wall_clock_hours, e.cost_usd]) {
                if (!(r.low <= r.expected && r.expected <= r.high)) bad.push(`${gpu.id} ${method}: range out of order`);
              }
              if (e.compute.mfu <= 0 || e.compute.mfu > 1) bad.push(`${gpu.id} ${method} ${precision}: mfu ${e.compute.mfu}`);
            }
          }
        }
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
    expect(n).toBeGreaterThan(500);
  });
});

describe('extreme but valid inputs (issue 12, finding 6): every output field a finite, non-negative number', () => {
  // The walk runs on the report object BEFORE JSON.stringify, which would turn NaN and Infinity into null unseen;
  // and the JSON text must read back as the same object (so no number became null on the way).
  const EXTREMES: [string, string][] = [
    ['tokens at the limit', 'model: llama-3.1-8b\nmethod: full\ndata: { tokens: 1e16 }\nhardware: { gpu: h100-80gb, count: 64 }'],
    ['tokens x epochs at the limit', 'model: llama-3.1-8b\nmethod: lora\ndata: { tokens: 1e12, epochs: 10000 }\nhardware: { gpu: h100-80gb, count: 8 }'],
    ['the largest model on one GPU', 'model: { parameters: 1e14 }\nmethod: pretrain\ndata: { tokens: 1e16 }\nhardware: { gpu: h100-80gb, count: 1 }'],
    ['the smallest model, one token', 'model: { parameters: 1e6 }\nmethod: full\ndata: { tokens: 1 }\nhardware: { gpu: rtx-4090, count: 1 }'],
    ['a million GPUs at the lowest MFU and the highest price', 'model: llama-3.1-8b\nmethod: full\ndata: { tokens: 1e16 }\nhardware: { gpu: h100-80gb, count: 1000000 }\nefficiency: { mfu: 0.01 }\npricing: { gpu_hour_usd: 10000 }'],
    ['long sequences, big batches', 'model: llama-3.1-8b\nmethod: full\ndata: { tokens: 1e16 }\ntraining: { sequence_length: 100000000, micro_batch_size: 1000000 }\nhardware: { gpu: h100-80gb, count: 8 }'],
    ['count auto at the limit', 'model: llama-3.1-8b\nmethod: full\ndata: { tokens: 1e16 }\nhardware: { gpu: h100-80gb, count: auto, max_count: 1000000 }'],
  ];
  // "$-40" was a negative cost; "-$40" is a fall in a comparison, as it should read.
  const BAD_TEXT = /NaN|Infinity|∞|undefined|\$-|e\+/;

  function check(label: string, doc: unknown, bad: string[]) {
    for (const [p, v] of numbers(doc)) if (!Number.isFinite(v) || v < 0) bad.push(`${label}: ${p} = ${v}`);
    if (JSON.stringify(JSON.parse(JSON.stringify(doc))) !== JSON.stringify(doc, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? `!${v}` : v))) bad.push(`${label}: a number turned into null in JSON`);
  }

  it.each(EXTREMES)('%s', (label, body) => {
    const r = parse(`name: j\n${body}\n`);
    expect(r.problems).toEqual([]);
    const e = estimateJob(r.jobs[0]!);
    const report = buildReport([e], {});
    const bad: string[] = [];
    check(label, reportDocument(report), bad);
    expect(bad).toEqual([]);
    for (const text of [renderMarkdown(report), renderText(report)]) expect(text.match(BAD_TEXT)?.[0] ?? null).toBeNull();
  });

  it('a comparison between the extremes says by how much the cost falls in dollars and percent, never $NaN or -NaN%', () => {
    const [big, small] = [EXTREMES[4]![1], EXTREMES[3]![1]].map((b) => estimateJob(parse(`name: j\n${b}\n`).jobs[0]!)) as [JobEstimate, JobEstimate];
    for (const [before, after] of [[big, small], [small, big]] as const) {
      const report = buildReport([after], {});
      const comparison = compareReports([before], report, new Set([after.file]));
      // A fall is negative here by design; finite is what matters.
      for (const v of [comparison.delta_percent, comparison.delta_usd, comparison.before_cost_usd, comparison.after_cost_usd]) expect(Number.isFinite(v)).toBe(true);
      const md = renderMarkdown(report, { comparison });
      expect(md.match(BAD_TEXT)?.[0] ?? null).toBeNull();
    }
  });
});
