import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A usage error: the CLI prints it with a hint and exits 2. */
export class UsageError extends Error {}

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Strict flag parsing: unknown flags and missing values are usage errors, with the closest flag suggested. */
export function parseFlags(argv: string[], options: Options, command: string): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const r = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: r.values as Record<string, string | boolean | undefined>, positionals: r.positionals };
  } catch (e) {
    const msg = (e as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    const unknown = /Unknown option '(--?[^']+)'/.exec(msg)?.[1];
    let hint = '';
    if (unknown) {
      const names = Object.keys(options).map((n) => `--${n}`);
      const near = names.filter((n) => n.includes(unknown.replace(/^-+/, '').slice(0, 4)));
      if (near.length) hint = ` (did you mean ${near.join(', ')}?)`;
    }
    throw new UsageError(`${command}: ${msg}${hint}. Run "train-budget ${command} --help" for the flags.`);
  }
}

/** A non-negative number flag, or undefined when absent. */
export function numberFlag(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new UsageError(`--${flag} must be a non-negative number, got "${String(value)}"`);
  }
  return n;
}
