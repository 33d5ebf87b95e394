import { z } from 'zod';
import { isHttpUrl } from '../text/url.ts';
import { IdSchema, TimestampSchema, VersionSchema } from './common.ts';

/** How a source bears on a claim. */
export const STANCES = ['supports', 'contradicts', 'context'] as const;
export const StanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof StanceSchema>;

/** English and Arabic labels of each stance. */
export const STANCE_LABELS: Record<Stance, { en: string; ar: string }> = {
  supports: { en: 'Supporting', ar: 'داعم' },
  contradicts: { en: 'Contradicting', ar: 'مناقض' },
  context: { en: 'Context', ar: 'سياق' },
};

/** An http(s) URL; any other scheme (javascript:, data:, file:) is refused. */
export const SourceUrlSchema = z
  .string()
  .trim()
  .max(2048)
  .refine(isHttpUrl, 'Only http and https URLs without credentials are accepted.');

/** A calendar date `YYYY-MM-DD`. */
export const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the form YYYY-MM-DD.')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'Not a real date.');

/** A source document, stored once per normalised URL and shared by the claims that cite it. */
export const SourceSchema = z.object({
  /** Source id. */
  id: IdSchema,
  /** Normalised http(s) URL (lower-case scheme and host, no fragment). */
  url: z.string(),
  /** Title of the document. */
  title: z.string(),
  /** Who published it. */
  publisher: z.string(),
  /** Publication date `YYYY-MM-DD`, when known. */
  publishedAt: z.string().nullable(),
  /**
   * Where the content comes from, when that is not the publisher alone (the
   * same wire story, the same ministry's figures): sources that name the same
   * origin are counted as one independent source. Null: independent.
   */
  origin: z.string().nullable(),
});
export type Source = z.infer<typeof SourceSchema>;

/** A source attached to one claim, with the claim-specific stance and excerpt. */
export const ClaimSourceSchema = z.object({
  /** Link id (used in `/api/claims/:id/sources/:linkId`). */
  id: IdSchema,
  /** The claim this link belongs to. */
  claimId: IdSchema,
  /** Whether the source supports, contradicts or gives context to the claim. */
  stance: StanceSchema,
  /** The passage of the source that bears on this claim, if quoted. */
  excerpt: z.string().nullable(),
  /** The source itself. */
  source: SourceSchema,
  /** When the source was attached. */
  createdAt: TimestampSchema,
  /** When the link last changed. */
  updatedAt: TimestampSchema,
  /** Optimistic-concurrency version. */
  version: VersionSchema,
});
export type ClaimSource = z.infer<typeof ClaimSourceSchema>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((value) => (value === '' ? null : value));

/** `POST /api/claims/:id/sources` body. */
export const AttachSourceInputSchema = z.strictObject({
  /** http(s) URL of the source. */
  url: SourceUrlSchema,
  /** Title of the document. */
  title: z.string().trim().min(1, 'Give the source a title.').max(500),
  /** Who published it. */
  publisher: z.string().trim().min(1, 'Name the publisher.').max(200),
  /** Publication date `YYYY-MM-DD`, optional. */
  publishedAt: DateSchema.nullable().optional().or(z.literal('').transform(() => null)),
  /** Passage of the source that bears on the claim, optional. */
  excerpt: optionalText(5000),
  /** How the source bears on the claim. */
  stance: StanceSchema,
  /** Where its content comes from, if shared with other sources (e.g. "AFP wire"); empty: independent. */
  origin: optionalText(200),
});
export type AttachSourceInput = z.input<typeof AttachSourceInputSchema>;

/** `PATCH /api/claims/:id/sources/:linkId` body: any of the attach fields. */
export const UpdateClaimSourceInputSchema = AttachSourceInputSchema.partial().refine(
  (input) => Object.values(input).some((value) => value !== undefined),
  'Change at least one field.',
);
export type UpdateClaimSourceInput = z.input<typeof UpdateClaimSourceInputSchema>;

/** Path parameters `{ id, linkId }`. */
export const ClaimSourceParamsSchema = z.object({ id: IdSchema, linkId: IdSchema });
