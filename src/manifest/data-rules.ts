import type { Located } from './issues.js';

type Key = string | number;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * How much a job trains on: data.tokens, or data.examples with data.tokens_per_example. A job that imports a
 * trainer config may leave data out when the config fixes max_steps (the import reports what is missing).
 */
export function dataRules(job: unknown, at: Key[], imports: boolean): Located[] {
  if (!isObj(job)) return [];
  const data = job.data;
  if (data === undefined) return imports ? [] : [{ path: at, atKey: false, message: 'missing required key "data"' }];
  if (!isObj(data)) return [];
  const out: Located[] = [];
  const ex = data.examples !== undefined;
  const per = data.tokens_per_example !== undefined;
  if (data.tokens !== undefined && (ex || per)) {
    out.push({ path: [...at, 'data', ex ? 'examples' : 'tokens_per_example'], atKey: true, message: 'give data.tokens, or data.examples with data.tokens_per_example, not both' });
  } else if (ex !== per) {
    out.push({ path: [...at, 'data', ex ? 'examples' : 'tokens_per_example'], atKey: true, message: ex ? 'data.examples needs data.tokens_per_example (average tokens per example) to count tokens' : 'data.tokens_per_example needs data.examples' });
  } else if (data.tokens === undefined && !ex) {
    out.push({ path: [...at, 'data'], atKey: true, message: 'missing required key "tokens": give data.tokens, or data.examples with data.tokens_per_example' });
  }
  return out;
}
