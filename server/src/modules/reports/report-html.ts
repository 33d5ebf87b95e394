import { RATING_SCALE, UNRATED_STYLE, ratingFor } from '@sanad/shared/rating-scale';
import type { Report } from '@sanad/shared/schemas/report';
import { STANCE_LABELS, type Stance } from '@sanad/shared/schemas/source';
import { paragraphDirection } from '@sanad/shared/text/language';

const STANCES: Stance[] = ['supports', 'contradicts', 'context'];
const STATUS_WORDS: Record<Report['claims'][number]['status'], string> = {
  draft: 'Draft',
  submitted: 'Awaiting approval',
  approved: 'Approved',
  changes_requested: 'Changes requested',
};

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

const STYLE = `
  @page { size: A4; margin: 18mm 16mm; }
  * { box-sizing: border-box; }
  body { font-family: 'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans Arabic', 'DejaVu Sans', sans-serif; color: #1c1f23; line-height: 1.55; margin: 0; font-size: 11pt; }
  [lang|=ar], [dir=rtl] { font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic', 'Noto Sans', serif; }
  main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
  h1 { font-size: 20pt; line-height: 1.3; margin: 0 0 .25rem; }
  h2 { font-size: 13pt; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #d5dae1; padding-bottom: .2rem; }
  h3 { font-size: 10.5pt; margin: .8rem 0 .3rem; color: #3d4450; }
  .meta { color: #5b6470; font-size: 9.5pt; }
  .draft-mark { position: fixed; top: 0; inset-inline-end: 0; padding: .15rem .6rem; background: #b3261e; color: #fff; font-weight: 700; letter-spacing: .12em; font-size: 9pt; }
  .claim { break-inside: avoid; margin: 1rem 0 1.4rem; }
  blockquote { margin: .4rem 0; padding: .5rem .8rem; border-inline-start: 4px solid #5b6470; background: #f4f6f8; font-size: 13pt; }
  .context { color: #5b6470; font-size: 9.5pt; }
  .context mark { background: #e9ecf0; color: inherit; }
  .badge { display: inline-block; padding: .05rem .5rem; border-radius: .3rem; color: #fff; font-weight: 700; font-size: 9.5pt; }
  .status { display: inline-block; padding: .05rem .45rem; border: 1px solid #8a93a0; border-radius: 1rem; font-size: 8.5pt; color: #3d4450; }
  ul { padding-inline-start: 1.2rem; margin: .2rem 0; }
  table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
  th, td { border: 1px solid #d5dae1; padding: .25rem .45rem; text-align: start; vertical-align: top; }
  a { color: #1d4ed8; }
  @media print { a { color: inherit; } }
`;

/**
 * The report as one self-contained HTML file: styles inline, no external
 * requests, `lang` and `dir` on every block, `<bdi>` around people's words,
 * printable (the PDF is rendered from it). A draft says DRAFT on every page.
 */
export function toHtml(report: Report): string {
  const { article } = report;
  const dir = article.direction;
  const lang = escapeHtml(article.language);
  const parts: string[] = [];
  parts.push(`<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8">`);
  parts.push(`<meta name="viewport" content="width=device-width, initial-scale=1">`);
  parts.push(`<title>DRAFT · ${escapeHtml(article.title)}</title><style>${STYLE}</style></head><body>`);
  parts.push(`<div class="draft-mark" aria-hidden="true">DRAFT</div><main>`);
  parts.push(`<p class="meta">Fact-check report · <strong>DRAFT</strong> · generated ${escapeHtml(report.generatedAt)} · revision ${article.revision}</p>`);
  parts.push(`<h1 lang="${lang}" dir="${dir}">${escapeHtml(article.title)}</h1>`);
  parts.push(`<h2>Summary</h2><p>${report.summary.claims} claims checked.</p><table><thead><tr><th scope="col">Verdict</th><th scope="col">Claims</th></tr></thead><tbody>`);
  for (const [key, count] of Object.entries(report.summary.verdicts)) {
    if (count === 0) continue;
    const label = key === 'unrated' ? `${UNRATED_STYLE.labelEn} · <bdi lang="ar" dir="rtl">${UNRATED_STYLE.labelAr}</bdi>` : `${ratingFor(key as never).labelEn} · <bdi lang="ar" dir="rtl">${ratingFor(key as never).labelAr}</bdi>`;
    parts.push(`<tr><td>${label}</td><td>${count}</td></tr>`);
  }
  parts.push(`</tbody></table>`);
  report.claims.forEach((claim, index) => {
    parts.push(`<section class="claim" aria-labelledby="claim-${claim.id}"><h2 id="claim-${claim.id}">Claim ${index + 1} <span class="status">${STATUS_WORDS[claim.status]}</span></h2>`);
    parts.push(`<blockquote lang="${lang}" dir="${paragraphDirection(claim.quote, dir)}">${escapeHtml(claim.quote)}</blockquote>`);
    if (claim.prefix || claim.suffix) {
      parts.push(`<p class="context" lang="${lang}" dir="${dir}">…${escapeHtml(claim.prefix)}<mark>${escapeHtml(claim.quote)}</mark>${escapeHtml(claim.suffix)}…</p>`);
    }
    if (claim.claimant) parts.push(`<p>Claimant: ${bdi(claim.claimant, dir)}</p>`);
    if (claim.verdict) {
      const color = ratingFor(claim.verdict.rating).color;
      parts.push(
        `<p><span class="badge" style="background:${color}">${escapeHtml(claim.verdict.labelEn)} · <bdi lang="ar" dir="rtl">${escapeHtml(claim.verdict.labelAr)}</bdi></span> ${escapeHtml(claim.verdict.definitionEn)}</p>`,
      );
      parts.push(`<p dir="${paragraphDirection(claim.verdict.rationale, 'ltr')}">${escapeHtml(claim.verdict.rationale)}</p>`);
    } else {
      parts.push(`<p><span class="badge" style="background:${UNRATED_STYLE.color}">Not rated yet</span></p>`);
    }
    for (const stance of STANCES) {
      const sources = claim.sources[stance];
      if (sources.length === 0) continue;
      parts.push(`<h3>${STANCE_LABELS[stance].en} sources (${sources.length})</h3><ul>`);
      for (const source of sources) {
        const date = source.publishedAt ? `, ${escapeHtml(source.publishedAt)}` : '';
        const excerpt = source.excerpt ? `<br><q>${bdi(source.excerpt, 'ltr')}</q>` : '';
        parts.push(`<li>${link(source.url, bdi(source.title, 'ltr'))}, ${bdi(source.publisher, 'ltr')}${date}<br><span class="meta">${escapeHtml(source.url)}</span>${excerpt}</li>`);
      }
      parts.push(`</ul>`);
    }
    const people = [
      claim.reviewer ? `Reviewed by ${bdi(claim.reviewer.name, 'ltr')}` : null,
      claim.approvedBy ? `approved by ${bdi(claim.approvedBy.name, 'ltr')} on ${escapeHtml(claim.approvedAt ?? '')}` : null,
    ].filter(Boolean);
    if (people.length > 0) parts.push(`<p class="meta">${people.join('; ')}</p>`);
    parts.push(`</section>`);
  });
  const m = report.methodology;
  const names = (users: typeof m.reviewers) => users.map((user) => `${bdi(user.name, 'ltr')} (${user.role})`).join(', ') || 'nobody yet';
  parts.push(`<h2>Methodology</h2><p>${m.claims} claims were checked against ${m.sources} sources from ${m.publishers} independent publishers. Reviewed by ${names(m.reviewers)}; approved by ${names(m.approvers)}.</p>`);
  parts.push(`<table><thead><tr><th scope="col">Rating</th><th scope="col">Value</th><th scope="col">Definition</th></tr></thead><tbody>`);
  for (const rating of RATING_SCALE) {
    parts.push(`<tr><td>${escapeHtml(rating.labelEn)} · <bdi lang="ar" dir="rtl">${escapeHtml(rating.labelAr)}</bdi></td><td>${rating.value ?? '—'}</td><td>${escapeHtml(rating.definitionEn)}<br><span lang="ar" dir="rtl">${escapeHtml(rating.definitionAr)}</span></td></tr>`);
  }
  parts.push(`</tbody></table></main></body></html>`);
  return parts.join('');
}
