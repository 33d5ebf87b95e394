import { z } from 'zod';
import { isHttpUrl } from '../text/url.ts';

/** Longest pasted HTML accepted, in characters (the body limit is 1 MB). */
export const MAX_IMPORT_HTML_LENGTH = 900_000;
/** Largest Word document accepted, in bytes of the file (it travels as base64 inside the 1 MB body). */
export const MAX_DOCX_BYTES = 700 * 1024;

/** An http(s) address of a page to import, at most 2,048 characters. */
const PageUrlSchema = z.string().trim().max(2048, 'The address is longer than 2,048 characters.').refine(isHttpUrl, 'Use a full http:// or https:// address.');

/** `POST /api/article-imports/url` body: the page to fetch. */
export const ImportFromUrlInputSchema = z.strictObject({
  /** The article's address. */
  url: PageUrlSchema,
});
export type ImportFromUrlInput = z.infer<typeof ImportFromUrlInputSchema>;

/** `POST /api/article-imports/html` body: a page's HTML as saved or copied. */
export const ImportFromHtmlInputSchema = z.strictObject({
  /** The page's HTML source. */
  html: z
    .string()
    .max(MAX_IMPORT_HTML_LENGTH, 'The HTML is longer than 900,000 characters.')
    .refine((html) => html.trim() !== '', 'Paste the page HTML.'),
  /** Where the page came from, when known (resolves its links; used when the page names no address). */
  url: PageUrlSchema.optional(),
});
export type ImportFromHtmlInput = z.infer<typeof ImportFromHtmlInputSchema>;

/** `POST /api/article-imports/docx` body: a Word document as base64. */
export const ImportFromDocxInputSchema = z.strictObject({
  /** The file's name, for the title when the document has none. */
  fileName: z.string().trim().max(255).optional(),
  /** The .docx file, base64-encoded. */
  data: z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Send the file as base64.')
    .refine((data) => data.length > 0, 'Choose a Word document.')
    .refine((data) => (data.length * 3) / 4 <= MAX_DOCX_BYTES, 'The document is larger than 700 kB.'),
});
export type ImportFromDocxInput = z.infer<typeof ImportFromDocxInputSchema>;

/** Where an import's text came from. */
export const ImportKindSchema = z.enum(['url', 'html', 'docx']);
export type ImportKind = z.infer<typeof ImportKindSchema>;

/** Where a detail of the draft was found in the page, so the reviewer knows how far to trust it. */
export const DetailOriginSchema = z.enum(['json-ld', 'opengraph', 'meta', 'page', 'document']);
export type DetailOrigin = z.infer<typeof DetailOriginSchema>;

/**
 * An article extracted from a page or a document, not yet saved: the
 * reviewer checks and corrects it, then creates the article with
 * `POST /api/articles`.
 */
export const ArticleDraftSchema = z.object({
  /** How it was imported. */
  kind: ImportKindSchema,
  /** The headline (empty when none was found). */
  title: z.string(),
  /** The main text: paragraphs separated by a blank line, NFC. */
  text: z.string(),
  /** BCP 47 tag from the page, else detected from the text. */
  language: z.string(),
  /** Who wrote it, when the page says. */
  author: z.string().nullable(),
  /** Where it appeared (site or publisher name), when the page says. */
  outlet: z.string().nullable(),
  /** Publication date (YYYY-MM-DD) as the page gives it, when it does. */
  publishedOn: z.string().nullable(),
  /** The page's canonical http(s) address, else the address fetched. */
  url: z.string().nullable(),
  /** The address the page was fetched from after redirects (URL imports only). */
  fetchedUrl: z.string().nullable(),
  /** Where each detail was found; a detail not found is left out. */
  origins: z.object({
    /** Origin of the title. */
    title: DetailOriginSchema.optional(),
    /** Origin of the author. */
    author: DetailOriginSchema.optional(),
    /** Origin of the outlet. */
    outlet: DetailOriginSchema.optional(),
    /** Origin of the publication date. */
    publishedOn: DetailOriginSchema.optional(),
    /** Origin of the canonical address. */
    url: DetailOriginSchema.optional(),
    /** Origin of the language. */
    language: DetailOriginSchema.optional(),
  }),
});
export type ArticleDraft = z.infer<typeof ArticleDraftSchema>;
