import { z } from 'zod';
import { TallyKeySchema } from './rating-scale.ts';
import { IdSchema, TimestampSchema } from './common.ts';
import { DateSchema, STANCES } from './source.ts';
import { UserRefSchema } from './user.ts';
import { CLAIM_STATUSES, ClaimStatusSchema } from './workflow.ts';
import { RatingKeySchema } from './verdict.ts';
import { LanguageTagSchema } from './article.ts';
import { ClaimKindSchema } from './claim.ts';

/** Claims per verdict key, plus `unrated`; every key present. */
export const VerdictTallySchema = z.record(TallyKeySchema, z.number().int().nonnegative());
/** Claims per review status; every status present. */
export const StatusTallySchema = z.record(ClaimStatusSchema, z.number().int().nonnegative());

/**
 * Columns the dashboard sorts by. `verdicts` orders by the number of rated
 * claims, `statuses` by the number awaiting approval, `reviewers` by the first
 * assigned reviewer's name.
 */
export const SUMMARY_SORTS = ['title', 'language', 'claims', 'progress', 'verdicts', 'statuses', 'reviewers', 'lastActivity', 'createdAt'] as const;

/**
 * `GET /api/summary` query. Claim filters (status, verdict, reviewer) count only
 * the matching claims and leave out articles with none; `language`, `from` and
 * `to` (the date the article was added, inclusive) filter articles.
 */
export const SummaryQuerySchema = z
  .strictObject({
    status: ClaimStatusSchema.optional(),
    /** A rating key, or `unrated`. */
    verdict: TallyKeySchema.optional(),
    /** A claim's reviewer is its assignee, or else whoever marked it. */
    reviewer: z.coerce.number().int().positive().optional(),
    /** The claim kind (ADR 033). */
    kind: ClaimKindSchema.optional(),
    language: LanguageTagSchema.optional(),
    from: DateSchema.optional(),
    to: DateSchema.optional(),
    sort: z.enum(SUMMARY_SORTS).default('lastActivity'),
    order: z.enum(['asc', 'desc']).default('desc'),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: 'The date range ends before it starts.', path: ['to'] });
export type SummaryQuery = z.input<typeof SummaryQuerySchema>;

/** One article's row on the dashboard. */
export const ArticleSummaryRowSchema = z.object({
  id: IdSchema,
  title: z.string(),
  language: z.string(),
  createdAt: TimestampSchema,
  /** Claims counted (after the claim filters). */
  claims: z.number().int().nonnegative(),
  /** Approved among them. */
  approved: z.number().int().nonnegative(),
  verdicts: VerdictTallySchema,
  statuses: StatusTallySchema,
  assignees: z.array(UserRefSchema),
  /** The latest change to the article or any of its counted claims. */
  lastActivity: TimestampSchema,
});
export type ArticleSummaryRow = z.infer<typeof ArticleSummaryRowSchema>;

/** Claims per status of one reviewer. */
export const WorkloadRowSchema = z.object({ reviewer: UserRefSchema, statuses: StatusTallySchema, claims: z.number().int().nonnegative() });
export type WorkloadRow = z.infer<typeof WorkloadRowSchema>;

/** `GET /api/summary` response. */
export const SummarySchema = z.object({
  articles: z.array(ArticleSummaryRowSchema),
  totals: z.object({
    articles: z.number().int().nonnegative(),
    claims: z.number().int().nonnegative(),
    verdicts: VerdictTallySchema,
    statuses: StatusTallySchema,
  }),
  workload: z.array(WorkloadRowSchema),
});
export type Summary = z.infer<typeof SummarySchema>;

/** One claim on an article's summary page (the report preview). */
export const ClaimSummarySchema = z.object({
  id: IdSchema,
  quote: z.string(),
  /** Offset in the text (null when the claim is not attached), for reading order. */
  start: z.number().int().nonnegative().nullable(),
  rating: RatingKeySchema.nullable(),
  /** The rationale's first lines (at most 280 characters). */
  rationaleExcerpt: z.string().nullable(),
  sources: z.record(z.enum(STANCES), z.number().int().nonnegative()),
  status: ClaimStatusSchema,
  reviewer: UserRefSchema.nullable(),
});
export type ClaimSummary = z.infer<typeof ClaimSummarySchema>;

/** `GET /api/articles/:id/summary` response. */
export const ArticleSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  language: z.string(),
  direction: z.enum(['ltr', 'rtl']),
  /** What is known of the article under review (null when not given). */
  author: z.string().nullable(),
  outlet: z.string().nullable(),
  publishedOn: z.string().nullable(),
  url: z.string().nullable(),
  verdicts: VerdictTallySchema,
  statuses: StatusTallySchema,
  claims: z.array(ClaimSummarySchema),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export { CLAIM_STATUSES };
