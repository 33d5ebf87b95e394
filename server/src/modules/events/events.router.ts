import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { IdParamsSchema } from '@sanad/shared/schemas/common';
import { actorOf } from '../../http/authenticate.ts';
import { validate } from '../../http/validate.ts';
import { actorRef } from '../../lib/actor.ts';
import type { ArticlesService } from '../articles/articles.service.ts';
import type { EventBus } from './event-bus.ts';

/** How often an idle stream gets a comment line, so proxies keep it open. */
const HEARTBEAT_MS = 15_000;

/**
 * GET /api/articles/:id/events: a server-sent event stream of the article's
 * changes (`change`) and of who has it open (`presence`).
 */
export function eventsRouter(events: EventBus, articles: ArticlesService): Router {
  const router = Router();
  router.get(
    '/articles/:id/events',
    validate({ params: IdParamsSchema }, async ({ params }, req, res) => {
      const actor = actorOf(res);
      await articles.get(actor, params.id);
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store, no-transform',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      res.write('retry: 2000\n\n');
      const connection = randomUUID();
      const send = (message: { name: string; data: unknown }) => {
        res.write(`event: ${message.name}\ndata: ${JSON.stringify(message.data)}\n\n`);
      };
      const unsubscribe = events.subscribe(params.id, send);
      events.join(params.id, connection, actorRef(actor));
      const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
      req.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
        events.leave(params.id, connection);
      });
    }),
  );
  return router;
}
