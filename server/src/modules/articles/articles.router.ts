import { articleEndpoints } from '@sanad/shared/api/articles';
import { endpointUrl } from '@sanad/shared/api/endpoint';
import { type Route, route } from '../../http/route.ts';
import { presentArticle, presentArticleList } from './articles.presenter.ts';
import type { ArticlesService } from './articles.service.ts';

/** The article as it is now, for the 412 of any write to an article. */
export function currentArticle(articles: ArticlesService) {
  return async ({ params }: { params: { id: number } }, { actor }: { actor: Parameters<ArticlesService['get']>[0] }) => presentArticle(await articles.get(actor, params.id));
}

/** The article endpoints (claims, revisions and reports of an article are in their modules). */
export function articlesRoutes(articles: ArticlesService): Route[] {
  const current = currentArticle(articles);
  return [
    route(articleEndpoints.list, async (_input, { actor }) => presentArticleList(await articles.list(actor))),
    route(articleEndpoints.create, async ({ body }, { actor }) => presentArticle(await articles.create(actor, body)), {
      location: (article) => endpointUrl(articleEndpoints.get, { id: article.id }),
    }),
    route(articleEndpoints.get, current),
    route(articleEndpoints.update, async ({ params, body, ifMatch }, { actor }) => presentArticle(await articles.update(actor, params.id, ifMatch, body)), { current }),
    route(articleEndpoints.remove, async ({ params, ifMatch }, { actor }) => articles.delete(actor, params.id, ifMatch), { current }),
    route(articleEndpoints.setAssignees, async ({ params, body, ifMatch }, { actor }) => presentArticle(await articles.setAssignees(actor, params.id, ifMatch, body)), {
      current,
    }),
  ];
}
