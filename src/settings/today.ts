/** Today as the process shell gives it: TRAIN_BUDGET_TODAY (YYYY-MM-DD, for reproducible runs) or the UTC date. */
export function todayFromEnvironment(env: NodeJS.ProcessEnv, now: Date): string {
  const fixed = env.TRAIN_BUDGET_TODAY?.trim();
  return fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) && !Number.isNaN(Date.parse(fixed)) ? fixed : utcDate(now);
}

/**
 * YYYY-MM-DD of `now` in UTC, from the getUTC* fields: what `toISOString().slice(0, 10)` gives for years 0-9999,
 * without toISOString, whose first call in a process took about 1 ms (node 20), on every action run.
 */
function utcDate(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getUTCFullYear()).padStart(4, '0')}-${two(now.getUTCMonth() + 1)}-${two(now.getUTCDate())}`;
}
