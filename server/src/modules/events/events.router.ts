import { randomUUID } from 'node:crypto';
import { eventEndpoints } from '@sanad/shared/api/events';
import { type Route, route } from '../../http/route.ts';
import type { EventsService } from './events.service.ts';

/** How often an idle stream gets a comment line, so proxies keep it open. */
const HEARTBEAT_MS = 15_000;

/** An article's server-sent event stream: its changes (`change`) and who has it open (`presence`). */
export function eventsRoutes(events: EventsService): Route[] {
  return [
    route(eventEndpoints.article, async ({ params }, { actor, req, res }) => {
      const viewer = await events.open(actor, params.id);
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store, no-transform',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      res.write('retry: 2000\n\n');
      const connection = randomUUID();
      const unsubscribe = viewer.subscribe(connection, (message) => {
        res.write(`event: ${message.name}\ndata: ${JSON.stringify(message.data)}\n\n`);
      });
      const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
      req.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
      });
    }),
  ];
}
