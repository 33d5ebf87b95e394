import { type Options, stringify } from 'csv-stringify/sync';
import type { Stance } from '@sanad/shared/schemas/source';
import type { Report } from '@sanad/shared/schemas/report';
import { shortDate } from './report-html.ts';
import { methodologyLine, reportLabels } from './report-labels.ts';
import { readableContext } from '@sanad/shared/text/context';
import { detectLanguage, paragraphDirection } from '@sanad/shared/text/language';

const STANCES: Stance[] = ['supports', 'contradicts', 'context'];

/** Escapes Markdown's inline syntax so people's words stay words. */
function md(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/**
 * Lines in a direction of their own, the convention Markdown renderers honour
 * (GitHub, GitLab, VS Code, Obsidian, pandoc): an HTML `<div dir lang>` around
 * them, with blank lines so the Markdown inside is still Markdown. Lines already
 * in the enclosing direction are left as they are.
 */
function directed(lines: string[], dir: 'ltr' | 'rtl', lang: string, enclosing: 'ltr' | 'rtl'): string[] {
  if (dir === enclosing) return lines;
  return [`<div dir="${dir}" lang="${lang.replace(/[^A-Za-z0-9-]/g, '')}">`, '', ...lines, '</div>', ''];
}

/** "Claim 3": how the report names a claim it shows, by its place in the report. */
export function claimNumber(report: Report, claimId: number, L: ReturnType<typeof reportLabels>): string {
  return L.claim(report.claims.findIndex((claim) => claim.id === claimId) + 1);
}

/**
 * The report as Markdown: title, article facts, summary, each claim with verdict and sources, corrections, methodology.
 * The whole report sits in a `<div>` with the report language's direction, and every block of people's words whose
 * direction differs (an Arabic quote in an English report, an English rationale in an Arabic one) in its own.
 */
export function toMarkdown(report: Report): string {
  const L = reportLabels(report.language);
  const ar = report.language === 'ar';
  const draft = report.kind === 'draft';
  const scale = new Map(report.methodology.scale.map((rating) => [rating.key, rating]));
  const label = (key: string | null) => {
    if (key === null) return L.unrated;
    const rating = scale.get(key);
    return rating ? (ar ? rating.labelAr : rating.labelEn) : key;
  };
  const lines: string[] = [];
  const articleDir = report.article.direction;
  const articleLang = report.article.language;
  lines.push(`<div dir="${L.dir}" lang="${report.language}">`, '');
  lines.push(...directed([`# ${md(report.article.title)}`, ''], articleDir, articleLang, L.dir));
  if (report.organisation.name) lines.push(`${md(report.organisation.name)}${report.organisation.url ? ` · <${report.organisation.url}>` : ''}`, '');
  const status = draft
    ? `**${L.draft}** · ${L.generated} ${shortDate(report.generatedAt)}`
    : report.publication
      ? `**${L.publication(report.publication.number, shortDate(report.publication.publishedAt))}** · ${L.firstPublished} ${shortDate(report.publication.firstPublishedAt)}`
      : '';
  lines.push(`${L.factCheck} · ${status} · ${L.revision} ${report.article.revision} · \`${report.article.language}\``, '');
  const { article } = report;
  const facts = [
    article.author ? `${L.author}: ${md(article.author)}` : null,
    article.outlet ? `${L.outlet}: ${md(article.outlet)}` : null,
    article.publishedOn ? `${L.date}: ${article.publishedOn}` : null,
    article.url ? `${L.address}: <${article.url}>` : null,
  ].filter((fact): fact is string => fact !== null);
  if (facts.length > 0) lines.push(...facts.map((fact) => `- ${fact}`), '');
  lines.push(`## ${L.summary}`, '');
  lines.push(L.claimsChecked(report.summary.claims), '');
  const rated = Object.entries(report.summary.verdicts).filter(([, count]) => count > 0);
  if (rated.length > 0) {
    lines.push(`| ${L.verdict} | ${L.claimsColumn} |`, '|---|---|');
    for (const [key, count] of rated) lines.push(`| ${md(label(key === 'unrated' ? null : key))} | ${count} |`);
    lines.push('');
  }
  report.claims.forEach((claim, index) => {
    lines.push(`## ${L.claim(index + 1)}${draft ? ` · ${L.status[claim.status]}` : ''}`, '');
    const quoteDir = paragraphDirection(claim.quote, articleDir);
    lines.push(...directed([`> ${md(claim.quote)}`, ''], quoteDir, articleLang, L.dir));
    if (claim.prefix || claim.suffix) {
      const context = readableContext(claim.prefix, claim.suffix, claim.start);
      const line = `${context.moreBefore ? '…' : ''}${md(context.before)}**${md(claim.quote)}**${md(context.after)}${context.moreAfter ? '…' : ''}`;
      lines.push(`${L.context}:`, '', ...directed([line, ''], articleDir, articleLang, L.dir));
    }
    if (claim.claimant) lines.push(`${L.claimant}: ${md(claim.claimant)}`, '');
    lines.push(L.kind(claim.kind), '');
    if (claim.restsOnFalse) lines.push(`**${L.restsOnFalse}**`, '');
    if (claim.restsOn.length > 0) {
      lines.push(`${L.restsOn}:`, '');
      for (const rest of claim.restsOn) lines.push(`- ${claimNumber(report, rest.id, L)}: “${md(rest.quote)}”`);
      lines.push('');
    }
    if (claim.verdict) {
      const [first, second] = ar ? [claim.verdict.labelAr, claim.verdict.labelEn] : [claim.verdict.labelEn, claim.verdict.labelAr];
      lines.push(`**${L.verdict}: ${md(first)} (${md(second)})** — ${md(ar ? claim.verdict.definitionAr : claim.verdict.definitionEn)}`, '');
      const rationale = claim.verdict.rationale;
      lines.push(...directed([md(rationale), ''], paragraphDirection(rationale, L.dir), detectLanguage(rationale), L.dir));
    } else {
      lines.push(`**${L.verdict}: ${claim.methodology?.withheld ? L.ratingHidden : L.notRated}**`, '');
    }
    const method = methodologyLine(claim, L);
    if (method) lines.push(method, '');
    for (const stance of STANCES) {
      const sources = claim.sources[stance];
      if (sources.length === 0) continue;
      lines.push(`### ${L.sources(stance, sources.length)}`, '');
      for (const source of sources) {
        const date = source.publishedAt ? `${L.separator}${source.publishedAt}` : '';
        const kept = source.snapshotOn ? `${L.separator}${L.snapshotOf} ${source.snapshotOn}` : '';
        lines.push(`- [${md(source.title)}](<${source.url}>) — ${md(source.publisher)}${date}${kept}${source.excerpt ? `: “${md(source.excerpt)}”` : ''}`);
      }
      lines.push('');
    }
    const people = [
      claim.reviewer ? `${L.reviewedBy} ${md(claim.reviewer.name)}` : null,
      claim.approvedBy ? `${L.approvedBy} ${md(claim.approvedBy.name)} ${L.on} ${shortDate(claim.approvedAt)}` : null,
      claim.publishedAt ? `${L.publishedOn} ${shortDate(claim.publishedAt)}` : null,
      claim.modifiedAt ? `${L.correctedOn} ${shortDate(claim.modifiedAt)}` : null,
    ].filter(Boolean);
    if (people.length > 0) lines.push(`_${people.join(ar ? L.separator : '; ')}_`, '');
  });
  if (report.corrections.length > 0 || !draft) {
    lines.push(`## ${L.corrections}`, '');
    if (report.corrections.length === 0) lines.push(L.noCorrections, '');
    for (const correction of report.corrections) {
      const when = correction.publishedAt ? shortDate(correction.publishedAt) : L.pending;
      const after = correction.publishedAt ? (correction.ratingAfter === null ? L.withdrawn : label(correction.ratingAfter)) : '…';
      lines.push(`- ${when}: ${md(L.correctionLine(correction.quote, label(correction.ratingBefore), after))} ${md(correction.reason)}`);
    }
    if (report.corrections.length > 0) lines.push('');
  }
  lines.push(`## ${L.methodology}`, '');
  const m = report.methodology;
  const names = (users: typeof m.reviewers) => (users.length === 0 ? L.nobody : L.list(users.map((user) => `${md(user.name)} (${L.role[user.role]})`)));
  lines.push(`${L.methodologyText(m.claims, m.sources, m.publishers)} ${L.reviewers} ${names(m.reviewers)}${ar ? '' : ';'} ${L.approvers} ${names(m.approvers)}.`, '');
  lines.push(L.scaleIntro, '');
  lines.push(`| ${L.rating} | ${ar ? 'English' : 'العربية'} | ${L.value} | ${L.definition} |`, '|---|---|---|---|');
  for (const rating of m.scale) {
    const [first, second] = ar ? [rating.labelAr, rating.labelEn] : [rating.labelEn, rating.labelAr];
    lines.push(`| ${md(first)} | ${md(second)} | ${rating.value ?? '—'} | ${md(ar ? rating.definitionAr : rating.definitionEn)} |`);
  }
  lines.push('', '</div>');
  return `${lines.join('\n')}\n`;
}

/**
 * csv-stringify's settings for our CSV: RFC 4180 quoting (a cell holding a
 * quote, a comma or a line break, or white space at its ends, is quoted), CRLF
 * line ends, and a cell a spreadsheet would read as a formula (starting with
 * = + - @, a tab or a carriage return, or their full-width forms) gets a
 * leading apostrophe (`escape_formulas`). A leading tab is matched before that
 * apostrophe is added, so it is left out of the edge white space.
 */
const CSV_OPTIONS: Options = {
  record_delimiter: 'windows',
  // A lone \n or \r in a cell is quoted too (set explicitly: with `record_delimiter` given, it defaults to off).
  quote_record_delimiter: true,
  escape_formulas: true,
  quoted_match: [/^[^\S\t]/u, /\s$/u],
};

/** One CSV cell as `toCsv` writes it: quoted per RFC 4180, a formula neutralised. */
export function csvCell(value: string | number | null): string {
  return stringify([[value]], { ...CSV_OPTIONS, eof: false });
}

/** The report as CSV: one row per claim, UTF-8 with a byte-order mark so spreadsheets show Arabic. */
export function toCsv(report: Report): string {
  const header = [
    'article',
    'claim_id',
    'quote',
    'verdict',
    'rationale',
    'status',
    'reviewer',
    'supporting',
    'contradicting',
    'context',
    'source_urls',
    'confidence',
    'recheck_on',
    'kind',
    'rests_on_false',
    'rests_on',
    'raters',
    'raters_agreed',
    'independent_supporting',
    'independent_contradicting',
    'outdated_on',
    'outdated_note',
  ];
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
    // Added after the first columns, so spreadsheets built on their positions keep working.
    claim.verdict?.confidence ?? '',
    claim.verdict?.recheckOn ?? '',
    claim.kind,
    // An opinion's flag (ADR 033) and the ids of the claims it rests on, space-separated.
    claim.kind === 'opinion' ? String(claim.restsOnFalse) : '',
    claim.restsOn.map((rest) => rest.id).join(' '),
    // How many people rated it and, with two, whether they agreed (issue #16); empty in reports published before.
    claim.methodology?.raters ?? '',
    String(claim.methodology?.agreed ?? ''),
    // Independent sources (origins counted once, issue #16) and the outdated mark (Snopes' 'Outdated').
    claim.independentSources?.supports ?? '',
    claim.independentSources?.contradicts ?? '',
    claim.verdict?.outdated?.at.slice(0, 10) ?? '',
    claim.verdict?.outdated?.note ?? '',
  ]);
  return stringify([header, ...rows], { ...CSV_OPTIONS, bom: true });
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
    .map((claim) => {
      const bodies: object[] = [];
      if (claim.verdict) {
        const language = detectLanguage(claim.verdict.rationale);
        bodies.push({
          type: 'TextualBody',
          purpose: 'assessing',
          // The rationale's own language and direction: a reviewer may write in English about an Arabic claim.
          value: `${language === 'ar' ? claim.verdict.labelAr : claim.verdict.labelEn}: ${claim.verdict.rationale}`,
          format: 'text/plain',
          language,
          textDirection: paragraphDirection(claim.verdict.rationale, report.article.direction),
        });
      }
      for (const stance of STANCES) {
        for (const item of claim.sources[stance]) {
          // `sanad:stance` is not in the W3C vocabulary: the source's stance towards the claim, in Sanad's own term.
          bodies.push({ type: 'SpecificResource', purpose: 'linking', source: item.url, 'sanad:stance': stance });
        }
      }
      return {
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
        // An unrated claim without sources has no body at all: the model forbids an empty list.
        ...(bodies.length > 0 ? { body: bodies } : {}),
      };
    });
  const id = `${baseUrl}/api/articles/${report.article.id}/report?format=w3c&kind=${report.kind}`;
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { sanad: `${baseUrl}/ns#` }],
    id,
    type: 'AnnotationCollection',
    label: report.article.title,
    total: items.length,
    // A page must have its own IRI and at least one item: an empty collection has no page.
    ...(items.length > 0 ? { first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items } } : {}),
  };
}
