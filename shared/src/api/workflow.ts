import { QueueSchema } from '../schemas/queue.ts';
import { defineEndpoint, json } from './endpoint.ts';

/** `/api/queue`: what waits for the user. */
export const workflowEndpoints = {
  queue: defineEndpoint({ method: 'GET', path: '/queue', reply: json(QueueSchema), summary: "The user's claims to work on, and (editors) those awaiting approval." }),
};
