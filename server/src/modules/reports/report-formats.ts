import { STANCE_LABELS, type Stance } from '@sanad/shared/schemas/source';
import type { Report } from '@sanad/shared/schemas/report';

const STANCES: Stance[] = ['supports', 'contradicts', 'context'];
const STATUS_WORDS: Record<Report['claims'][number]['status'], string> = {
  draft: 'Draft',
  submitted: 'Awaiting approval',
  approved: 'Approved',
  changes_requested: 'Changes requested',
};

/** Escapes Markdown's inline syntax so people's words stay words. */
function md(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/** The report as Markdown: title, summary, each claim with verdict and sources, methodology. */
export function toMarkdown(report: Report): string {
  const lines: string[] = [];
  lines.push(`# ${md(report.article.title)}`, '');
  lines.push(`**DRAFT** fact-check report · generated ${report.generatedAt} · revision ${report.article.revision} · language \`${report.article.language}\``, '');
  lines.push('## Summary', '');
  const rated = Object.entries(report.summary.verdicts).filter(([, count]) => count > 0);
  lines.push(`${report.summary.claims} claims: ${rated.map(([key, count]) => `${count} ${key.replace('_', ' ')}`).join(', ') || 'none rated yet'}.`, '');
  report.claims.forEach((claim, index) => {
    lines.push(`## Claim ${index + 1} · ${STATUS_WORDS[claim.status]}`, '');
    lines.push(`> ${md(claim.quote)}`, '');
    if (claim.prefix || claim.suffix) lines.push(`Context: …${md(claim.prefix)}**${md(claim.quote)}**${md(claim.suffix)}…`, '');
    if (claim.claimant) lines.push(`Claimant: ${md(claim.claimant)}`, '');
    if (claim.verdict) {
      lines.push(`**Verdict: ${claim.verdict.labelEn} (${claim.verdict.labelAr})** — ${md(claim.verdict.definitionEn)}`, '');
      lines.push(md(claim.verdict.rationale), '');
    } else {
      lines.push('**Verdict: not rated yet**', '');
    }
    for (const stance of STANCES) {
      const sources = claim.sources[stance];
      if (sources.length === 0) continue;
      lines.push(`### ${STANCE_LABELS[stance].en} sources (${sources.length})`, '');
      for (const source of sources) {
        const date = source.publishedAt ? `, ${source.publishedAt}` : '';
        lines.push(`- [${md(source.title)}](<${source.url}>) — ${md(source.publisher)}${date}${source.excerpt ? `: “${md(source.excerpt)}”` : ''}`);
      }
      lines.push('');
    }
    const people = [claim.reviewer ? `reviewed by ${md(claim.reviewer.name)}` : null, claim.approvedBy ? `approved by ${md(claim.approvedBy.name)} on ${claim.approvedAt}` : null].filter(Boolean);
    if (people.length > 0) lines.push(`_${people.join('; ')}_`, '');
  });
  lines.push('## Methodology', '');
  const m = report.methodology;
  lines.push(
    `${m.claims} claims were checked against ${m.sources} sources from ${m.publishers} independent publishers. ` +
      `Reviewed by ${m.reviewers.map((user) => `${md(user.name)} (${user.role})`).join(', ') || 'nobody yet'}; ` +
      `approved by ${m.approvers.map((user) => `${md(user.name)} (${user.role})`).join(', ') || 'nobody yet'}.`,
    '',
  );
  lines.push('| Rating | Arabic | Value | Definition |', '|---|---|---|---|');
  for (const rating of m.scale) lines.push(`| ${rating.labelEn} | ${rating.labelAr} | ${rating.value ?? '—'} | ${md(rating.definitionEn)} |`);
  return `${lines.join('\n')}\n`;
}

/**
 * One CSV cell: RFC 4180 quoting, and a cell that a spreadsheet would read as a
 * formula (starting with = + - @, tab or carriage return) gets a leading apostrophe.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report as CSV: one row per claim, UTF-8 with a byte-order mark so spreadsheets show Arabic. */
export function toCsv(report: Report): string {
  const header = ['article', 'claim_id', 'quote', 'verdict', 'rationale', 'status', 'reviewer', 'supporting', 'contradicting', 'context', 'source_urls'];
  const rows = report.claims.map((claim) => [
    report.article.title,
    claim.id,
    claim.quote,
    claim.verdict?.labelEn ?? '',
    claim.verdict?.rationale ?? '',
    claim.status,
    claim.reviewer?.name ?? '',
    claim.sources.supports.length,
    claim.sources.contradicts.length,
    claim.sources.context.length,
    STANCES.flatMap((stance) => claim.sources[stance].map((source) => source.url)).join(' '),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * For each UTF-16 offset of `text`, the number of Unicode code points before it
 * (the W3C model counts positions in code points). Computed once per text.
 */
export function codePointMap(text: string): Uint32Array {
  const points = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i <= text.length; i += 1) {
    points[i] = count;
    if (i === text.length) break;
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      // The low half of a pair sits inside the same code point.
      i += 1;
      points[i] = count + 1;
    }
    count += 1;
  }
  return points;
}

/**
 * The report as a W3C Web Annotation AnnotationCollection (JSON-LD): one
 * annotation per attached claim, motivation `assessing`, targeting the
 * article revision with a TextQuoteSelector and a TextPositionSelector
 * (positions in code points, as the model counts them).
 */
export function toW3c(report: Report, articleText: string, baseUrl: string): object {
  const points = codePointMap(articleText);
  const source = `${baseUrl}/articles/${report.article.id}?revision=${report.article.revision}`;
  const items = report.claims
    .filter((claim) => claim.start !== null && claim.end !== null)
    .map((claim) => ({
      id: `${baseUrl}/api/claims/${claim.id}#annotation`,
      type: 'Annotation',
      motivation: 'assessing',
      created: report.generatedAt,
      target: {
        source,
        selector: [
          { type: 'TextQuoteSelector', exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix },
          { type: 'TextPositionSelector', start: points[claim.start!]!, end: points[claim.end!]! },
        ],
      },
      body: [
        ...(claim.verdict
          ? [
              {
                type: 'TextualBody',
                purpose: 'assessing',
                value: `${claim.verdict.labelEn}: ${claim.verdict.rationale}`,
                format: 'text/plain',
                language: report.article.language,
                textDirection: report.article.direction,
              },
            ]
          : []),
        ...STANCES.flatMap((stance) =>
          claim.sources[stance].map((item) => ({
            type: 'SpecificResource',
            purpose: 'linking',
            source: item.url,
            // Not in the W3C vocabulary: the source's stance towards the claim, in Sanad's own term.
            'sanad:stance': stance,
          })),
        ),
      ],
    }));
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { sanad: `${baseUrl}/ns#` }],
    id: `${baseUrl}/api/articles/${report.article.id}/report?format=w3c`,
    type: 'AnnotationCollection',
    label: report.article.title,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}
