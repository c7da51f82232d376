import { guardLog } from '../report/sanitize.js';
import type { Io } from './run.js';

/** The CLI's output streams behind the sanitiser's log guard (see src/report/sanitize.ts). */
export function guardedIo(io: Io): Io {
  return { ...io, out: (t) => io.out(guardLog(t)), err: (t) => io.err(guardLog(t)) };
}
