import { Router } from 'express';
import type { ArticleList } from '@sanad/shared/schemas/article';
import { CreateArticleInputSchema, UpdateArticleInputSchema } from '@sanad/shared/schemas/article';
import { IdParamsSchema } from '@sanad/shared/schemas/common';
import { validate } from '../../http/validate.ts';
import { presentArticle, presentArticleListItem } from './articles.presenter.ts';
import type { ArticlesService } from './articles.service.ts';

/** Routes under /api/articles (the claims of an article are in the claims module). */
export function articlesRouter(articles: ArticlesService): Router {
  const router = Router();

  router.get(
    '/',
    validate({}, async (_input, _req, res) => {
      const rows = await articles.list();
      const body: ArticleList = { articles: rows.map(presentArticleListItem) };
      res.json(body);
    }),
  );

  router.post(
    '/',
    validate({ body: CreateArticleInputSchema }, async ({ body }, _req, res) => {
      const row = await articles.create(body);
      res.status(201).location(`/api/articles/${row.id}`).json(presentArticle(row));
    }),
  );

  router.get(
    '/:id',
    validate({ params: IdParamsSchema }, async ({ params }, _req, res) => {
      res.json(presentArticle(await articles.get(params.id)));
    }),
  );

  router.patch(
    '/:id',
    validate({ params: IdParamsSchema, body: UpdateArticleInputSchema }, async ({ params, body }, _req, res) => {
      res.json(presentArticle(await articles.update(params.id, body)));
    }),
  );

  router.delete(
    '/:id',
    validate({ params: IdParamsSchema }, async ({ params }, _req, res) => {
      await articles.delete(params.id);
      res.status(204).end();
    }),
  );

  return router;
}
