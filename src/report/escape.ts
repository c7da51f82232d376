/**
 * Text from manifests (job names, file names, model names) rendered into GitHub markdown: no HTML, no markdown
 * syntax, no @mentions or #references. HTML-significant characters become entities; markdown punctuation is
 * backslash-escaped; "@" and "#" get a zero-width joiner after them so GitHub links nothing and pings no one.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/([\\`*_{}[\]()#|~])/g, '\\$1')
    .replace(/@/g, '@\u2060')
    .replace(/\\#/g, '\\#\u2060')
    .replace(/:\/\//g, ':\u2060//');
}
