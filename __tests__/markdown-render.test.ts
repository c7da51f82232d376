import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { readFileSync } from 'node:fs';
import { sampleComments } from '../scripts/sample-comments.js';
import { compareReports } from '../src/budget/compare.js';
import { buildReport } from '../src/budget/verdict.js';
import { estimateJob } from '../src/estimate/estimate.js';
import { codeSpan, escapeHtml, escapeMarkdown } from '../src/report/escape.js';
import { co2kg, hoursRange, kwh, usd } from '../src/report/format.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../src/report/markdown.js';
import { job } from './helpers/job.js';

/** GitHub-flavoured markdown to HTML with micromark (CommonMark + GFM tables), raw HTML passed through as GitHub does for details/summary/sub/br. */
const render = (md: string) => micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });

/** What a reader sees of some HTML: tags dropped, entities decoded, the invisible word joiners removed. */
const visible = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\u2060/g, '');

const manifest = (name: string, gpu = 'l4') => job(`name: ${JSON.stringify(name)}\nmodel: llama-3.2-1b\nmethod: lora\ndata: { tokens: 1M }\nhardware: { gpu: ${gpu}, count: 1 }\n`);

describe('the comment as GitHub renders it', () => {
  it('the samples in docs/ are what the code renders today (npm run samples)', () => {
    for (const [file, body] of Object.entries(sampleComments())) expect(readFileSync(file, 'utf8')).toBe(body);
  });

  it('is about the change: changed jobs in the table with a mark on the violating row, unchanged ones collapsed, their violations already on the base branch', () => {
    const html = render(sampleComments()['docs/sample-comment-over-budget.md']!);
    const tables = html.match(/<table>[\s\S]*?<\/table>/g)!;
    const changed = tables[0]!.match(/<tr>[\s\S]*?<\/tr>/g)!;
    // header + the 2 jobs the pull request adds or changes + the total, 7 cells each
    expect(changed).toHaveLength(4);
    for (const r of changed) expect((r.match(/<t[dh][ >]/g) ?? []).length).toBe(7);
    expect(visible(changed[2]!)).toMatch(/^\s*❌ support-bot-qlora-4090/);
    expect(visible(changed[1]!)).toMatch(/^\s*mixtral-8x7b-lora/);
    expect(html).toMatch(/<summary>4 unchanged jobs, \$[\d,]+ in total<\/summary>/);
    expect(visible(tables[1]!)).toContain('⚠️ pretrain-70b-1t-a100-40gb');
    // The headline names the cause; the change follows.
    expect(visible(html.split('<table>')[0]!)).toMatch(/❌ support-bot-qlora-4090: wall-clock hours [\d.]+, over the limit of 8\.0 \(max-hours\) \(and 1 more violation\)\s+Adds 1 job, changes 1: \+\$\d+ \(<\+0\.1%\), \$[\d,]+ in total/);
    expect(html).toContain('<h4>Already on the base branch</h4>');
    // Details only for the jobs the pull request touches.
    expect((html.match(/<details>/g) ?? []).length).toBe(3);
  });

  it('without limits says "no limits set"; with limits met, "within limits"', () => {
    const r = buildReport([estimateJob(manifest('a'))], {});
    expect(renderMarkdown(r, { limitsSet: false })).toContain('· no limits set');
    expect(renderMarkdown(buildReport([estimateJob(manifest('a'))], { max_cost_usd: 1e6 }), { limitsSet: true })).toContain('· ✅ within limits');
  });

  it('a job that does not fit: "needs X per GPU, Y available" and left out of the total, which says so', () => {
    const big = estimateJob(job('name: too-big\nmodel: llama-3.1-70b\nmethod: full\ndata: { tokens: 1M }\nhardware: { gpu: l4, count: 1 }\n'));
    const small = estimateJob(manifest('small'));
    const report = buildReport([big, small], {});
    expect(report.totals.cost_usd.expected).toBeCloseTo(small.cost_usd.expected, 6);
    const md = renderMarkdown(report, { limitsSet: false });
    expect(md).toMatch(/❌ \*\*too-big\*\* needs [\d.]+ (GiB|TiB) per GPU; an l4 has [\d.]+ GiB/);
    expect(md).toMatch(/too-big\*\*: needs [\d.]+ (GiB|TiB) per GPU, [\d.]+ GiB available on an l4/);
    expect(visible(render(md))).toContain('all jobswithout 1 job that does not fit');
    expect(md).not.toContain('over the limit of');
  });

  it('never rounds a positive quantity to zero, and keeps a range in one unit', () => {
    expect(usd(0.004)).toBe('<$0.01');
    expect(usd(0)).toBe('$0.00');
    expect(kwh(0.2)).toBe('<1 kWh');
    expect(co2kg(0.01)).toBe('<1 kg CO2e');
    expect(hoursRange(59.8 * 24, 88 * 24)).toBe('60 to 88 days');
    expect(hoursRange(0.5, 30)).toBe('0.5 to 30 h');
  });

  const HOSTILE = ['support_bot_v2 (rank 8)', 'a|b', '<img src=x>', '@org/team', '`x`', '-->', 'see www.example.com', 'fixes GH-2 and #3', '- [ ] 1. **b**', '![x](http://evil)', 'a &amp; b'];

  it.each(HOSTILE)('shows the job name %j exactly as written in the table, the list and <summary>, and links or pings nothing', (name) => {
    const over = estimateJob(manifest(name));
    const md = renderMarkdown(buildReport([over], { max_cost_usd: 0 }), { limitsSet: true });
    const html = render(md);
    expect(html).not.toMatch(/<img|<a |<strong>b<\/strong>|<input/);
    // The first cell of the job's row: the name, then its file.
    const row = html.match(/<table>[\s\S]*?<\/table>/)![0].match(/<tr>[\s\S]*?<\/tr>/g)![1]!;
    expect((row.match(/<td[ >]/g) ?? []).length).toBe(6);
    const cell = row.match(/<td>([\s\S]*?)<\/td>/)![1]!;
    expect(visible(cell.split('<br')[0]!)).toBe(`❌ ${name}`);
    // The violation's list item.
    const li = html.match(/<h4>Violations<\/h4>\s*<ul>\s*<li>([\s\S]*?)<\/li>/)![1]!;
    expect(visible(li).startsWith(`❌ ${name}: cost`)).toBe(true);
    // <summary> sits in an HTML block, where markdown escapes would show: the visible text must be the name.
    const summary = html.match(/<summary><b>([\s\S]*?)<\/b>/)![1]!;
    expect(visible(summary)).toBe(name);
    // Mentions, references and bare addresses are broken by an invisible word joiner wherever they land.
    for (const esc of [escapeMarkdown(name), escapeHtml(name)]) {
      expect(esc).not.toMatch(/@(?!\u2060)|#(?!\u2060)|GH-|www\./);
    }
  });

  it('a code span shows its text exactly, backticks included', () => {
    for (const t of ['`x`', 'a``b', 'plain']) expect(visible(render(codeSpan(t)))).toBe(t);
  });

  it('a table cell keeps its columns whatever the name holds', () => {
    const html = render(renderMarkdown(buildReport([estimateJob(manifest('x | y | z'))], {})));
    const rows = html.match(/<table>[\s\S]*?<\/table>/)![0].match(/<tr>[\s\S]*?<\/tr>/g)!;
    for (const r of rows) expect((r.match(/<t[dh][ >]/g) ?? []).length).toBe(6);
  });

  it('with a base: removed jobs count as a negative change', () => {
    const a = estimateJob({ ...manifest('kept'), file: 'jobs/a.train.yaml' });
    const gone = estimateJob({ ...manifest('gone'), file: 'jobs/b.train.yaml' });
    const report = buildReport([a], {});
    const c = compareReports([a, gone], report, new Set(['jobs/b.train.yaml']));
    const md = renderMarkdown(report, { comparison: c, limitsSet: false });
    expect(md).toMatch(/~~gone~~.*\| -\$\d+\.\d\d \(removed\) \|/);
    expect(md).toMatch(/\*\*Removes 1: -\$\d+\.\d\d/);
    expect(md).toContain('1 unchanged job, $');
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
