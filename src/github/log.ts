import * as core from '@actions/core';
import { cleanMarkdownBody, cleanText, guardLog } from '../report/sanitize.js';

/**
 * The action's only way to write to the workflow log and the checks page: @actions/core's calls behind the
 * sanitiser (src/report/sanitize.ts). `core.info` writes its text raw, so a line in it starting with `::` would
 * be run by the runner as a workflow command; annotations get their data %-escaped by @actions/core but not
 * cleaned of ESC sequences or bidi overrides. A lint rule (eslint.config.js) keeps the raw calls out of src/.
 */
export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

const props = (p: AnnotationProps | undefined): core.AnnotationProperties | undefined =>
  p && {
    ...p,
    ...(p.title !== undefined ? { title: cleanText(p.title, 200) } : {}),
    ...(p.file !== undefined ? { file: cleanText(p.file, 1000) } : {}),
  };

export const log = {
  info: (message: string): void => core.info(guardLog(message)),
  notice: (message: string, p?: AnnotationProps): void => core.notice(guardLog(message), props(p)),
  warning: (message: string, p?: AnnotationProps): void => core.warning(guardLog(message), props(p)),
  error: (message: string, p?: AnnotationProps): void => core.error(guardLog(message), props(p)),
  setFailed: (message: string): void => core.setFailed(guardLog(message)),
};

/** A markdown body for the job summary or a comment, with control characters and bidi overrides made visible. */
export const cleanBody = cleanMarkdownBody;
