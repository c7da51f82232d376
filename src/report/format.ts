/** Number formatting shared by the text and markdown reports: fixed locale (en-US) so output is deterministic. */
const nf = (digits: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function usd(x: number): string {
  if (x >= 100) return `$${nf(0).format(x)}`;
  return `$${nf(2).format(x)}`;
}

/** A change in dollars with its sign: +$4,210, -$12.50. */
export function usdDelta(x: number): string {
  return `${x < 0 ? '-' : '+'}${usd(Math.abs(x))}`;
}

export function count(x: number): string {
  if (x >= 1e12) return `${+(x / 1e12).toFixed(2)}T`;
  if (x >= 1e9) return `${+(x / 1e9).toFixed(2)}B`;
  if (x >= 1e6) return `${+(x / 1e6).toFixed(1)}M`;
  if (x >= 1e3) return `${+(x / 1e3).toFixed(1)}K`;
  return `${+x.toFixed(0)}`;
}

export function bytes(x: number): string {
  const gib = x / 2 ** 30;
  if (gib >= 1024) return `${(gib / 1024).toFixed(1)} TiB`;
  if (gib >= 1) return `${gib.toFixed(1)} GiB`;
  return `${(x / 2 ** 20).toFixed(0)} MiB`;
}

export function hours(h: number): string {
  if (h < 1) return `${(h * 60).toFixed(0)} min`;
  if (h < 48) return `${h.toFixed(1)} h`;
  const days = h / 24;
  if (days < 60) return `${days.toFixed(1)} days`;
  if (days < 730) return `${(days / 30.44).toFixed(1)} months`;
  return `${(days / 365.25).toFixed(1)} years`;
}

export function gpuHours(h: number): string {
  return `${nf(h < 10 ? 1 : 0).format(h)}`;
}

export function num(x: number, digits = 0): string {
  return nf(digits).format(x);
}

export function pct(x: number, digits = 0): string {
  return `${(x * 100).toFixed(digits)}%`;
}

export function sci(x: number): string {
  return x.toExponential(2).replace('e+', 'e');
}

/** Human names of the limits. */
export const LIMIT_LABEL: Record<string, string> = {
  gpu_memory_bytes: 'GPU memory',
  max_cost_usd: 'cost',
  max_gpu_hours: 'GPU-hours',
  max_gpus: 'GPUs',
  max_hours: 'wall-clock hours',
  max_co2_kg: 'CO2 (kg)',
  max_total_cost_usd: 'total cost',
  max_cost_increase_usd: 'cost increase',
  max_cost_increase_percent: 'cost increase (%)',
};

export function limitValue(limit: string, x: number): string {
  if (limit === 'gpu_memory_bytes') return bytes(x);
  if (limit.includes('usd')) return usd(x);
  if (limit.endsWith('percent')) return `${x.toFixed(1)}%`;
  if (limit === 'max_gpus') return num(x);
  return num(x, 1);
}
