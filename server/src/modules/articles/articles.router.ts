import { Router } from 'express';
import type { ArticleList } from '@sanad/shared/schemas/article';
import { CreateArticleInputSchema, UpdateArticleInputSchema } from '@sanad/shared/schemas/article';
import { IdParamsSchema } from '@sanad/shared/schemas/common';
import { actorOf } from '../../http/authenticate.ts';
import { validate } from '../../http/validate.ts';
import { ifMatchVersion, sendVersioned, withCurrentOnConflict } from '../../http/versioning.ts';
import { presentArticle, presentArticleListItem } from './articles.presenter.ts';
import type { ArticlesService } from './articles.service.ts';

/** Routes under /api/articles (claims, revisions and assignees of an article are in their modules). */
export function articlesRouter(articles: ArticlesService): Router {
  const router = Router();
  const current = (actor: Parameters<ArticlesService['get']>[0], id: number) => async () => {
    const view = await articles.get(actor, id);
    return presentArticle(view.row, view.assignees);
  };

  router.get(
    '/',
    validate({}, async (_input, _req, res) => {
      const rows = await articles.list(actorOf(res));
      const body: ArticleList = { articles: rows.map(presentArticleListItem) };
      res.json(body);
    }),
  );

  router.post(
    '/',
    validate({ body: CreateArticleInputSchema }, async ({ body }, _req, res) => {
      const view = await articles.create(actorOf(res), body);
      res.location(`/api/articles/${view.row.id}`);
      sendVersioned(res, presentArticle(view.row, view.assignees), 201);
    }),
  );

  router.get(
    '/:id',
    validate({ params: IdParamsSchema }, async ({ params }, _req, res) => {
      sendVersioned(res, await current(actorOf(res), params.id)());
    }),
  );

  router.patch(
    '/:id',
    validate({ params: IdParamsSchema, body: UpdateArticleInputSchema }, async ({ params, body }, req, res) => {
      const actor = actorOf(res);
      const view = await withCurrentOnConflict(() => articles.update(actor, params.id, ifMatchVersion(req), body), current(actor, params.id));
      sendVersioned(res, presentArticle(view.row, view.assignees));
    }),
  );

  router.delete(
    '/:id',
    validate({ params: IdParamsSchema }, async ({ params }, req, res) => {
      const actor = actorOf(res);
      await withCurrentOnConflict(() => articles.delete(actor, params.id, ifMatchVersion(req)), current(actor, params.id));
      res.status(204).end();
    }),
  );

  return router;
}
