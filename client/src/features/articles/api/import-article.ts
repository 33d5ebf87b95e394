import { useMutation } from '@tanstack/react-query';
import { articleImportEndpoints } from '@sanad/shared/api/article-imports';
import type { ArticleDraft, ImportFromDocxInput, ImportFromHtmlInput, ImportFromUrlInput } from '@sanad/shared/schemas/article-import';
import { callApi } from '../../../lib/api-client.ts';

/** What to import an article from. */
export type ImportRequest = ({ kind: 'url' } & ImportFromUrlInput) | ({ kind: 'html' } & ImportFromHtmlInput) | ({ kind: 'docx' } & ImportFromDocxInput);

/** `POST /api/article-imports/{url,html,docx}`: a draft to check, nothing stored. */
export function importArticle(request: ImportRequest): Promise<ArticleDraft> {
  switch (request.kind) {
    case 'url':
      return callApi(articleImportEndpoints.fromUrl, { body: { url: request.url } });
    case 'html':
      return callApi(articleImportEndpoints.fromHtml, { body: { html: request.html, ...(request.url ? { url: request.url } : {}) } });
    case 'docx':
      return callApi(articleImportEndpoints.fromDocx, { body: { data: request.data, ...(request.fileName ? { fileName: request.fileName } : {}) } });
  }
}

/** Extracts an article draft (nothing cached: a draft is not a stored resource). */
export function useImportArticle() {
  return useMutation({ mutationFn: importArticle });
}
