import { defineEndpoint, json, schemasOf } from './endpoint.ts';

const importSchemas = schemasOf(() => import('../schemas/article-import.ts'));

/**
 * `/api/article-imports`: turn a link, pasted HTML or a Word document into an
 * article draft (text and details) for the reviewer to check before saving
 * it with `POST /api/articles`. Nothing is stored.
 */
export const articleImportEndpoints = {
  fromUrl: defineEndpoint({
    method: 'POST',
    path: '/article-imports/url',
    body: importSchemas('ImportFromUrlInputSchema'),
    reply: json(importSchemas('ArticleDraftSchema')),
    summary: 'Fetch a page (through the SSRF-safe fetcher) and extract its article text and details.',
  }),
  fromHtml: defineEndpoint({
    method: 'POST',
    path: '/article-imports/html',
    body: importSchemas('ImportFromHtmlInputSchema'),
    reply: json(importSchemas('ArticleDraftSchema')),
    largeBody: true,
    summary: "Extract the article text and details from a page's pasted HTML.",
  }),
  fromDocx: defineEndpoint({
    method: 'POST',
    path: '/article-imports/docx',
    body: importSchemas('ImportFromDocxInputSchema'),
    reply: json(importSchemas('ArticleDraftSchema')),
    largeBody: true,
    summary: 'Extract the article text from a Word document (.docx).',
  }),
};
