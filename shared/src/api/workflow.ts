import { defineEndpoint, json, schemasOf } from './endpoint.ts';

const queueSchemas = schemasOf(() => import('../schemas/queue.ts'));

/** `/api/queue`: what waits for the user. */
export const workflowEndpoints = {
  queue: defineEndpoint({ method: 'GET', path: '/queue', reply: json(queueSchemas('QueueSchema')), summary: "The user's claims to work on, and (editors) those awaiting approval." }),
};
