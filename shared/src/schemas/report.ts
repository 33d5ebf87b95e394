import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.ts';
import { DirectionSchema } from './article.ts';
import { StanceSchema } from './source.ts';
import { UserRefSchema } from './user.ts';
import { ClaimStatusSchema } from './workflow.ts';
import { ReportLanguageSchema } from './organisation.ts';
import { CorrectionSchema } from './publication.ts';
import { TallyKeySchema } from './rating-scale.ts';

/** Report formats served by `GET /api/articles/:id/report`. */
export const REPORT_FORMATS = ['html', 'pdf', 'md', 'csv', 'json', 'claimreview', 'w3c'] as const;
export const ReportFormatSchema = z.enum(REPORT_FORMATS);
export type ReportFormat = z.infer<typeof ReportFormatSchema>;

/** `draft`: every claim with its status; `published`: the latest publication (approved claims only, with corrections). */
export const REPORT_KINDS = ['draft', 'published'] as const;
export const ReportKindSchema = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof ReportKindSchema>;

/** `GET /api/articles/:id/report` query. */
export const ReportQuerySchema = z.strictObject({
  format: ReportFormatSchema,
  kind: ReportKindSchema.default('draft'),
});

/** The version of the JSON report schema below; raised on any incompatible change. */
export const REPORT_SCHEMA_VERSION = 1;

const ReportSourceSchema = z.object({
  url: z.string(),
  title: z.string(),
  publisher: z.string(),
  publishedAt: z.string().nullable(),
  excerpt: z.string().nullable(),
  /** The day (YYYY-MM-DD, UTC) of the latest kept snapshot of the page, when there is one (absent in reports made before snapshots). */
  snapshotOn: z.string().nullable().optional(),
});

/**
 * How one claim was rated (issue #16): by how many people, whether two
 * independent raters agreed and how an editor settled it when they did not,
 * the confidence and the independent-source count.
 */
export const ReportClaimMethodologySchema = z.object({
  /** People who rated it: 2 once an independent second rating completed the pair, 1 with a verdict alone, 0 while unrated. */
  raters: z.number().int().min(0).max(2),
  /** With two raters: whether they gave the same rating; null with fewer. */
  agreed: z.boolean().nullable(),
  /** When they differed: the editor's choice (kept the first rating, took the second, or set another); null otherwise or while unresolved. */
  resolution: z.enum(['first', 'second', 'other']).nullable(),
  /** The claim needs a second, independent rating that is not in yet (a draft only: approval waits for it). */
  awaitingSecondRating: z.boolean(),
  /** This draft withholds the claim's verdict, rationale and sources from its reader until both ratings are in (ADR 034). */
  withheld: z.boolean(),
  /** How sure the rater was; null when not stated, unrated or withheld. */
  confidence: z.enum(['high', 'medium', 'low']).nullable(),
  /** Independent sources as evidence (supporting or contradicting, one origin counted once); null when withheld. */
  independentSources: z.number().int().nonnegative().nullable(),
});
export type ReportClaimMethodology = z.infer<typeof ReportClaimMethodologySchema>;

/** A claim as the report shows it. */
export const ReportClaimSchema = z.object({
  id: IdSchema,
  /** The quote, in the article's language and direction. */
  quote: z.string(),
  /** Up to 32 characters before and after: the claim's context. */
  prefix: z.string(),
  suffix: z.string(),
  /** UTF-16 offsets in the current revision (null when the claim is not attached). */
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  status: ClaimStatusSchema,
  claimant: z.string().nullable(),
  /** What kind of claim it is (factual in reports made before kinds). */
  kind: z.enum(['factual', 'statistic', 'quote', 'prediction', 'opinion']).default('factual'),
  verdict: z
    .object({
      rating: z.string(),
      labelEn: z.string(),
      labelAr: z.string(),
      value: z.number().int().nullable(),
      definitionEn: z.string(),
      definitionAr: z.string(),
      rationale: z.string(),
      /** How sure the rater was (null: not stated; absent from reports published before it was asked). */
      confidence: z.enum(['high', 'medium', 'low']).nullable().default(null),
      /** The day the verdict is to be checked again (YYYY-MM-DD), if any. */
      recheckOn: z.string().nullable().default(null),
      /** Set when an editor marked the verdict outdated: why and when (absent from reports published before). */
      outdated: z.object({ note: z.string(), at: TimestampSchema }).nullable().default(null),
      setBy: UserRefSchema.nullable(),
      updatedAt: TimestampSchema,
    })
    .nullable(),
  /** For an opinion: the claims of the report it rests on (ADR 033; empty in reports made before links). */
  restsOn: z.array(z.object({ id: IdSchema, quote: z.string() })).default([]),
  /** True when any of them is rated on the false or misleading side of the scale (shared `restsOnFalse`). */
  restsOnFalse: z.boolean().default(false),
  /** Sources grouped by stance. */
  sources: z.record(StanceSchema, z.array(ReportSourceSchema)),
  /** Independent sources per stance, sources naming one origin counted once (null in reports made before origins). */
  independentSources: z.object({ supports: z.number().int().nonnegative(), contradicts: z.number().int().nonnegative() }).nullable().default(null),
  reviewer: UserRefSchema.nullable(),
  /** Who approved it, when approved. */
  approvedBy: UserRefSchema.nullable(),
  approvedAt: TimestampSchema.nullable(),
  /** When the claim was first published (null in a draft before publication). */
  publishedAt: TimestampSchema.nullable(),
  /** When a published correction last changed it (null when never corrected). */
  modifiedAt: TimestampSchema.nullable(),
  /** How it was rated (null in reports published before it was recorded). */
  methodology: ReportClaimMethodologySchema.nullable().default(null),
});
export type ReportClaim = z.infer<typeof ReportClaimSchema>;

/** The `json` report: versioned, the full data the other formats are made from. */
export const ReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  kind: ReportKindSchema,
  generatedAt: TimestampSchema,
  /** Language of the report's labels and headings (the organisation's setting). */
  language: ReportLanguageSchema,
  /** Who publishes the fact-check. */
  organisation: z.object({ name: z.string(), url: z.string(), logo: z.string().nullable(), publishBaseUrl: z.string() }),
  article: z.object({
    id: IdSchema,
    title: z.string(),
    language: z.string(),
    direction: DirectionSchema,
    revision: z.number().int().positive(),
    author: z.string().nullable(),
    outlet: z.string().nullable(),
    publishedOn: z.string().nullable(),
    url: z.string().nullable(),
    createdAt: TimestampSchema,
  }),
  /** For a published report: which publication it is (null in a draft). */
  publication: z
    .object({ number: z.number().int().positive(), publishedAt: TimestampSchema, firstPublishedAt: TimestampSchema, publishedBy: UserRefSchema.nullable() })
    .nullable(),
  /** Published corrections, oldest first (empty in a draft). */
  corrections: z.array(CorrectionSchema),
  /** Claims per verdict (and unrated) and per status. */
  summary: z.object({
    claims: z.number().int().nonnegative(),
    verdicts: z.record(TallyKeySchema, z.number().int().nonnegative()),
    statuses: z.record(ClaimStatusSchema, z.number().int().nonnegative()),
  }),
  /** Claims in reading order. */
  claims: z.array(ReportClaimSchema),
  /** Generated from the recorded work. */
  methodology: z.object({
    claims: z.number().int().nonnegative(),
    sources: z.number().int().nonnegative(),
    publishers: z.number().int().nonnegative(),
    reviewers: z.array(UserRefSchema),
    approvers: z.array(UserRefSchema),
    /** The scale in use (ratings not retired, and retired ones that a claim here still carries). */
    scale: z.array(
      z.object({
        key: z.string(),
        labelEn: z.string(),
        labelAr: z.string(),
        value: z.number().int().nullable(),
        definitionEn: z.string(),
        definitionAr: z.string(),
        color: z.string(),
      }),
    ),
  }),
});
export type Report = z.infer<typeof ReportSchema>;
