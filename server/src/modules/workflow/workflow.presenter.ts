import type { Role } from '@sanad/shared/permissions';
import type { Queue, QueueItem } from '@sanad/shared/schemas/queue';
import type { QueueRow } from './workflow.repository.ts';
import type { QueueRows } from './workflow.service.ts';

function person(id: number | null, name: string | null, role: string | null) {
  return id !== null && name !== null ? { id, name, role: role as Role } : null;
}

/** The API shape of a claim in a queue. */
export function presentQueueItem(row: QueueRow): QueueItem {
  return {
    claimId: row.claimId,
    articleId: row.articleId,
    articleTitle: row.articleTitle,
    language: row.language,
    quote: row.quote,
    status: row.status,
    statusNote: row.statusNote,
    rating: row.rating ?? null,
    rationale: row.rationale ?? null,
    recheckOn: row.recheckOn ?? null,
    publishedAt: row.publishedAt ?? null,
    verdictSetBy: person(row.setterId, row.setterName, row.setterRole),
    assignee: person(row.assigneeId, row.assigneeName, row.assigneeRole),
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** The API shape of the user's queue. */
export function presentQueue({ mine, awaitingApproval, recheckDue, secondRatingDue }: QueueRows): Queue {
  return {
    mine: mine.map(presentQueueItem),
    awaitingApproval: awaitingApproval.map(presentQueueItem),
    recheckDue: recheckDue.map(presentQueueItem),
    secondRatingDue: secondRatingDue.map(presentQueueItem),
  };
}
