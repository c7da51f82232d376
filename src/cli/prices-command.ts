import { findAccelerator, ACCELERATOR_IDS } from '../catalog/accelerators.js';
import { ELECTRICITY_USD_PER_KWH, GPU_PRICES } from '../catalog/prices.js';
import { daysBetween, STALE_AFTER_DAYS } from '../estimate/price-book.js';
import { didYouMean } from '../manifest/suggest.js';
import { acceleratorHint } from '../manifest/gpu-names.js';
import { parseFlags, UsageError } from './args.js';
import type { Io } from './run.js';

export const PRICES_HELP = `Usage: train-budget prices [--gpu ID] [--format text|json]

Lists the price catalog: provider, GPU, instance, region, on-demand and spot price per GPU-hour, the date each
price was observed and its source. Prices older than ${STALE_AFTER_DAYS} days are marked stale.
  --gpu ID        only this accelerator (train-budget gpus lists them)
  --format        text (default) or json
`;

/** `train-budget prices`: the catalog with sources and dates, so a reader can judge what an estimate rests on. */
export function pricesCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseFlags(argv, { gpu: { type: 'string' }, format: { type: 'string' } }, 'prices');
  if (values.help) {
    io.out(PRICES_HELP);
    return 0;
  }
  if (positionals.length) throw new UsageError('prices takes no paths: use --gpu ID to pick one accelerator');
  const format = (values.format as string | undefined) ?? 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError(`--format must be text or json, got "${format}"`);
  let gpu: string | undefined;
  if (values.gpu !== undefined) {
    const a = findAccelerator(values.gpu as string);
    if (!a) throw new UsageError(`unknown accelerator "${String(values.gpu)}"${acceleratorHint(String(values.gpu)) || didYouMean(String(values.gpu), ACCELERATOR_IDS) || ''}; train-budget gpus lists them`);
    gpu = a.id;
  }
  const rows = GPU_PRICES.filter((p) => gpu === undefined || p.gpu === gpu)
    .map((p) => {
      const age = io.today ? daysBetween(p.as_of, io.today) : null;
      return { ...p, age_days: age, stale: age !== null && age > STALE_AFTER_DAYS };
    })
    .sort((a, b) => a.gpu.localeCompare(b.gpu) || a.on_demand - b.on_demand || a.provider.localeCompare(b.provider));
  if (format === 'json') {
    io.out(JSON.stringify({ today: io.today ?? null, stale_after_days: STALE_AFTER_DAYS, prices: rows, electricity_usd_per_kwh: ELECTRICITY_USD_PER_KWH }, null, 2) + '\n');
    return 0;
  }
  if (!rows.length) {
    io.out(`no cloud price for ${gpu} in the catalog: estimates price it like its nearest listed sibling, or at the electricity it draws\n`);
    return 0;
  }
  for (const r of rows) {
    const spot = r.spot === null ? '' : `, spot $${r.spot.toFixed(4)}`;
    io.out(`${r.gpu.padEnd(15)} ${r.provider.padEnd(10)} $${r.on_demand.toFixed(4)}/GPU-hour on-demand${spot}  ${[r.instance, r.region].filter(Boolean).join(' ')}\n`);
    io.out(`${''.padEnd(27)}observed ${r.as_of}${r.age_days !== null ? ` (${r.age_days} days ago${r.stale ? ', STALE' : ''})` : ''}${r.as_of_note ? `; ${r.as_of_note}` : ''}${r.spot_as_of ? `; spot observed ${r.spot_as_of}${io.today ? ` (${daysBetween(r.spot_as_of, io.today)} days ago)` : ''}` : ''}\n`);
    io.out(`${''.padEnd(27)}source: ${r.source}\n`);
  }
  return 0;
}
