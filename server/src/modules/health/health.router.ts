import { Router } from 'express';
import type { Health } from '@sanad/shared/schemas/common';

/** GET /api/health: answers while the server is up. */
export function healthRouter(demo: boolean): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    const body: Health = { status: 'ok', demo };
    res.json(body);
  });
  return router;
}
