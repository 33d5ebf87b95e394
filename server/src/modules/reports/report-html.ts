import { UNRATED_STYLE } from '@sanad/shared/rating-scale';
import type { Report } from '@sanad/shared/schemas/report';
import type { Stance } from '@sanad/shared/schemas/source';
import { readableContext } from '@sanad/shared/text/context';
import { paragraphDirection } from '@sanad/shared/text/language';
import { methodologyLine, reportLabels } from './report-labels.ts';

const STANCES: Stance[] = ['supports', 'contradicts', 'context'];

/** Escapes text for HTML content and attribute values: people's words are always text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

/** A run of people's words, isolated from the surrounding direction, with its own `dir`. */
function bdi(text: string, fallback: 'ltr' | 'rtl'): string {
  return `<bdi dir="${paragraphDirection(text, fallback)}">${escapeHtml(text)}</bdi>`;
}

/** Only http(s) links become live; anything else is shown as text. */
function link(url: string, label: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${label}</a>` : label;
}

/** A colour from the database, used in a style attribute only when it is a plain `#rrggbb`. */
function safeColor(color: string | undefined): string {
  return color && /^#[0-9a-f]{6}$/i.test(color) ? color : UNRATED_STYLE.color;
}

/** An ISO timestamp shown as its date and minute, in UTC. */
export function shortDate(iso: string | null): string {
  if (!iso) return '';
  return iso.length > 16 ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso;
}

const STYLE = `
  @page { size: A4; margin: 18mm 16mm; }
  * { box-sizing: border-box; }
  body { font-family: 'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans Arabic', 'DejaVu Sans', sans-serif; color: #1c1f23; line-height: 1.55; margin: 0; font-size: 11pt; }
  [lang|=ar], [dir=rtl] { font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic', 'Noto Sans', serif; }
  main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
  header.org { display: flex; align-items: center; gap: .75rem; margin-bottom: 1rem; border-bottom: 2px solid #1c1f23; padding-bottom: .5rem; }
  header.org img { max-height: 2.5rem; max-width: 10rem; }
  header.org .name { font-weight: 700; font-size: 12pt; }
  h1 { font-size: 20pt; line-height: 1.3; margin: 0 0 .25rem; }
  h2 { font-size: 13pt; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #d5dae1; padding-bottom: .2rem; }
  h3 { font-size: 10.5pt; margin: .8rem 0 .3rem; color: #3d4450; }
  .meta { color: #5b6470; font-size: 9.5pt; }
  dl.article { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; font-size: 9.5pt; margin: .5rem 0; }
  dl.article dt { color: #5b6470; }
  dl.article dd { margin: 0; }
  .mark { position: fixed; top: 0; inset-inline-end: 0; padding: .15rem .6rem; color: #fff; font-weight: 700; letter-spacing: .12em; font-size: 9pt; }
  .mark.draft { background: #b3261e; }
  .mark.published { background: #1b7a3d; letter-spacing: normal; }
  .claim { break-inside: avoid; margin: 1rem 0 1.4rem; }
  blockquote { margin: .4rem 0; padding: .5rem .8rem; border-inline-start: 4px solid #5b6470; background: #f4f6f8; font-size: 13pt; }
  .context { color: #5b6470; font-size: 9.5pt; }
  .context mark { background: #e9ecf0; color: inherit; }
  .badge { display: inline-block; padding: .05rem .5rem; border-radius: .3rem; color: #fff; font-weight: 700; font-size: 9.5pt; }
  .status { display: inline-block; padding: .05rem .45rem; border: 1px solid #8a93a0; border-radius: 1rem; font-size: 8.5pt; color: #3d4450; font-weight: 400; }
  ul { padding-inline-start: 1.2rem; margin: .2rem 0; }
  table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
  th, td { border: 1px solid #d5dae1; padding: .25rem .45rem; text-align: start; vertical-align: top; }
  a { color: #1d4ed8; }
  @media print { a { color: inherit; } }
`;

/**
 * The report as one self-contained HTML file: styles inline, no external
 * requests, `lang` and `dir` on every block, `<bdi>` around people's words,
 * printable (the PDF is rendered from it). Headings are in the organisation's
 * report language; a draft says DRAFT on every page.
 */
export function toHtml(report: Report, options: { attachedText?: boolean } = {}): string {
  const { article } = report;
  const L = reportLabels(report.language);
  const ar = report.language === 'ar';
  const dir = article.direction;
  const lang = escapeHtml(article.language);
  const draft = report.kind === 'draft';
  const scale = new Map(report.methodology.scale.map((rating) => [rating.key, rating]));
  /** A rating's label in the report language, the other language beside it. */
  const ratingLabel = (labelEn: string, labelAr: string) =>
    ar ? `${escapeHtml(labelAr)} · <bdi lang="en" dir="ltr">${escapeHtml(labelEn)}</bdi>` : `${escapeHtml(labelEn)} · <bdi lang="ar" dir="rtl">${escapeHtml(labelAr)}</bdi>`;
  const definition = (definitionEn: string, definitionAr: string) => (ar ? `<span lang="ar">${escapeHtml(definitionAr)}</span>` : `<span lang="en">${escapeHtml(definitionEn)}</span>`);
  const parts: string[] = [];
  parts.push(`<!doctype html><html lang="${report.language}" dir="${L.dir}"><head><meta charset="utf-8">`);
  parts.push(`<meta name="viewport" content="width=device-width, initial-scale=1">`);
  parts.push(`<title>${draft ? `${L.draft} · ` : ''}${escapeHtml(article.title)}</title><style>${STYLE}</style></head><body>`);
  if (draft) parts.push(`<div class="mark draft" aria-hidden="true">${L.draft}</div>`);
  else if (report.publication) parts.push(`<div class="mark published" aria-hidden="true">${L.published}</div>`);
  parts.push(`<main>`);
  const org = report.organisation;
  if (org.name || org.logo) {
    const logo = org.logo && /^data:image\/(png|jpeg|webp);base64,/.test(org.logo) ? `<img src="${escapeHtml(org.logo)}" alt="">` : '';
    const name = org.name ? `<span class="name">${org.url ? link(org.url, bdi(org.name, L.dir)) : bdi(org.name, L.dir)}</span>` : '';
    parts.push(`<header class="org">${logo}${name}</header>`);
  }
  const status = draft
    ? `<strong>${L.draft}</strong> · ${L.generated} ${escapeHtml(shortDate(report.generatedAt))}`
    : report.publication
      ? `${escapeHtml(L.publication(report.publication.number, shortDate(report.publication.publishedAt)))} · ${L.firstPublished} ${escapeHtml(shortDate(report.publication.firstPublishedAt))}`
      : '';
  parts.push(`<p class="meta">${L.factCheck} · ${status} · ${L.revision} ${article.revision}</p>`);
  parts.push(`<h1 lang="${lang}" dir="${dir}">${escapeHtml(article.title)}</h1>`);
  const facts: [string, string][] = [];
  if (article.author) facts.push([L.author, bdi(article.author, dir)]);
  if (article.outlet) facts.push([L.outlet, bdi(article.outlet, dir)]);
  if (article.publishedOn) facts.push([L.date, `<bdi dir="ltr">${escapeHtml(article.publishedOn)}</bdi>`]);
  if (article.url) facts.push([L.address, link(article.url, `<bdi dir="ltr">${escapeHtml(article.url)}</bdi>`)]);
  if (facts.length > 0) parts.push(`<dl class="article">${facts.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>`);

  parts.push(`<h2>${L.summary}</h2><p>${escapeHtml(L.claimsChecked(report.summary.claims))}</p>`);
  parts.push(`<table><thead><tr><th scope="col">${L.verdict}</th><th scope="col">${L.claimsColumn}</th></tr></thead><tbody>`);
  for (const [key, count] of Object.entries(report.summary.verdicts)) {
    if (count === 0) continue;
    const rating = scale.get(key);
    const label = rating ? ratingLabel(rating.labelEn, rating.labelAr) : ratingLabel(UNRATED_STYLE.labelEn, UNRATED_STYLE.labelAr);
    parts.push(`<tr><td>${label}</td><td>${count}</td></tr>`);
  }
  parts.push(`</tbody></table>`);

  report.claims.forEach((claim, index) => {
    const statusBadge = draft ? ` <span class="status">${L.status[claim.status]}</span>` : '';
    parts.push(`<section class="claim" aria-labelledby="claim-${claim.id}"><h2 id="claim-${claim.id}">${L.claim(index + 1)}${statusBadge}</h2>`);
    parts.push(`<blockquote lang="${lang}" dir="${paragraphDirection(claim.quote, dir)}">${escapeHtml(claim.quote)}</blockquote>`);
    if (claim.prefix || claim.suffix) {
      const context = readableContext(claim.prefix, claim.suffix, claim.start);
      parts.push(
        `<p class="context" lang="${lang}" dir="${dir}">${context.moreBefore ? '…' : ''}${escapeHtml(context.before)}<mark>${escapeHtml(claim.quote)}</mark>${escapeHtml(context.after)}${context.moreAfter ? '…' : ''}</p>`,
      );
    }
    if (claim.claimant) parts.push(`<p>${L.claimant}: ${bdi(claim.claimant, dir)}</p>`);
    parts.push(`<p class="claim-kind">${escapeHtml(L.kind(claim.kind))}</p>`);
    if (claim.restsOnFalse) parts.push(`<p class="rests-on-false"><strong>${escapeHtml(L.restsOnFalse)}</strong></p>`);
    if (claim.restsOn.length > 0) {
      parts.push(`<p class="rests-on">${escapeHtml(L.restsOn)}:</p><ul class="rests-on">`);
      for (const rest of claim.restsOn) {
        const place = report.claims.findIndex((other) => other.id === rest.id) + 1;
        parts.push(`<li><a href="#claim-${rest.id}">${escapeHtml(L.claim(place))}</a>: <q lang="${lang}">${bdi(rest.quote, dir)}</q></li>`);
      }
      parts.push('</ul>');
    }
    if (claim.verdict) {
      const color = safeColor(scale.get(claim.verdict.rating)?.color);
      parts.push(`<p><span class="badge" style="background:${color}">${ratingLabel(claim.verdict.labelEn, claim.verdict.labelAr)}</span> ${definition(claim.verdict.definitionEn, claim.verdict.definitionAr)}</p>`);
      parts.push(`<p dir="${paragraphDirection(claim.verdict.rationale, L.dir)}">${escapeHtml(claim.verdict.rationale)}</p>`);
    } else {
      parts.push(`<p><span class="badge" style="background:${UNRATED_STYLE.color}">${claim.methodology?.withheld ? L.ratingHidden : L.notRated}</span></p>`);
    }
    const method = methodologyLine(claim, L);
    if (method) parts.push(`<p class="verdict-notes">${escapeHtml(method)}</p>`);
    for (const stance of STANCES) {
      const sources = claim.sources[stance];
      if (sources.length === 0) continue;
      parts.push(`<h3>${escapeHtml(L.sources(stance, sources.length))}</h3><ul>`);
      for (const source of sources) {
        const date = source.publishedAt ? `${L.separator}<bdi dir="ltr">${escapeHtml(source.publishedAt)}</bdi>` : '';
        const excerpt = source.excerpt ? `<br><q>${bdi(source.excerpt, 'ltr')}</q>` : '';
        const kept = source.snapshotOn ? `${L.separator}${escapeHtml(L.snapshotOf)} <bdi dir="ltr">${escapeHtml(source.snapshotOn)}</bdi>` : '';
        parts.push(`<li>${link(source.url, bdi(source.title, 'ltr'))}${L.separator}${bdi(source.publisher, 'ltr')}${date}${kept}<br><span class="meta"><bdi dir="ltr">${escapeHtml(source.url)}</bdi></span>${excerpt}</li>`);
      }
      parts.push(`</ul>`);
    }
    const people = [
      claim.reviewer ? `${L.reviewedBy} ${bdi(claim.reviewer.name, 'ltr')}` : null,
      claim.approvedBy ? `${L.approvedBy} ${bdi(claim.approvedBy.name, 'ltr')} ${L.on} <bdi dir="ltr">${escapeHtml(shortDate(claim.approvedAt))}</bdi>` : null,
      claim.publishedAt ? `${L.publishedOn} <bdi dir="ltr">${escapeHtml(shortDate(claim.publishedAt))}</bdi>` : null,
      claim.modifiedAt ? `${L.correctedOn} <bdi dir="ltr">${escapeHtml(shortDate(claim.modifiedAt))}</bdi>` : null,
    ].filter(Boolean);
    if (people.length > 0) parts.push(`<p class="meta">${people.join(ar ? L.separator : '; ')}</p>`);
    parts.push(`</section>`);
  });

  if (report.corrections.length > 0 || !draft) {
    parts.push(`<h2>${L.corrections}</h2>`);
    if (report.corrections.length === 0) parts.push(`<p>${L.noCorrections}</p>`);
    else {
      parts.push(`<ul>`);
      const name = (key: string | null) => {
        if (key === null) return L.withdrawn;
        const rating = scale.get(key);
        return rating ? (ar ? rating.labelAr : rating.labelEn) : key;
      };
      for (const correction of report.corrections) {
        const when = correction.publishedAt ? shortDate(correction.publishedAt) : L.pending;
        const after = correction.publishedAt ? name(correction.ratingAfter) : '…';
        parts.push(
          `<li><bdi dir="ltr">${escapeHtml(when)}</bdi>: ${escapeHtml(L.correctionLine(correction.quote, name(correction.ratingBefore), after))} <span dir="${paragraphDirection(correction.reason, L.dir)}">${escapeHtml(correction.reason)}</span></li>`,
        );
      }
      parts.push(`</ul>`);
    }
  }

  const m = report.methodology;
  const names = (users: typeof m.reviewers) => (users.length === 0 ? L.nobody : L.list(users.map((user) => `${bdi(user.name, 'ltr')} (${L.role[user.role]})`)));
  parts.push(`<h2>${L.methodology}</h2><p>${escapeHtml(L.methodologyText(m.claims, m.sources, m.publishers))} ${L.reviewers} ${names(m.reviewers)}${ar ? '' : ';'} ${L.approvers} ${names(m.approvers)}.</p>`);
  parts.push(`<p>${L.scaleIntro}</p><table><thead><tr><th scope="col">${L.rating}</th><th scope="col">${L.value}</th><th scope="col">${L.definition}</th></tr></thead><tbody>`);
  for (const rating of m.scale) {
    parts.push(`<tr><td>${ratingLabel(rating.labelEn, rating.labelAr)}</td><td>${rating.value ?? '—'}</td><td>${definition(rating.definitionEn, rating.definitionAr)}</td></tr>`);
  }
  parts.push(`</tbody></table>`);
  if (options.attachedText) parts.push(`<p class="meta">${escapeHtml(L.attachedText)}</p>`);
  parts.push(`</main></body></html>`);
  return parts.join('');
}
