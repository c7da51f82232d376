import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { readFileSync } from 'node:fs';
import { sampleComments } from '../scripts/sample-comments.js';
import { buildReport } from '../src/budget/verdict.js';
import { estimateJob } from '../src/estimate/estimate.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../src/report/markdown.js';
import { job } from './helpers/job.js';

/** GitHub-flavoured markdown to HTML with micromark (CommonMark + GFM tables), raw HTML passed through as GitHub does for details/summary/sub/br. */
const render = (md: string) => micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });

describe('the comment as GitHub renders it', () => {
  it('the samples in docs/ are what the code renders today (npm run samples)', () => {
    for (const [file, body] of Object.entries(sampleComments())) expect(readFileSync(file, 'utf8')).toBe(body);
  });

  it('renders one table of jobs, the headline in bold, and collapsible details per job', () => {
    const md = sampleComments()['docs/sample-comment-over-budget.md']!;
    const html = render(md);
    const tables = html.match(/<table>[\s\S]*?<\/table>/g)!;
    const jobsTable = tables[0]!;
    // header + 6 jobs + total, each with 7 cells
    const rows = jobsTable.match(/<tr>[\s\S]*?<\/tr>/g)!;
    expect(rows).toHaveLength(8);
    for (const r of rows) expect((r.match(/<t[dh][ >]/g) ?? []).length).toBe(7);
    expect(html).toMatch(/<strong>Training cost rises by \$\d+ \(&lt;\+0\.1%\) to \$3,678,719<\/strong> · ❌ 4 violations/);
    expect((html.match(/<details>/g) ?? []).length).toBe(6);
    expect(html).toContain('<h4>Violations</h4>');
    expect((html.match(/<li>/g) ?? []).length).toBeGreaterThan(4);
  });

  it('renders hostile job names as text: no HTML, no broken table, no mention', () => {
    const e = estimateJob(job('name: "<img src=x onerror=alert(1)> | @org/team ![x](http://evil) **bold**"\nmodel: llama-3.2-1b\nmethod: lora\ndata: { tokens: 1M }\nhardware: { gpu: l4, count: 1 }\n'));
    const html = render(renderMarkdown(buildReport([e], {})));
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<a href="http:\/\/evil/);
    expect(html).not.toContain('<strong>bold</strong>');
    const row = html.match(/<table>[\s\S]*?<\/table>/)![0].match(/<tr>[\s\S]*?<\/tr>/g)![1]!;
    expect((row.match(/<td[ >]/g) ?? []).length).toBe(6);
    expect(html).toContain('@\u2060org/team');
  });

  it('shortens a body over GitHub\'s 65,536-character limit and points at the job summary', () => {
    const jobs = Array.from({ length: 200 }, (_, i) => estimateJob(job(`name: job-${i}\nmodel: llama-3.1-8b\nmethod: lora\ndata: { tokens: 10M }\nhardware: { gpu: h100-80gb, count: 1 }\n`)));
    const report = buildReport(jobs, {});
    expect(renderMarkdown(report).length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    const short = renderMarkdown(report, { maxLength: GITHUB_COMMENT_LIMIT, summaryUrl: 'https://github.com/o/r/actions/runs/1', marker: '<!-- train-budget:default -->' });
    expect(short.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(short.startsWith('<!-- train-budget:default -->')).toBe(true);
    expect(short).toContain('[job summary](https://github.com/o/r/actions/runs/1)');
    expect(render(short)).toContain('job-199');
  });
});
