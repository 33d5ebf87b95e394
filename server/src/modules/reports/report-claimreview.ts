import type { ErrorDetail } from '@sanad/shared/errors';
import type { Report } from '@sanad/shared/schemas/report';
import { isHttpUrl } from '@sanad/shared/text/url';
import { shortenText } from '@sanad/shared/text/shorten';
import { claimReviewListProblems } from '@sanad/shared/standards/claimreview';

/** Google shows `claimReviewed` in full only under this many characters. */
export const CLAIM_REVIEWED_LIMIT = 75;

/** ClaimReview JSON-LD of a published report, or the problems that stop it. */
export type ClaimReviewResult = { ok: true; items: Record<string, unknown>[] } | { ok: false; problems: ErrorDetail[] };

/** The page of a published fact-check: the article's page under the organisation's base URL, one anchor per claim. */
export function factCheckUrl(baseUrl: string, articleId: number, claimId: number): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${new URL(`articles/${articleId}`, base).toString()}#claim-${claimId}`;
}

/**
 * schema.org ClaimReview, one per claim of a published report: the claim as
 * reviewed (its quote shortened under 75 characters, never with the rating),
 * the rating by its label with numbers in ASCII when the scale gives it one,
 * the organisation as author, dates of publication and of the last correction,
 * and the article where the claim appeared. Refuses, with one problem per
 * cause, what Google's requirements reject (settings missing, a draft).
 */
export function toClaimReview(report: Report): ClaimReviewResult {
  const problems: ErrorDetail[] = [];
  if (report.kind !== 'published' || !report.publication) {
    // A draft's claims are not fact-checks yet: nothing else is worth listing.
    return { ok: false, problems: [{ path: ['query', 'kind'], message: 'ClaimReview describes published fact-checks: publish the article, then export kind=published.' }] };
  }
  const org = report.organisation;
  if (org.name.trim() === '') problems.push({ path: ['organisation', 'name'], message: "Set the organisation's name (the ClaimReview author) in Organisation settings." });
  if (!isHttpUrl(org.publishBaseUrl)) {
    problems.push({ path: ['organisation', 'publishBaseUrl'], message: 'Set the base URL where fact-checks are published (each ClaimReview url lies under it) in Organisation settings.' });
  }
  if (org.url !== '' && !isHttpUrl(org.url)) problems.push({ path: ['organisation', 'url'], message: "The organisation's site address is not an http(s) URL." });
  if (report.claims.length === 0) problems.push({ path: ['claims'], message: 'The published report has no approved claims to describe.' });
  const numeric = report.methodology.scale.map((rating) => rating.value).filter((value): value is number => value !== null);
  const best = numeric.length > 0 ? Math.max(...numeric) : null;
  const worst = numeric.length > 0 ? Math.min(...numeric) : null;
  const ar = report.language === 'ar';
  const { article } = report;
  const items = report.claims.map((claim, index) => {
    const claimReviewed = shortenText(claim.quote, CLAIM_REVIEWED_LIMIT);
    if (claimReviewed === '') problems.push({ path: ['claims', index, 'quote'], message: `Claim ${index + 1} has no text to review.` });
    if (!claim.verdict) {
      problems.push({ path: ['claims', index, 'verdict'], message: `Claim ${index + 1} has no verdict.` });
    }
    const verdict = claim.verdict;
    const label = verdict ? (ar ? verdict.labelAr : verdict.labelEn) : '';
    const rating: Record<string, unknown> = { '@type': 'Rating', alternateName: label };
    if (verdict?.value !== null && verdict?.value !== undefined && best !== null && worst !== null && best > worst) {
      // ASCII digits whatever the report language: Google reads Latin numerals only.
      rating.ratingValue = String(verdict.value);
      rating.bestRating = String(best);
      rating.worstRating = String(worst);
    }
    const claimAuthor = claim.claimant ?? article.author;
    const appearance: Record<string, unknown> | null = article.url
      ? {
          '@type': 'CreativeWork',
          url: article.url,
          headline: article.title,
          ...(article.publishedOn ? { datePublished: article.publishedOn } : {}),
          ...(article.author ? { author: { '@type': 'Person', name: article.author } } : {}),
          ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
        }
      : null;
    const item: Record<string, unknown> = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: isHttpUrl(org.publishBaseUrl) ? factCheckUrl(org.publishBaseUrl, article.id, claim.id) : '',
      claimReviewed,
      reviewRating: rating,
      author: { '@type': 'Organization', name: org.name, ...(isHttpUrl(org.url) ? { url: org.url } : {}) },
      datePublished: claim.publishedAt ?? report.publication?.publishedAt ?? '',
      ...(claim.modifiedAt ? { dateModified: claim.modifiedAt } : {}),
      inLanguage: article.language,
      itemReviewed: {
        '@type': 'Claim',
        ...(claimAuthor ? { author: { '@type': 'Person', name: claimAuthor } } : {}),
        ...(article.publishedOn ? { datePublished: article.publishedOn } : {}),
        ...(appearance ? { appearance } : {}),
      },
    };
    return item;
  });
  if (problems.length > 0) return { ok: false, problems };
  // What Sanad wrote is checked against Google's requirements too (e.g. an admin's scale with a worst value below 1).
  const invalid = claimReviewListProblems(items);
  if (invalid.length > 0) return { ok: false, problems: invalid.map((problem) => ({ path: ['claimreview', ...problem.path.split('.').filter(Boolean)], message: problem.message })) };
  return { ok: true, items };
}
