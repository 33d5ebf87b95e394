import { defineEndpoint, eventStream, schemasOf } from './endpoint.ts';

const commonSchemas = schemasOf(() => import('../schemas/common.ts'));
const queueSchemas = schemasOf(() => import('../schemas/queue.ts'));

/** Live updates of an article. */
export const eventEndpoints = {
  article: defineEndpoint({
    method: 'GET',
    path: '/articles/:id/events',
    params: commonSchemas('IdParamsSchema'),
    reply: eventStream({ change: queueSchemas('ArticleEventSchema'), presence: queueSchemas('PresenceSchema'), refetch: queueSchemas('ArticleRefetchSchema') }),
    summary: "Server-sent events: the article's changes (`change`), who has it open (`presence`), and `refetch` when changes may have been missed.",
  }),
};
