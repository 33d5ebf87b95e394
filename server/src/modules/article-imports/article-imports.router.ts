import { articleImportEndpoints } from '@sanad/shared/api/article-imports';
import { type Route, route } from '../../http/route.ts';
import { presentArticleDraft } from './article-imports.presenter.ts';
import type { ArticleImportsService } from './article-imports.service.ts';

/** Article drafts from a link, pasted HTML or a Word document. */
export function articleImportsRoutes(imports: ArticleImportsService): Route[] {
  return [
    route(articleImportEndpoints.fromUrl, async ({ body }, { actor }) => presentArticleDraft(await imports.fromUrl(actor, body))),
    route(articleImportEndpoints.fromHtml, async ({ body }, { actor }) => presentArticleDraft(await imports.fromHtml(actor, body))),
    route(articleImportEndpoints.fromDocx, async ({ body }, { actor }) => presentArticleDraft(await imports.fromDocx(actor, body))),
  ];
}
