import { Router } from 'express';
import { IdParamsSchema } from '@sanad/shared/schemas/common';
import type { CommentList } from '@sanad/shared/schemas/workflow';
import { CreateCommentInputSchema, UpdateCommentInputSchema } from '@sanad/shared/schemas/workflow';
import { actorOf } from '../../http/authenticate.ts';
import { validate } from '../../http/validate.ts';
import { ifMatchVersion, sendVersioned, withCurrentOnConflict } from '../../http/versioning.ts';
import { presentComment } from './comments.presenter.ts';
import type { CommentsService } from './comments.service.ts';

/** /api/claims/:id/comments (thread, add) and /api/comments/:id (read, edit, resolve). */
export function commentsRouter(comments: CommentsService): Router {
  const router = Router();

  router.get(
    '/claims/:id/comments',
    validate({ params: IdParamsSchema }, async ({ params }, _req, res) => {
      const body: CommentList = { comments: (await comments.list(actorOf(res), params.id)).map(presentComment) };
      res.json(body);
    }),
  );

  router.post(
    '/claims/:id/comments',
    validate({ params: IdParamsSchema, body: CreateCommentInputSchema }, async ({ params, body }, _req, res) => {
      sendVersioned(res, presentComment(await comments.create(actorOf(res), params.id, body)), 201);
    }),
  );

  router.get(
    '/comments/:id',
    validate({ params: IdParamsSchema }, async ({ params }, _req, res) => {
      sendVersioned(res, presentComment(await comments.get(actorOf(res), params.id)));
    }),
  );

  router.patch(
    '/comments/:id',
    validate({ params: IdParamsSchema, body: UpdateCommentInputSchema }, async ({ params, body }, req, res) => {
      const actor = actorOf(res);
      const comment = await withCurrentOnConflict(
        () => comments.update(actor, params.id, ifMatchVersion(req), body),
        async () => presentComment(await comments.get(actor, params.id)),
      );
      sendVersioned(res, presentComment(comment));
    }),
  );

  return router;
}
