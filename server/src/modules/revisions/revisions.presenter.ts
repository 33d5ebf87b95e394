import type { ReanchorCounts, Revision, RevisionSummary } from '@sanad/shared/schemas/revision';
import type { RevisionSummaryRow, RevisionWithAuthor } from './revisions.repository.ts';

function counts(json: string | null): ReanchorCounts | null {
  return json ? (JSON.parse(json) as ReanchorCounts) : null;
}

/** A revision in the list. */
export function presentRevisionSummary(row: RevisionSummaryRow): RevisionSummary {
  return { number: row.number, createdAt: row.createdAt, createdBy: row.author, length: row.length, reanchor: counts(row.reanchorCounts) };
}

/** One revision with its text. */
export function presentRevision(row: RevisionWithAuthor): Revision {
  return {
    number: row.number,
    createdAt: row.createdAt,
    createdBy: row.author,
    length: row.text.length,
    reanchor: counts(row.reanchorCounts),
    articleId: row.articleId,
    text: row.text,
  };
}
