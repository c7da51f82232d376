import type { Problem } from '../manifest/types.js';
import { escapeMarkdown } from './escape.js';

/** The comment when manifests are invalid: nothing was estimated, here is every problem (the first 200). */
export function problemsMarkdown(problems: readonly Problem[], marker: string): string {
  return [
    marker,
    '### Train Budget',
    '',
    `**❌ ${problems.length} manifest problem${problems.length === 1 ? '' : 's'}: nothing was estimated**`,
    '',
    ...problems.slice(0, 200).map((p) => `- ${escapeMarkdown(`${p.file}:${p.line}:${p.col}`)}: ${escapeMarkdown(p.message)}`),
    ...(problems.length > 200 ? ['', `_and ${problems.length - 200} more: the log of the workflow run lists every one._`] : []),
    '',
  ].join('\n');
}
