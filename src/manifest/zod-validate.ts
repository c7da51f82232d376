import type { z } from 'zod';
import { explainIssue } from './issues.js';
import { jobSchema, jobSchemaModelDeferred, modelArchitecture, modelCatalogId, modelConfig, modelParameters } from './schema.js';
import type { SchemaName, Validate } from './validate.js';

/** Each schema, and the one whose keys an "unknown key" message lists (a job's: with the model's forms). */
const SCHEMAS: Record<SchemaName, [check: z.ZodType, explainWith: z.ZodType]> = {
  job: [jobSchemaModelDeferred, jobSchema],
  catalogId: [modelCatalogId, modelCatalogId],
  parameters: [modelParameters, modelParameters],
  config: [modelConfig, modelConfig],
  architecture: [modelArchitecture, modelArchitecture],
};

/** Validation with zod: the data zod returns, or each issue as a message that says what is wrong and what would be right. */
export const zodValidate: Validate = (name, value, data, at) => {
  const [schema, explainWith] = SCHEMAS[name];
  const r = schema.safeParse(value);
  return r.success ? { ok: true, data: r.data } : { ok: false, problems: r.error.issues.flatMap((issue) => explainIssue(issue, data, explainWith, at)) };
};
