import { Router } from 'express';
import { IdParamsSchema } from '@sanad/shared/schemas/common';
import type { AuditList } from '@sanad/shared/schemas/workflow';
import { AssigneesInputSchema, TransitionInputSchema } from '@sanad/shared/schemas/workflow';
import { notFound } from '../../http/app-error.ts';
import { actorOf } from '../../http/authenticate.ts';
import { validate } from '../../http/validate.ts';
import { ifMatchVersion, sendVersioned, withCurrentOnConflict } from '../../http/versioning.ts';
import { presentArticle } from '../articles/articles.presenter.ts';
import type { ArticlesService } from '../articles/articles.service.ts';
import { presentAuditEntry } from '../audit/audit.presenter.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import { presentClaim } from '../claims/claims.presenter.ts';
import type { ClaimsService } from '../claims/claims.service.ts';
import type { WorkflowService } from './workflow.service.ts';

/** Transitions, history, assignment and queues. */
export function workflowRouter(workflow: WorkflowService, claims: ClaimsService, articles: ArticlesService, audit: AuditRepository): Router {
  const router = Router();

  router.post(
    '/claims/:id/transitions',
    validate({ params: IdParamsSchema, body: TransitionInputSchema }, async ({ params, body }, req, res) => {
      const actor = actorOf(res);
      const claim = await withCurrentOnConflict(
        () => workflow.transition(actor, params.id, ifMatchVersion(req), body),
        async () => presentClaim(await claims.get(actor, params.id)),
      );
      sendVersioned(res, presentClaim(claim));
    }),
  );

  router.get(
    '/claims/:id/history',
    validate({ params: IdParamsSchema }, async ({ params }, _req, res) => {
      await claims.get(actorOf(res), params.id).catch(async (error: unknown) => {
        // The history outlives a deleted claim: answer it when entries exist.
        if ((await audit.listForClaim(params.id)).length === 0) throw error instanceof Error ? error : notFound('claim', params.id);
      });
      const body: AuditList = { entries: (await audit.listForClaim(params.id)).map(presentAuditEntry) };
      res.json(body);
    }),
  );

  router.put(
    '/articles/:id/assignees',
    validate({ params: IdParamsSchema, body: AssigneesInputSchema }, async ({ params, body }, req, res) => {
      const actor = actorOf(res);
      const view = await withCurrentOnConflict(
        () => articles.setAssignees(actor, params.id, ifMatchVersion(req), body),
        async () => {
          const current = await articles.get(actor, params.id);
          return presentArticle(current.row, current.assignees);
        },
      );
      sendVersioned(res, presentArticle(view.row, view.assignees));
    }),
  );

  router.get(
    '/queue',
    validate({}, async (_input, _req, res) => {
      res.json(await workflow.queue(actorOf(res)));
    }),
  );

  return router;
}
