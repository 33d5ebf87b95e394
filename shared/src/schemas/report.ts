import { z } from 'zod';
import { RATING_KEYS } from '../rating-scale.ts';
import { IdSchema, TimestampSchema } from './common.ts';
import { DirectionSchema } from './article.ts';
import { StanceSchema } from './source.ts';
import { UserRefSchema } from './user.ts';
import { ClaimStatusSchema } from './workflow.ts';

/** Report formats served so far by `GET /api/articles/:id/report`. */
export const REPORT_FORMATS = ['html', 'pdf', 'md', 'csv', 'json', 'w3c'] as const;
export const ReportFormatSchema = z.enum(REPORT_FORMATS);
export type ReportFormat = z.infer<typeof ReportFormatSchema>;

/** `GET /api/articles/:id/report` query. Only draft reports exist until publishing does. */
export const ReportQuerySchema = z.strictObject({
  format: ReportFormatSchema,
  kind: z.literal('draft').default('draft'),
});

/** The version of the JSON report schema below; raised on any incompatible change. */
export const REPORT_SCHEMA_VERSION = 1;

const ReportSourceSchema = z.object({
  url: z.string(),
  title: z.string(),
  publisher: z.string(),
  publishedAt: z.string().nullable(),
  excerpt: z.string().nullable(),
});

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
  verdict: z
    .object({
      rating: z.enum(RATING_KEYS),
      labelEn: z.string(),
      labelAr: z.string(),
      value: z.number().int().nullable(),
      definitionEn: z.string(),
      definitionAr: z.string(),
      rationale: z.string(),
      setBy: UserRefSchema.nullable(),
      updatedAt: TimestampSchema,
    })
    .nullable(),
  /** Sources grouped by stance. */
  sources: z.record(StanceSchema, z.array(ReportSourceSchema)),
  reviewer: UserRefSchema.nullable(),
  /** Who approved it, when approved. */
  approvedBy: UserRefSchema.nullable(),
  approvedAt: TimestampSchema.nullable(),
});
export type ReportClaim = z.infer<typeof ReportClaimSchema>;

/** The `json` report: versioned, the full data the other formats are made from. */
export const ReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  kind: z.literal('draft'),
  generatedAt: TimestampSchema,
  article: z.object({
    id: IdSchema,
    title: z.string(),
    language: z.string(),
    direction: DirectionSchema,
    revision: z.number().int().positive(),
    createdAt: TimestampSchema,
  }),
  /** Claims per verdict (and unrated) and per status. */
  summary: z.object({
    claims: z.number().int().nonnegative(),
    verdicts: z.record(z.enum([...RATING_KEYS, 'unrated']), z.number().int().nonnegative()),
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
    scale: z.array(z.object({ key: z.enum(RATING_KEYS), labelEn: z.string(), labelAr: z.string(), value: z.number().int().nullable(), definitionEn: z.string() })),
  }),
});
export type Report = z.infer<typeof ReportSchema>;
