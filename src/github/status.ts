/** The HTTP status of a failed request, if it has one (its own module so callers need not load Octokit). */
export function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}
