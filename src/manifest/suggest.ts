/** "Did you mean": the closest known words by edit distance (Damerau-Levenshtein, optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      const prev = d[i - 1]!;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[m]![n]!;
}

/**
 * Up to `max` known words closest to `word`, best first. A word counts as close when its distance is at most
 * a third of its length (at least 2), or when one contains the other (`llama-8b` -> `llama-3.1-8b`).
 */
/** Longest word compared at all: the edit distance is quadratic in length (a 1 MB model id took 51 s and 750 MB). */
export const MAX_SUGGEST_CHARS = 200;

export function closest(word: string, known: readonly string[], max = 3): string[] {
  if (word.length > MAX_SUGGEST_CHARS) return [];
  const w = word.toLowerCase();
  const scored = known.map((k) => {
    const kl = k.toLowerCase();
    const limit = Math.max(2, Math.ceil(Math.max(w.length, kl.length) / 3));
    // The distance is at least the difference in length: words of dissimilar length cannot be close by it.
    let score = Math.abs(w.length - kl.length) > limit || kl.length > MAX_SUGGEST_CHARS ? Infinity : editDistance(w, kl);
    if (kl.startsWith(w)) score = Math.min(score, 0.5);
    else if (kl.includes(w) || w.includes(kl)) score = Math.min(score, 1.5);
    // Same digits in the same order (sizes like 8b, 70b) with the same family prefix count as close.
    const digits = (s: string) => s.replace(/[^0-9.]/g, '');
    if (digits(w) !== '' && digits(w) === digits(kl) && kl[0] === w[0]) score = Math.min(score, 2.5);
    return { k, score, limit };
  });
  return scored
    .filter((s) => s.score <= s.limit)
    .sort((x, y) => x.score - y.score || x.k.localeCompare(y.k))
    .slice(0, max)
    .map((s) => s.k);
}

/** ` (did you mean "a", "b"?)` or the empty string. */
export function didYouMean(word: string, known: readonly string[]): string {
  const c = closest(word, known);
  return c.length ? ` (did you mean ${c.map((x) => `"${x}"`).join(', ')}?)` : '';
}
