/**
 * 1234567 -> "1,234,567", as toLocaleString('en-US') writes a whole number, without it: the first toLocaleString in
 * a process loads ICU's number data (about 80-190 ms here, more than the rest of an action run that posts nothing;
 * npm run bench). It lives in catalog/, the lowest layer that writes numbers into words, so that the catalog and
 * the estimator's assumptions share it. The reports round and group with src/report/format.ts.
 *
 * Written as a loop over the digits, not a regex replace or BigInt: the action calls it a few times a run, and a
 * first regex run and BigInt conversion cost more than all of those calls (~0.3 ms against ~0.05 ms, cold).
 */
export function groupDigits(n: number): string {
  // Whole numbers beyond 2^53 - 1 (String's shortest round-trip digits, or "1e+21" from 1e21 up): all their
  // digits, as toLocaleString writes them (BigInt). Others: String's digits.
  const text = Number.isInteger(n) && Math.abs(n) > Number.MAX_SAFE_INTEGER ? BigInt(n).toString() : String(n);
  // Only the whole part is grouped: "1234.5678" -> "1,234.5678". A whole part that is not all digits after its
  // sign ("1e-7", "NaN", "Infinity") has no run of digits to group and is written as it is.
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  const from = whole.charCodeAt(0) === 45 ? 1 : 0; // '-'
  for (let i = from; i < whole.length; i++) {
    const c = whole.charCodeAt(i);
    if (c < 48 || c > 57) return text;
  }
  let at = from + ((whole.length - from) % 3 || 3);
  let out = whole.slice(0, at);
  for (; at < whole.length; at += 3) out += `,${whole.slice(at, at + 3)}`;
  return dot < 0 ? out : out + text.slice(dot);
}
