import { readFileSync } from 'node:fs';
import { manifestJsonSchema, manifestJsonSchemaText } from '../src/manifest/json-schema.js';

describe('JSON Schema', () => {
  it('the committed schema/training-job.schema.json is the one the zod schema generates (run npm run schema)', () => {
    expect(readFileSync('schema/training-job.schema.json', 'utf8')).toBe(manifestJsonSchemaText());
  });

  it('is draft-07 and describes every key with an example, so editors show help on hover', () => {
    const schema = manifestJsonSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const undocumented: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties) {
        for (const [k, v] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          const hasDoc = typeof v.description === 'string' && (Array.isArray(v.examples) || v.type === 'object' || v.type === 'array' || v.anyOf);
          if (!hasDoc) undocumented.push(`${path}.${k}`);
          visit(v, `${path}.${k}`);
        }
      }
      for (const key of ['anyOf', 'items']) {
        const child = n[key];
        if (Array.isArray(child)) child.forEach((c) => visit(c, path));
        else if (child) visit(child, path);
      }
    };
    visit(schema, '$');
    expect(undocumented).toEqual([]);
  });

  it('rejects unknown keys (additionalProperties: false) and requires name and hardware, plus import or model, method and data', () => {
    const job = (manifestJsonSchema().anyOf as Record<string, unknown>[])[0]!;
    expect(job.additionalProperties).toBe(false);
    expect(job.required).toEqual(['name', 'hardware']);
    // A job that imports a trainer config takes model, method and data from it.
    expect(job.anyOf).toEqual([{ required: ['import'] }, { required: ['model', 'method', 'data'] }]);
  });
});
