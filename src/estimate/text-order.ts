/**
 * Code-unit order of two strings, for tie-breaks and file listings: the same on every machine and locale, and,
 * unlike `localeCompare`, it needs no ICU collator, whose creation on first use took longer than the rest of an
 * action run that posts nothing (npm run bench). For the lower-case ids and names compared here the order is
 * the same; for file names it differs from the locale's only in case and punctuation (`B` before `a`).
 */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
