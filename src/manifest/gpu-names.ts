import { ACCELERATOR_IDS, ACCELERATORS } from '../catalog/accelerators.js';
import { closest } from './suggest.js';

/**
 * What people type for an accelerator: the marketing name ("H100 SXM", "NVIDIA A100 80GB", "RTX 4090", "Tesla
 * V100") rather than the catalog id. Edit distance does not get from "H100 SXM" to `h100-80gb`, but the catalog's
 * own names do ("NVIDIA H100 SXM5 80GB"): a typed name matches an entry when each of its words starts a word of
 * the entry's name or id. Laptop parts get their own answer: they share a name with a desktop card but are other
 * chips with less memory, so no catalog id stands in for them.
 */

/** Vendor and brand words that name no particular part. */
const NOISE = new Set(['nvidia', 'geforce', 'amd', 'instinct', 'tesla', 'gpu', 'radeon']);
const words = (s: string) => s.toLowerCase().split(/[\s_\-/()]+/).filter((w) => w !== '' && !NOISE.has(w));
/** Letters then digits written together ("rtx4090") may also match as two words ("rtx", "4090"). */
const split = (w: string) => w.match(/^([a-z]+)(\d+)$/)?.slice(1) ?? null;

/** Laptop parts: "RTX 4090 Laptop", "RTX 3080 Mobile", "Max-Q", and NVIDIA's "4090M". */
const LAPTOP = /\b(laptop|mobile|notebook|max[\s-]?q)\b|\b(rtx\s*)?\d{4}\s?m\b/i;

/**
 * A hint for an unknown `hardware.gpu` value, or '' when the name suggests nothing edit distance does not: ` (did
 * you mean "h100-80gb", the NVIDIA H100 SXM5 80GB?)`, or for a laptop part why it has no id.
 */
export function acceleratorHint(typed: string): string {
  if (LAPTOP.test(typed)) {
    // NVIDIA GeForce RTX 40 Series laptops specifications (nvidia.com/en-us/geforce/laptops/40-series/): the
    // RTX 4090 Laptop GPU has 16 GB of GDDR6 (an AD103 chip) where the desktop RTX 4090 has 24 GB of GDDR6X (AD102).
    return ': laptop GPUs are not in the catalog. A laptop part is a smaller chip than the desktop card of the same name, with less memory and a power limit the laptop maker sets (an RTX 4090 Laptop GPU has 16 GB, the desktop rtx-4090 24 GB), so no catalog id stands in for it (the desktop id would overstate its memory and speed); `train-budget gpus` lists the cards the catalog knows';
  }
  const typedWords = words(typed);
  if (!typedWords.length) return '';
  const matches = ACCELERATORS.filter((a) => {
    const own = [...words(a.name), ...a.id.split('-')];
    const starts = (w: string) => own.some((o) => o.startsWith(w));
    // Every typed word starts one of the entry's words ("sxm" -> "SXM5", "80" -> "80GB").
    return typedWords.every((w) => starts(w) || (split(w)?.every(starts) ?? false));
  });
  if (!matches.length || matches.length > 4) return '';
  // Where edit distance already finds the same ids ("h100" -> the three H100s), its shorter answer stands.
  const near = closest(typed, ACCELERATOR_IDS);
  if (near.length === matches.length && matches.every((a) => near.includes(a.id))) return '';
  return ` (did you mean ${matches.map((a) => `"${a.id}", the ${a.name}`).join('; or ')}?)`;
}
