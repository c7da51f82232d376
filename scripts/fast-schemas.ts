// npm run schema: writes src/manifest/fast-schemas.generated.ts, the manifest's zod schemas as data for the fast
// check the action runs before it loads zod (src/manifest/fast-check.ts).
import { writeFileSync } from 'node:fs';
import { fastSchemasSource } from '../src/manifest/fast-schema-gen.js';

writeFileSync('src/manifest/fast-schemas.generated.ts', fastSchemasSource());
