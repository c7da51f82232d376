/** Today as the process shell gives it: TRAIN_BUDGET_TODAY (YYYY-MM-DD, for reproducible runs) or the UTC date. */
export function todayFromEnvironment(env: NodeJS.ProcessEnv, now: Date): string {
  const fixed = env.TRAIN_BUDGET_TODAY?.trim();
  return fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) && !Number.isNaN(Date.parse(fixed)) ? fixed : now.toISOString().slice(0, 10);
}
