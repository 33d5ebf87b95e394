import { Router } from 'express';
import { IdParamsSchema } from '@sanad/shared/schemas/common';
import type { ReplaceTextResult, RevisionList } from '@sanad/shared/schemas/revision';
import { DiffQuerySchema, ReplaceTextInputSchema, RevisionParamsSchema } from '@sanad/shared/schemas/revision';
import { actorOf } from '../../http/authenticate.ts';
import { validate } from '../../http/validate.ts';
import { ifMatchVersion, withCurrentOnConflict } from '../../http/versioning.ts';
import type { ArticlesService } from '../articles/articles.service.ts';
import { presentArticle } from '../articles/articles.presenter.ts';
import { presentRevision, presentRevisionSummary } from './revisions.presenter.ts';
import type { RevisionsService } from './revisions.service.ts';

/** Routes /api/articles/:id/text, /revisions and /diff. */
export function revisionsRouter(revisions: RevisionsService, articles: ArticlesService): Router {
  const router = Router();

  router.put(
    '/articles/:id/text',
    validate({ params: IdParamsSchema, body: ReplaceTextInputSchema }, async ({ params, body }, req, res) => {
      const actor = actorOf(res);
      const outcome = await withCurrentOnConflict(
        () => revisions.replaceText(actor, params.id, ifMatchVersion(req), body),
        async () => {
          const view = await articles.get(actor, params.id);
          return presentArticle(view.row, view.assignees);
        },
      );
      const view = await articles.get(actor, params.id);
      const result: ReplaceTextResult = { article: presentArticle(view.row, view.assignees), counts: outcome.counts, claims: outcome.claims };
      res.setHeader('ETag', `"v${view.row.version}"`);
      res.json(result);
    }),
  );

  router.get(
    '/articles/:id/revisions',
    validate({ params: IdParamsSchema }, async ({ params }, _req, res) => {
      const body: RevisionList = { revisions: (await revisions.list(actorOf(res), params.id)).map(presentRevisionSummary) };
      res.json(body);
    }),
  );

  router.get(
    '/articles/:id/revisions/:number',
    validate({ params: RevisionParamsSchema }, async ({ params }, _req, res) => {
      res.json(presentRevision(await revisions.get(actorOf(res), params.id, params.number)));
    }),
  );

  router.get(
    '/articles/:id/diff',
    validate({ params: IdParamsSchema, query: DiffQuerySchema }, async ({ params, query }, _req, res) => {
      res.json(await revisions.diff(actorOf(res), params.id, query.from, query.to));
    }),
  );

  return router;
}
