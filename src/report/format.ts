/**
 * Number formatting shared by the text and markdown reports: en-US digits and grouping, written out so output is
 * deterministic and needs no locale data. The first `Intl.NumberFormat` (or `toLocaleString`) in a process loads
 * ICU's locale data, which took longer than all the rest of an action run that posts nothing (npm run bench).
 * Rounding is Intl.NumberFormat's: the shortest decimal that reads back as the number (`String(x)`, so 1.005 is
 * "1.005"), rounded half away from zero; `toFixed` rounds the binary value instead (1.005 -> "1.00").
 */
// Made once: a regular expression literal in a function body is a new RegExp object on every call.
const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g; // replace() starts a global expression at lastIndex 0 and leaves it there

export function grouped(x: number, digits = 0): string {
  const plain = String(Math.abs(x));
  // NaN, Infinity, and numbers String() writes with an exponent (below 1e-6, 1e21 and up): toFixed's form.
  if (!PLAIN_DECIMAL.test(plain)) return x.toFixed(digits);
  const [int, frac = ''] = plain.split('.') as [string, string?];
  let kept = int + frac.slice(0, digits).padEnd(digits, '0');
  if (frac.length > digits && frac[digits]! >= '5') {
    // Add one in the last kept place, carrying.
    const d = [...kept];
    let i = d.length - 1;
    while (i >= 0 && d[i] === '9') d[i--] = '0';
    if (i < 0) d.unshift('1');
    else d[i] = String(Number(d[i]) + 1);
    kept = d.join('');
  }
  const whole = kept.slice(0, kept.length - digits).replace(THOUSANDS, ',');
  return `${x < 0 || Object.is(x, -0) ? '-' : ''}${whole}${digits ? `.${kept.slice(kept.length - digits)}` : ''}`;
}
const nf = (digits: number) => ({ format: (x: number) => grouped(x, digits) });

export function usd(x: number): string {
  // A positive amount never shows as $0.00.
  if (x > 0 && x < 0.005) return '<$0.01';
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
  if (x > 0 && x < 2 ** 19) return '<1 MiB';
  const gib = x / 2 ** 30;
  if (gib >= 1024) return `${(gib / 1024).toFixed(1)} TiB`;
  if (gib >= 1) return `${gib.toFixed(1)} GiB`;
  return `${(x / 2 ** 20).toFixed(0)} MiB`;
}

export function hours(h: number): string {
  if (h > 0 && h < 1 / 120) return '<1 min';
  if (h < 1) return `${(h * 60).toFixed(0)} min`;
  if (h < 48) return `${h.toFixed(1)} h`;
  const days = h / 24;
  if (days < 60) return `${days.toFixed(1)} days`;
  if (days < 730) return `${(days / 30.44).toFixed(1)} months`;
  return `${(days / 365.25).toFixed(1)} years`;
}

export function gpuHours(h: number): string {
  if (h > 0 && h < 0.05) return '<0.1';
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

/** The unit hours() would show `h` in, for ranges: both ends in one unit, "60 to 88 days", never "59.8 days to 2.9 months". */
function timeUnit(h: number): { per: number; name: string } {
  if (h < 1) return { per: 1 / 60, name: 'min' };
  if (h < 48) return { per: 1, name: 'h' };
  if (h / 24 < 60) return { per: 24, name: 'days' };
  if (h / 24 < 730) return { per: 24 * 30.44, name: 'months' };
  return { per: 24 * 365.25, name: 'years' };
}

/** A value in a unit: whole numbers from 10 up, one decimal below; a positive value never shows as 0. */
function inUnit(x: number, per: number): string {
  const v = x / per;
  if (v > 0 && v < 0.05) return '<0.1';
  return v >= 10 ? v.toFixed(0) : v.toFixed(1);
}

/** A wall-clock range in one unit, the unit of its lower end (minutes only when both ends are): "60 to 88 days". */
export function hoursRange(low: number, high: number): string {
  const u = high < 1 ? timeUnit(high) : timeUnit(Math.max(low, 1));
  return `${inUnit(low, u.per)} to ${inUnit(high, u.per)} ${u.name}`;
}

/** Energy: "1,234 kWh", "<1 kWh" (a positive quantity never rounds to zero). */
export function kwh(x: number): string {
  return x > 0 && x < 0.5 ? '<1 kWh' : `${nf(0).format(x)} kWh`;
}

/** Emissions: "1,234 kg CO2e", "<1 kg CO2e". */
export function co2kg(x: number): string {
  return x > 0 && x < 0.5 ? '<1 kg CO2e' : `${nf(0).format(x)} kg CO2e`;
}
