/**
 * The divisors of `n` nearest to `target` (at most `k`, ascending), found in O(sqrt n) steps: the "nearby
 * divisors" hint for kv_heads once listed all numbers up to n, which for attention_heads: 200000000 built a
 * 1.4 GB array and aborted Node. Above `MAX_N` no hint is computed at all.
 */
export const MAX_N = 1e12;

export function nearbyDivisors(n: number, target: number, k = 3): number[] {
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_N) return [];
  const all: number[] = [];
  for (let d = 1; d * d <= n; d++) {
    if (n % d === 0) {
      all.push(d);
      if (d * d !== n) all.push(n / d);
    }
  }
  return all
    .sort((x, y) => Math.abs(x - target) - Math.abs(y - target) || x - y)
    .slice(0, k)
    .sort((x, y) => x - y);
}
