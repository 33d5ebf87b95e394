import { claimEndpoints } from '@sanad/shared/api/claims';
import { workflowEndpoints } from '@sanad/shared/api/workflow';
import { type Route, route } from '../../http/route.ts';
import { presentAuditList } from '../audit/audit.presenter.ts';
import { presentClaim } from '../claims/claims.presenter.ts';
import { currentClaim } from '../claims/claims.router.ts';
import type { ClaimsService } from '../claims/claims.service.ts';
import { presentQueue } from './workflow.presenter.ts';
import type { WorkflowService } from './workflow.service.ts';

/** Moving claims through review, their history, and the queues. */
export function workflowRoutes(workflow: WorkflowService, claims: ClaimsService): Route[] {
  return [
    route(claimEndpoints.transition, async ({ params, body, ifMatch }, { actor }) => presentClaim(await workflow.transition(actor, params.id, ifMatch, body), actor), {
      current: currentClaim(claims),
    }),
    route(claimEndpoints.history, async ({ params }, { actor }) => presentAuditList(await workflow.history(actor, params.id))),
    route(workflowEndpoints.queue, async (_input, { actor }) => presentQueue(await workflow.queue(actor))),
  ];
}
