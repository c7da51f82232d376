import type { Report } from '../budget/verdict.js';
import { violationCount } from '../budget/verdict.js';
import { adviceText, violationFix } from './advice.js';
import { bytes, co2kg, count, gpuHours, grouped, hours, hoursRange, kwh, limitValue, LIMIT_LABEL, pct, sci, usd } from './format.js';

/** The readable summary `estimate` prints by default. */
export function renderText(report: Report): string {
  const out: string[] = [];
  for (const j of report.jobs) {
    const m = j.memory.per_gpu_bytes;
    out.push(`${j.name}  (${j.file}${j.project ? `, project ${j.project}` : ''})`);
    out.push(`  model        ${j.model.name}: ${count(j.parameters.total)} parameters${j.parameters.active < j.parameters.total ? `, ${count(j.parameters.active)} active` : ''}, ${count(j.parameters.trainable)} trained (${j.method}, ${j.precision})`);
    out.push(`  hardware     ${j.hardware.count} x ${j.hardware.gpu}${j.hardware.min_count !== null && j.hardware.min_count !== j.hardware.count ? ` (fewest that fit: ${j.hardware.min_count})` : j.hardware.min_count === null ? ' (no count fits)' : ''}; ZeRO ${j.parallelism.zero}, TP ${j.parallelism.tensor}, PP ${j.parallelism.pipeline}, DP ${j.parallelism.data}`);
    out.push(`  memory/GPU   ${bytes(m.total)} of ${bytes(j.memory.gpu_capacity_bytes)} ${j.memory.fits ? 'fits' : 'DOES NOT FIT'} (weights ${bytes(m.weights)}, gradients ${bytes(m.gradients)}, optimizer ${bytes(m.optimizer)}, activations ${bytes(m.activations)}, overhead ${bytes(m.overhead)})`);
    out.push(`  compute      ${sci(j.compute.flops)} FLOPs over ${count(j.compute.tokens)} tokens at ${pct(j.compute.mfu)} MFU, ${grouped(Math.round(j.compute.tokens_per_gpu_second))} tokens/s per GPU (${pct(j.compute.goodput)} goodput)`);
    out.push(`  time         ${hours(j.compute.wall_clock_hours.expected)} (${hoursRange(j.compute.wall_clock_hours.low, j.compute.wall_clock_hours.high)}); ${gpuHours(j.compute.gpu_hours.expected)} GPU-hours`);
    out.push(`  cost         ${usd(j.cost_usd.expected)} (${usd(j.cost_usd.low)} to ${usd(j.cost_usd.high)}) at ${usd(j.price.gpu_hour_usd)}/GPU-hour ${j.price.cluster ? `owned (${j.price.cluster})` : j.price.basis ?? 'rented'}, ${j.price.source}, as of ${j.price.as_of}${j.price.stale ? ` (STALE: ${j.price.age_days} days old)` : ''}`);
    out.push(`  storage      ${bytes(j.storage_bytes.total)} (dataset ${bytes(j.storage_bytes.dataset)}, ${j.storage_bytes.base_model ? `base model ${bytes(j.storage_bytes.base_model)}, ` : ''}checkpoints ${bytes(j.storage_bytes.checkpoints)})`);
    out.push(`  energy       ${kwh(j.energy_kwh)}, ${co2kg(j.co2_kg)}`);
    out.push(`  host         ${j.host.system_ram_gb} GB RAM, ${j.host.cpu_cores} CPU cores per node; ${j.host.network}${j.host.power_supply_w ? `; ${j.host.power_supply_w} W power supply` : ''}`);
    if (j.alternatives.length) {
      out.push(`  alternatives ${j.alternatives.map((a) => `${a.count} x ${a.gpu}: ${hours(a.wall_clock_hours)}, ${usd(a.cost_usd)}`).join('; ')}`);
    }
    for (const v of j.violations) out.push((v.limit === 'gpu_memory_bytes' ? `  VIOLATION    needs ${bytes(v.actual)} per GPU, ${bytes(v.max)} available` : `  VIOLATION    ${LIMIT_LABEL[v.limit] ?? v.limit}: ${limitValue(v.limit, v.actual)} over ${v.project ? `project ${v.project}'s limit` : 'the limit'} of ${limitValue(v.limit, v.max)}`) + violationFix(j, v));
    out.push(...adviceText(j));
    out.push('');
  }
  const t = report.totals;
  const out_ = report.jobs.filter((j) => !j.memory.fits).length;
  out.push(`total: ${usd(t.cost_usd.expected)} (${usd(t.cost_usd.low)} to ${usd(t.cost_usd.high)}), ${gpuHours(t.gpu_hours.expected)} GPU-hours, ${kwh(t.energy_kwh)}, ${co2kg(t.co2_kg)}${out_ ? ` (without ${out_} job${out_ === 1 ? '' : 's'} that do${out_ === 1 ? 'es' : ''} not fit)` : ''}`);
  for (const v of report.violations) out.push(`VIOLATION ${LIMIT_LABEL[v.limit] ?? v.limit}${v.project ? ` (project ${v.project})` : ''}: ${limitValue(v.limit, v.actual)} over the limit of ${limitValue(v.limit, v.max)}`);
  const n = violationCount(report);
  out.push(report.over_budget ? `over budget: ${n} violation${n === 1 ? '' : 's'}` : 'within budget');
  return out.join('\n') + '\n';
}
