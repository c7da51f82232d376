import { ACCELERATORS } from '../src/catalog/accelerators.js';
import { estimateJob } from '../src/estimate/estimate.js';
import { renderJson } from '../src/report/json.js';
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
