import { IMPORT_FORMATS } from '../manifest/enums.js';
import type { ImportRequest } from './resolve.js';

/** The manifest's `import:` as a request, when it has a valid shape (the schema reports the other cases). */
export function importRequest(job: unknown): ImportRequest | null {
  if (typeof job !== 'object' || job === null || Array.isArray(job)) return null;
  const v = (job as Record<string, unknown>).import;
  if (typeof v === 'string' && v !== '') return { path: v };
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.path !== 'string' || o.path === '') return null;
  if (o.format !== undefined && !(IMPORT_FORMATS as readonly unknown[]).includes(o.format)) return null;
  if (o.accelerate !== undefined && (typeof o.accelerate !== 'string' || o.accelerate === '')) return null;
  const extra = Object.keys(o).filter((k) => !['path', 'format', 'accelerate'].includes(k));
  if (extra.length) return null;
  return { path: o.path, ...(o.format ? { format: o.format as ImportRequest['format'] } : {}), ...(o.accelerate ? { accelerate: o.accelerate as string } : {}) };
}
