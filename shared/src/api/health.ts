import { defineEndpoint, json, schemasOf } from './endpoint.ts';

const commonSchemas = schemasOf(() => import('../schemas/common.ts'));

/** `/api/health`. */
export const healthEndpoints = {
  /** Answers while the server is up, and says whether it runs in demo mode. */
  get: defineEndpoint({ method: 'GET', path: '/health', access: 'public', reply: json(commonSchemas('HealthSchema')), summary: 'Whether the server is up, and in demo mode.' }),
};
