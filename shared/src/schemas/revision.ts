import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.ts';
import { UserRefSchema } from './user.ts';
import { ArticleSchema, MAX_ARTICLE_LENGTH } from './article.ts';
import { ANCHOR_STATUSES } from './claim.ts';

/** Claims per anchor status after a revision, plus `moved` (anchored claims whose offsets changed). */
export const ReanchorCountsSchema = z.object({
  anchored: z.number().int().nonnegative(),
  moved: z.number().int().nonnegative(),
  modified: z.number().int().nonnegative(),
  normalised: z.number().int().nonnegative(),
  fuzzy: z.number().int().nonnegative(),
  orphaned: z.number().int().nonnegative(),
});
export type ReanchorCounts = z.infer<typeof ReanchorCountsSchema>;

/** One saved version of an article's text, without the text. */
export const RevisionSummarySchema = z.object({
  /** 1 for the text the article was created with, then one more per save. */
  number: z.number().int().positive(),
  /** When it was saved. */
  createdAt: TimestampSchema,
  /** Who saved it (null for seeded text). */
  createdBy: UserRefSchema.nullable(),
  /** Length of its text in characters. */
  length: z.number().int().nonnegative(),
  /** What re-anchoring did to the claims when this revision was saved (null for revision 1). */
  reanchor: ReanchorCountsSchema.nullable(),
});
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

/** `GET /api/articles/:id/revisions` response, newest first. */
export const RevisionListSchema = z.object({ revisions: z.array(RevisionSummarySchema) });
export type RevisionList = z.infer<typeof RevisionListSchema>;

/** `GET /api/articles/:id/revisions/:number` response: one revision with its text. */
export const RevisionSchema = RevisionSummarySchema.extend({
  /** The article. */
  articleId: IdSchema,
  /** The full NFC text of this revision. */
  text: z.string(),
});
export type Revision = z.infer<typeof RevisionSchema>;

/** Path parameters `{ id, number }`. */
export const RevisionParamsSchema = z.object({ id: IdSchema, number: z.coerce.number().int().positive() });

/** `PUT /api/articles/:id/text` body. */
export const ReplaceTextInputSchema = z.strictObject({
  /** The new full text; stored NFC-normalised. */
  text: z
    .string()
    .max(MAX_ARTICLE_LENGTH, `The text is longer than ${MAX_ARTICLE_LENGTH} characters.`)
    .refine((text) => text.trim() !== '', 'The text cannot be empty.'),
  /** The revision the edit was made on; when given and no longer current, the save answers 409. */
  baseRevision: z.number().int().positive().optional(),
});
export type ReplaceTextInput = z.infer<typeof ReplaceTextInputSchema>;

/** `PUT /api/articles/:id/text` response: the article and what happened to each claim. */
export const ReplaceTextResultSchema = z.object({
  /** The article at its new revision. */
  article: ArticleSchema,
  /** Claims per anchor status. */
  counts: ReanchorCountsSchema,
  /** Each claim's new status. */
  claims: z.array(z.object({ id: IdSchema, status: z.enum(ANCHOR_STATUSES), moved: z.boolean() })),
});
export type ReplaceTextResult = z.infer<typeof ReplaceTextResultSchema>;

/** `GET /api/articles/:id/diff?from=&to=` query. */
export const DiffQuerySchema = z
  .strictObject({
    from: z.coerce.number().int().positive(),
    to: z.coerce.number().int().positive(),
  })
  .refine((query) => query.from !== query.to, { message: 'Choose two different revisions.', path: ['to'] });

/** A word-level diff between two revisions: runs in order, each equal, inserted or deleted. */
export const RevisionDiffSchema = z.object({
  from: z.number().int().positive(),
  to: z.number().int().positive(),
  runs: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
});
export type RevisionDiff = z.infer<typeof RevisionDiffSchema>;
