import { z } from 'zod';
import { IdSchema } from './common.ts';

/** Longest search query accepted, in characters. */
export const MAX_QUERY_LENGTH = 200;

/** `GET /api/search` query: `q`, the words to find (any harakat, letter forms, digits or case). */
export const SearchQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1, 'Type something to search for.')
    .max(MAX_QUERY_LENGTH, `Search for at most ${MAX_QUERY_LENGTH} characters.`),
  /** Results per group, at most 50. */
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.input<typeof SearchQuerySchema>;

/** Which field of what a result matched in. */
export const SearchFieldSchema = z.enum(['title', 'text', 'quote', 'rationale', 'source_title', 'publisher', 'excerpt']);
export type SearchField = z.infer<typeof SearchFieldSchema>;

/** A stretch of original text around a match, with the matched characters marked. */
export const SnippetSchema = z.object({
  /** The original characters (harakat and all) around the match. */
  text: z.string(),
  /** Offsets within `text` of each matched stretch. */
  highlights: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })),
  /** True when text was cut before the snippet. */
  truncatedStart: z.boolean(),
  /** True when text was cut after the snippet. */
  truncatedEnd: z.boolean(),
});
export type Snippet = z.infer<typeof SnippetSchema>;

/** One search hit. */
export const SearchResultSchema = z.object({
  /** What matched: an article, a claim (quote or rationale) or a source attached to a claim. */
  kind: z.enum(['article', 'claim', 'source']),
  /** The article to open. */
  articleId: IdSchema,
  /** Its title, for the result line. */
  articleTitle: z.string(),
  /** Its language, so the snippet gets the right `lang` and `dir`. */
  language: z.string(),
  /** The claim to open (claims and sources), else null. */
  claimId: IdSchema.nullable(),
  /** The field that matched. */
  field: SearchFieldSchema,
  /** For a match in article text: the offset of the first match, to scroll to; else null. */
  offset: z.number().int().nonnegative().nullable(),
  /** The match in context. */
  snippet: SnippetSchema,
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

/** `GET /api/search` response: results grouped by kind, best first. */
export const SearchResponseSchema = z.object({
  /** The query as received. */
  query: z.string(),
  articles: z.array(SearchResultSchema),
  claims: z.array(SearchResultSchema),
  sources: z.array(SearchResultSchema),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
