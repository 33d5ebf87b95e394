import { z } from 'zod';
import { graphemes } from '../text/graphemes.ts';
import { isHttpUrl } from '../text/url.ts';
import { type StandardProblem, asList, isRecord, problemsOf } from './problems.ts';

/**
 * Validators for Sanad's `claimreview` export: schema.org ClaimReview JSON-LD
 * as Google's "Fact check (ClaimReview) structured data" page requires it
 * (developers.google.com/search/docs/appearance/structured-data/factcheck,
 * last updated 2026-02-20), with schema.org's ClaimReview, Claim, Rating and
 * CreativeWork definitions. Each rule quotes the sentence it comes from. Every
 * message is one sentence an editor can act on, naming the field.
 */

/** The context Google reads structured data in; `http:` and a trailing slash are accepted too. */
export const SCHEMA_ORG_CONTEXT = 'https://schema.org';
const SCHEMA_ORG_CONTEXTS = ['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/'];

/** claimReviewed must have fewer characters than this (Google: "Try to keep this less than 75 characters"). */
export const CLAIM_REVIEWED_MAX_LENGTH = 75;

/** Options for the problem lists. */
export type ClaimReviewOptions = {
  /** The page that will carry the markup: each `url` must be on its domain or a subdomain of it. */
  pageUrl?: string;
};

// ---------------------------------------------------------------------------
// Values

const quoted = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value));

/** True for an ISO 8601 date (`2024-06-20`) or date-time (`2024-06-20T09:50:25+02:00`) that names a real day and time. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  const [hour, minute, second, zoneHour, zoneMinute] = [match[4], match[5], match[6], match[7], match[8]].map((part) => Number(part ?? 0)) as [number, number, number, number, number];
  return hour <= 23 && minute <= 59 && second <= 59 && zoneHour <= 14 && zoneMinute <= 59;
}

/**
 * The number a rating field holds, or undefined. Google: "Must be able to be
 * evaluated as a number"; schema.org ratingValue: "Use values from 0123456789
 * (Unicode 'DIGIT ZERO' (U+0030) to 'DIGIT NINE' (U+0039)) rather than
 * superficially similar Unicode symbols. Use '.' (Unicode 'FULL STOP' (U+002E))
 * rather than ',' to indicate a decimal point."
 */
export function ratingNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^-?[0-9]+(\.[0-9]+)?$/.test(value)) return Number(value);
  return undefined;
}

/** Characters as a reader counts them: grapheme clusters, so an Arabic letter with its harakat counts once. */
function characterCount(text: string): number {
  return graphemes(text).length;
}

/** A required, non-empty string, with a sentence for each way it can be wrong. */
function text(field: string, missing: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? missing : `${field} must be text (it is ${quoted(issue.input)}).`) })
    .refine((value) => value.trim() !== '', { message: `${field} is empty: ${missing.replace(/^.*? is missing: /, '')}` });
}

/** An absolute http(s) URL. */
function httpUrl(field: string, missing?: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined && missing ? missing : `${field} must be a full http:// or https:// address (it is ${quoted(issue.input)}).`) })
    .refine(isHttpUrl, { error: (issue) => `${field} must be a full http:// or https:// address (it is ${quoted(issue.input)}).` });
}

/** An ISO 8601 date or date-time. */
function isoDate(field: string) {
  return z
    .string({ error: (issue) => `${field} must be an ISO 8601 date such as 2024-06-20 (it is ${quoted(issue.input)}).` })
    .refine(isIsoDate, { error: (issue) => `${field} must be an ISO 8601 date such as 2024-06-20 (it is ${quoted(issue.input)}).` });
}

/** A rating number field: a JSON number, or a string of ASCII digits. */
function ratingField(field: string) {
  return z.unknown().superRefine((value, ctx) => {
    if (value === undefined || ratingNumber(value) !== undefined) return;
    const hint = typeof value === 'string' && /[\u0660-\u0669\u06F0-\u06F9]/u.test(value) ? ' (Arabic-Indic digits are not read as numbers)' : '';
    ctx.addIssue({ code: 'custom', message: `${field} must be a number written with the digits 0–9 and a "." for decimals (it is ${quoted(value)})${hint}.` });
  }).optional();
}

// ---------------------------------------------------------------------------
// People and organisations

const ORGANIZATION_OR_PERSON = ['Organization', 'NewsMediaOrganization', 'Person'];

/**
 * An author. ClaimReview.author (Google): "The publisher of the fact check
 * article, not the publisher of the claim. The author must be an Organization
 * or Person. The author must have at least one of the following properties:
 * name, url". Claim.author: "If you include the author, define the following
 * properties: name (Required)", sameAs (Recommended, URL).
 */
function agentSchema(field: string, needs: 'name' | 'name or url') {
  return z
    .looseObject(
      {
        '@type': z.unknown().refine((value) => ORGANIZATION_OR_PERSON.includes(value as string), {
          error: (issue) => `${field}.@type must be "Organization" or "Person" (it is ${quoted(issue.input)}).`,
        }),
        name: z.string({ error: (issue) => `${field}.name must be text (it is ${quoted(issue.input)}).` }).optional(),
        url: httpUrl(`${field}.url`).optional(),
        sameAs: z
          .unknown()
          .refine((value) => asList(value).every((entry) => typeof entry === 'string' && isHttpUrl(entry)), { message: `${field}.sameAs must be full http:// or https:// addresses.` })
          .optional(),
      },
      { error: `${field} must be an Organization or Person object with a name.` },
    )
    .superRefine(
      (agent: unknown, ctx) => {
        if (!isRecord(agent)) return;
        const named = typeof agent.name === 'string' && agent.name.trim() !== '';
        if (needs === 'name' && !named) ctx.addIssue({ code: 'custom', message: `${field}.name is missing: give the name of who made the claim.`, path: ['name'] });
        if (needs === 'name or url' && !named && agent.url === undefined) {
          ctx.addIssue({ code: 'custom', message: `${field} needs a name (or at least a url): name the organisation that published the fact-check.`, path: ['name'] });
        }
      },
      { when: () => true },
    );
}

// ---------------------------------------------------------------------------
// Claim and its appearances

/**
 * Claim.appearance / firstAppearance (Google): "URL or CreativeWork — A link to,
 * or inline description of, a CreativeWork in which this claim appears." Any
 * CreativeWork subtype (Google's own example uses OpinionNewsArticle).
 */
function appearanceSchema(field: string) {
  return z.unknown().superRefine((value, ctx) => {
    if (typeof value === 'string') {
      if (!isHttpUrl(value)) ctx.addIssue({ code: 'custom', message: `${field} must be a full http:// or https:// address (it is ${quoted(value)}).` });
      return;
    }
    if (!isRecord(value)) return void ctx.addIssue({ code: 'custom', message: `${field} must be a URL or a CreativeWork object.` });
    if (value['@type'] !== undefined && typeof value['@type'] !== 'string') {
      ctx.addIssue({ code: 'custom', message: `${field}.@type must be a CreativeWork type such as "Article".`, path: ['@type'] });
    }
    if (value.url !== undefined && (typeof value.url !== 'string' || !isHttpUrl(value.url))) {
      ctx.addIssue({ code: 'custom', message: `${field}.url must be a full http:// or https:// address (it is ${quoted(value.url)}).`, path: ['url'] });
    }
  });
}

// Built once: parsing a list runs them for every entry.
const AppearanceSchema = appearanceSchema('itemReviewed.appearance');
const AuthorSchema = agentSchema('author', 'name or url');

/** schema.org Claim, as Google describes `itemReviewed`. */
const ClaimSchema = z.looseObject(
  {
    // itemReviewed (Google): "Claim — An object describing the claim being made." Backward compatibility: "Google Search
    // recommended CreativeWork as the itemReviewed ... Google Search will continue to support the older markup".
    '@type': z.unknown().refine((value) => value === 'Claim' || value === 'CreativeWork', {
      error: (issue) => `itemReviewed.@type must be "Claim" (it is ${quoted(issue.input)}).`,
    }),
    author: agentSchema('itemReviewed.author', 'name').optional(),
    // datePublished (Google): "DateTime or Date — The date when the claim was made or entered public discourse".
    datePublished: isoDate('itemReviewed.datePublished').optional(),
    appearance: z
      .unknown()
      .superRefine((value, ctx) => {
        asList(value).forEach((entry, index) => {
          const result = AppearanceSchema.safeParse(entry);
          if (result.success) return;
          for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: Array.isArray(value) ? [index, ...issue.path] : issue.path });
        });
      })
      .optional(),
    firstAppearance: appearanceSchema('itemReviewed.firstAppearance').optional(),
  },
  { error: 'itemReviewed must be a Claim object.' },
);

// ---------------------------------------------------------------------------
// Rating

const ONLY_A_NUMBER = /^[\s0-9\u0660-\u0669\u06F0-\u06F9.,\u066B\u066C%/+\-−]+$/u;

/** schema.org Rating, as Google requires it for `reviewRating`. */
const RatingSchema = z
  .looseObject(
    {
      // "For a full definition of Rating, visit schema.org/Rating."
      '@type': z.unknown().refine((value) => value === 'Rating', {
        error: (issue) => `reviewRating.@type must be "Rating" (it is ${quoted(issue.input)}).`,
      }),
      // alternateName (Required): "The truthfulness rating assigned to ClaimReview.reviewRating, as a human-readible
      // short word or phrase. This value is displayed in the fact check in search results. Examples: "Mostly true" or "False"."
      alternateName: text('reviewRating.alternateName', 'reviewRating.alternateName is missing: give the rating in words, such as "False".').refine(
        (value) => !ONLY_A_NUMBER.test(value),
        { error: (issue) => `reviewRating.alternateName must give the rating in words, such as "False", not only a number (it is ${quoted(issue.input)}).` },
      ),
      name: z.string({ error: 'reviewRating.name must be text.' }).optional(),
      ratingValue: ratingField('reviewRating.ratingValue'),
      bestRating: ratingField('reviewRating.bestRating'),
      worstRating: ratingField('reviewRating.worstRating'),
    },
    { error: 'reviewRating must be a Rating object with an alternateName such as "False".' },
  )
  .superRefine(
    (rating: unknown, ctx) => {
      if (!isRecord(rating)) return;
      const fields = ['ratingValue', 'bestRating', 'worstRating'] as const;
      const given = fields.filter((field) => rating[field] !== undefined);
      if (given.length === 0) return;
      // reviewRating: "Minimally, there must be a number to text rating system for all your fact checks that carry
      // numeric scores"; ratingValue lies "in the range worstRating — bestRating inclusive": a numeric rating needs its scale.
      if (given.length < fields.length) {
        const missing = fields.filter((field) => rating[field] === undefined).join(' and ');
        ctx.addIssue({ code: 'custom', message: `reviewRating must give ratingValue, bestRating and worstRating together (${missing} ${missing.includes(' and ') ? 'are' : 'is'} missing).`, path: [fields.find((field) => rating[field] === undefined)!] });
        return;
      }
      const [value, best, worst] = fields.map((field) => ratingNumber(rating[field]));
      if (value === undefined || best === undefined || worst === undefined) return;
      // worstRating: "Must be less than bestRating. Must be able to be evaluated as a number. Must have a minimum value of 1."
      if (worst < 1) ctx.addIssue({ code: 'custom', message: `reviewRating.worstRating must be at least 1 (it is ${worst}).`, path: ['worstRating'] });
      // bestRating: "Must be greater than worstRating."
      if (best <= worst) {
        ctx.addIssue({ code: 'custom', message: `reviewRating.bestRating (${best}) must be greater than worstRating (${worst}).`, path: ['bestRating'] });
      } else if (value < worst || value > best) {
        // ratingValue: "A numeric rating of this claim, in the range worstRating — bestRating inclusive."
        ctx.addIssue({ code: 'custom', message: `reviewRating.ratingValue (${value}) must lie between worstRating (${worst}) and bestRating (${best}).`, path: ['ratingValue'] });
      }
    },
    { when: () => true },
  );

// ---------------------------------------------------------------------------
// ClaimReview

const claimReviewShape = {
  // "ClaimReview ... For a full definition of ClaimReview, visit schema.org/ClaimReview."
  '@type': z.unknown().refine((value) => value === 'ClaimReview', {
    error: (issue) => (issue.input === undefined ? '@type is missing: it must be "ClaimReview".' : `@type must be "ClaimReview" (it is ${quoted(issue.input)}).`),
  }),
  // claimReviewed (Required): "A short summary of the claim being evaluated. Try to keep this less than 75 characters to
  // minimize wrapping when displayed on a mobile device." Sanad treats 75 or more as a problem (issue #6).
  claimReviewed: text('claimReviewed', 'claimReviewed is missing: give a short summary of the claim.').superRefine((value, ctx) => {
    const length = characterCount(value.trim());
    if (length >= CLAIM_REVIEWED_MAX_LENGTH) {
      ctx.addIssue({ code: 'custom', message: `claimReviewed must be under ${CLAIM_REVIEWED_MAX_LENGTH} characters (it has ${length}).` });
    }
  }),
  // reviewRating (Required): "The assessment of the claim. This object supports both a numeric and a textual assessment."
  reviewRating: z.unknown().superRefine((value, ctx) => {
    if (value === undefined) ctx.addIssue({ code: 'custom', message: 'reviewRating is missing: give the rating as a Rating with an alternateName such as "False".' });
    else {
      const result = RatingSchema.safeParse(value);
      if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
  }),
  // url (Required): "Link to the page hosting the full article of the fact check."
  url: httpUrl('url', 'url is missing: give the address of the published fact-check.'),
  // author (Recommended by Google; required by Sanad): "The publisher of the fact check article".
  author: z.unknown().superRefine((value, ctx) => {
    if (value === undefined) return void ctx.addIssue({ code: 'custom', message: 'author is missing: name the organisation that published the fact-check.' });
    const result = AuthorSchema.safeParse(value);
    if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  }),
  // datePublished: schema.org CreativeWork "Date of first broadcast/publication" (Date or DateTime, ISO 8601).
  datePublished: isoDate('datePublished').optional(),
  // itemReviewed (Recommended): "Claim — An object describing the claim being made."
  itemReviewed: ClaimSchema.optional(),
};

/** The schema.org @context, as Google reads it. */
const ContextSchema = z.unknown().refine((value) => SCHEMA_ORG_CONTEXTS.includes(value as string), {
  error: (issue) => (issue.input === undefined ? `@context is missing: it must be "${SCHEMA_ORG_CONTEXT}".` : `@context must be "${SCHEMA_ORG_CONTEXT}" (it is ${quoted(issue.input)}).`),
});

/** Google's rule that claimReviewed carries the claim only: "Don't include the rating in the claimReviewed field." */
function ratingNotInClaim(review: unknown, ctx: z.RefinementCtx): void {
  if (!isRecord(review) || typeof review.claimReviewed !== 'string' || !isRecord(review.reviewRating)) return;
  const rating = review.reviewRating.alternateName;
  if (typeof rating !== 'string' || rating.trim() === '') return;
  const claim = review.claimReviewed.trim().toLocaleLowerCase();
  const word = rating.trim().toLocaleLowerCase();
  const labelled = [`${word}:`, `${word} -`, `${word} –`, `[${word}]`, `(${word})`].some((form) => claim.startsWith(form)) || [`: ${word}`, `- ${word}`, `– ${word}`, `(${word})`, `[${word}]`].some((form) => claim.endsWith(form));
  if (labelled) ctx.addIssue({ code: 'custom', message: `claimReviewed must not include the rating (${quoted(rating.trim())}): the rating goes in reviewRating.`, path: ['claimReviewed'] });
}

/** One ClaimReview JSON-LD object with its own @context, as Google requires it. */
export const ClaimReviewSchema = z
  .looseObject({ '@context': ContextSchema, ...claimReviewShape }, { error: 'A ClaimReview must be a JSON object.' })
  .superRefine(ratingNotInClaim, { when: () => true });

/** A ClaimReview inside an `@graph`, which takes its @context from the graph. */
const ClaimReviewNodeSchema = z
  .looseObject({ '@context': ContextSchema.optional(), ...claimReviewShape }, { error: 'Each @graph entry must be a ClaimReview object.' })
  .superRefine(ratingNotInClaim, { when: () => true });

/**
 * Google: "The domain of this URL value must be the same domain as, or a
 * subdomain of, the page hosting this ClaimReview element."
 */
function urlOnPageDomain(url: unknown, pageUrl: string | undefined, path: string): StandardProblem[] {
  if (pageUrl === undefined || typeof url !== 'string' || !isHttpUrl(url) || !isHttpUrl(pageUrl)) return [];
  const host = new URL(url).hostname.toLowerCase();
  const pageHost = new URL(pageUrl).hostname.toLowerCase();
  if (host === pageHost || host.endsWith(`.${pageHost}`)) return [];
  return [{ path, message: `url must be on ${pageHost} or one of its subdomains, the site that carries the markup (it is on ${host}).` }];
}

/** Every way `value` falls short of Google's ClaimReview requirements, one sentence each; empty when it is fine. */
export function claimReviewProblems(value: unknown, options: ClaimReviewOptions = {}): StandardProblem[] {
  const result = ClaimReviewSchema.safeParse(value);
  const problems = result.success ? [] : problemsOf(result.error);
  return [...problems, ...urlOnPageDomain(isRecord(value) ? value.url : undefined, options.pageUrl, 'url')];
}

/**
 * The same for a whole export: a JSON array of ClaimReviews (each with its
 * @context) or one object whose `@graph` lists them under a shared @context.
 * A single ClaimReview object is checked as one. Paths lead with `[i]` or
 * `@graph[i]`.
 */
export function claimReviewListProblems(values: unknown, options: ClaimReviewOptions = {}): StandardProblem[] {
  const entries: { value: unknown; prefix: PropertyKey[]; schema: z.ZodType }[] = [];
  const problems: StandardProblem[] = [];
  if (Array.isArray(values)) {
    values.forEach((value, index) => entries.push({ value, prefix: [index], schema: ClaimReviewSchema }));
  } else if (isRecord(values) && '@graph' in values) {
    const context = ContextSchema.safeParse(values['@context']);
    if (!context.success) problems.push(...problemsOf(context.error).map((problem) => ({ ...problem, path: '@context' })));
    if (!Array.isArray(values['@graph'])) problems.push({ path: '@graph', message: '@graph must be an array of ClaimReview objects.' });
    else values['@graph'].forEach((value, index) => entries.push({ value, prefix: ['@graph', index], schema: ClaimReviewNodeSchema }));
  } else if (isRecord(values)) {
    return claimReviewProblems(values, options);
  } else {
    return [{ path: '', message: 'The export must be a JSON array of ClaimReviews or an object with an @graph of them.' }];
  }
  for (const { value, prefix, schema } of entries) {
    const result = schema.safeParse(value);
    const found = result.success ? [] : problemsOf(result.error);
    const url = urlOnPageDomain(isRecord(value) ? value.url : undefined, options.pageUrl, 'url');
    for (const problem of [...found, ...url]) {
      const head = prefix.map((key) => (typeof key === 'number' ? `[${key}]` : String(key))).join('');
      problems.push({ path: problem.path === '' ? head : `${head}.${problem.path}`, message: problem.message });
    }
  }
  return problems;
}
