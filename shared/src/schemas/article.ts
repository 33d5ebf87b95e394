import { z } from 'zod';
import { TallyKeySchema } from './rating-scale.ts';
import { isHttpUrl } from '../text/url.ts';
import { IdSchema, TimestampSchema, VersionSchema } from './common.ts';
import { UserRefSchema } from './user.ts';

/** Longest article text accepted, in characters (the body limit is 1 MB). */
export const MAX_ARTICLE_LENGTH = 400_000;
/** Longest title accepted. */
export const MAX_TITLE_LENGTH = 300;

/** A BCP 47 language tag such as `ar`, `en` or `ar-EG`. */
export const LanguageTagSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a BCP 47 language tag such as "ar" or "en".')
  .max(35);

/** Text direction of an article or paragraph. */
export const DirectionSchema = z.enum(['ltr', 'rtl']);

/** A full article, with its text. */
export const ArticleSchema = z.object({
  /** Article id. */
  id: IdSchema,
  /** Headline as entered. */
  title: z.string(),
  /** Full text, NFC-normalised with `\n` line breaks; claim offsets refer to it. */
  text: z.string(),
  /** BCP 47 language tag, detected from the text when not given. */
  language: z.string(),
  /** Writing direction that follows from the language. */
  direction: DirectionSchema,
  /** Number of the current text revision (1 for the text it was created with). */
  revision: z.number().int().positive(),
  /** Who wrote the article, when known. */
  author: z.string().nullable(),
  /** Where it appeared (newspaper, site, broadcaster), when known. */
  outlet: z.string().nullable(),
  /** When it was published (YYYY-MM-DD), when known. */
  publishedOn: z.string().nullable(),
  /** Its http(s) address, when known. */
  url: z.string().nullable(),
  /** Reviewers assigned to the article. */
  assignees: z.array(UserRefSchema),
  /** Whether its claims need a second, independent rating before approval (ADR 034). */
  doubleRating: z.boolean(),
  /** When the article was added. */
  createdAt: TimestampSchema,
  /** When the article last changed. */
  updatedAt: TimestampSchema,
  /** Optimistic-concurrency version. */
  version: VersionSchema,
});
export type Article = z.infer<typeof ArticleSchema>;

/** Number of claims per verdict, with `unrated` for claims without one. */
export const VerdictCountsSchema = z.record(TallyKeySchema, z.number().int().nonnegative());
export type VerdictCounts = z.infer<typeof VerdictCountsSchema>;

/** An article as listed on the home page: no text, with claim counts. */
export const ArticleListItemSchema = ArticleSchema.omit({ text: true }).extend({
  /** Number of claims marked in the article. */
  claimCount: z.number().int().nonnegative(),
  /** Claims per verdict (every key present, zero when none). */
  verdictCounts: VerdictCountsSchema,
  /** Length of the text in characters. */
  length: z.number().int().nonnegative(),
  /** Claims that need a reviewer to confirm or re-attach them after an edit. */
  needsReanchoring: z.number().int().nonnegative(),
});
export type ArticleListItem = z.infer<typeof ArticleListItemSchema>;

/** `GET /api/articles` response. */
export const ArticleListSchema = z.object({ articles: z.array(ArticleListItemSchema) });
export type ArticleList = z.infer<typeof ArticleListSchema>;

/** Optional facts about the article under review (shown in reports; `itemReviewed` in ClaimReview). */
export const ArticleMetadataInputSchema = z.strictObject({
  /** Who wrote it; null clears it. */
  author: z.string().trim().max(200).nullable().optional(),
  /** Where it appeared; null clears it. */
  outlet: z.string().trim().max(200).nullable().optional(),
  /** Publication date, YYYY-MM-DD; null clears it. */
  publishedOn: z.iso.date('Use a date written as YYYY-MM-DD.').nullable().optional(),
  /** Its http(s) address; null clears it. */
  url: z.string().trim().max(2000).refine(isHttpUrl, 'Use a full http:// or https:// address.').nullable().optional(),
});
export type ArticleMetadataInput = z.infer<typeof ArticleMetadataInputSchema>;

/** `POST /api/articles` body. */
export const CreateArticleInputSchema = z.strictObject({
  /** Headline; required. */
  title: z.string().trim().min(1, 'Give the article a title.').max(MAX_TITLE_LENGTH),
  /** Full text as pasted; stored NFC-normalised. */
  text: z
    .string()
    .max(MAX_ARTICLE_LENGTH, `The text is longer than ${MAX_ARTICLE_LENGTH} characters.`)
    .refine((text) => text.trim() !== '', 'Paste the article text.'),
  /** Language tag; detected from the text when left out. */
  language: LanguageTagSchema.optional(),
  ...ArticleMetadataInputSchema.shape,
});
export type CreateArticleInput = z.infer<typeof CreateArticleInputSchema>;

/** `PATCH /api/articles/:id` body: title, language and metadata (the text is edited through revisions). */
export const UpdateArticleInputSchema = z
  .strictObject({
    /** New headline. */
    title: CreateArticleInputSchema.shape.title.optional(),
    /** New language tag; the direction follows it. */
    language: LanguageTagSchema.optional(),
    ...ArticleMetadataInputSchema.shape,
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), 'Change at least one field.');
export type UpdateArticleInput = z.infer<typeof UpdateArticleInputSchema>;
