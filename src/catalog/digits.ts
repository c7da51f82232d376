/**
 * 1234567 -> "1,234,567", as toLocaleString('en-US') writes a whole number, without it: the first toLocaleString in
 * a process loads ICU's number data (about 80-190 ms here, more than the rest of an action run that posts nothing;
 * npm run bench). It lives in catalog/, the lowest layer that writes numbers into words, so that the catalog and
 * the estimator's assumptions share it. The reports round and group with src/report/format.ts.
 */
export function groupDigits(n: number): string {
  // Only the whole part is grouped: "1234.5678" -> "1,234.5678" (the regex alone would group the decimals too).
  // Whole numbers from 1e21 up: all their digits (BigInt), as toLocaleString writes them, not String's "1e+21".
  const text = Number.isInteger(n) ? BigInt(n).toString() : String(n);
  const [whole, decimals] = text.split('.') as [string, string?];
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (decimals === undefined ? '' : `.${decimals}`);
}
