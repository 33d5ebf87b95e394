import { healthEndpoints } from '@sanad/shared/api/health';
import { type Route, route } from '../../http/route.ts';

/** Whether the server is up (and in demo mode): the one answer with no presenter, a literal of two fields (ADR 016). */
export function healthRoutes(demo: boolean): Route[] {
  return [route(healthEndpoints.get, async () => ({ status: 'ok' as const, demo }))];
}
