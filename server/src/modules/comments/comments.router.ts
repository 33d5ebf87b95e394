import { commentEndpoints } from '@sanad/shared/api/comments';
import { endpointUrl } from '@sanad/shared/api/endpoint';
import { type Route, route } from '../../http/route.ts';
import { presentComment, presentCommentList } from './comments.presenter.ts';
import type { CommentsService } from './comments.service.ts';

/** A claim's discussion: the thread, adding, reading, editing and resolving comments. */
export function commentsRoutes(comments: CommentsService): Route[] {
  return [
    route(commentEndpoints.list, async ({ params }, { actor }) => presentCommentList(await comments.list(actor, params.id))),
    route(commentEndpoints.create, async ({ params, body }, { actor }) => presentComment(await comments.create(actor, params.id, body)), {
      location: (comment) => endpointUrl(commentEndpoints.get, { id: comment.id }),
    }),
    route(commentEndpoints.get, async ({ params }, { actor }) => presentComment(await comments.get(actor, params.id))),
    route(commentEndpoints.update, async ({ params, body, ifMatch }, { actor }) => presentComment(await comments.update(actor, params.id, ifMatch, body)), {
      current: async ({ params }, { actor }) => presentComment(await comments.get(actor, params.id)),
    }),
  ];
}
