import { IdParamsSchema } from '../schemas/common.ts';
import { ArticleEventSchema, PresenceSchema } from '../schemas/queue.ts';
import { defineEndpoint, eventStream } from './endpoint.ts';

/** Live updates of an article. */
export const eventEndpoints = {
  article: defineEndpoint({
    method: 'GET',
    path: '/articles/:id/events',
    params: IdParamsSchema,
    reply: eventStream({ change: ArticleEventSchema, presence: PresenceSchema }),
    summary: "Server-sent events: the article's changes (`change`) and who has it open (`presence`).",
  }),
};
