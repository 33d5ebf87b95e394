import { HealthSchema } from '../schemas/common.ts';
import { defineEndpoint, json } from './endpoint.ts';

/** `/api/health`. */
export const healthEndpoints = {
  /** Answers while the server is up, and says whether it runs in demo mode. */
  get: defineEndpoint({ method: 'GET', path: '/health', access: 'public', reply: json(HealthSchema), summary: 'Whether the server is up, and in demo mode.' }),
};
