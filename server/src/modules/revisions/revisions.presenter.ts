import type { ReanchorCounts, ReplaceTextResult, Revision, RevisionDiff, RevisionList, RevisionSummary } from '@sanad/shared/schemas/revision';
import { presentArticle } from '../articles/articles.presenter.ts';
import type { RevisionSummaryRow, RevisionWithAuthor } from '../articles/article-revisions.repository.ts';
import type { ReplaceTextOutcome, RevisionComparison } from './revisions.service.ts';

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

/** The revisions, newest first. */
export function presentRevisionList(rows: RevisionSummaryRow[]): RevisionList {
  return { revisions: rows.map(presentRevisionSummary) };
}

/** What saving a new text did: the article at its new revision and each claim's new status. */
export function presentReplaceText(outcome: ReplaceTextOutcome): ReplaceTextResult {
  return { article: presentArticle(outcome.article), counts: outcome.counts, claims: outcome.claims };
}

/** The word-level diff between two revisions, as runs of kept, deleted and inserted text. */
export function presentRevisionDiff({ older, newer, diff }: RevisionComparison): RevisionDiff {
  return {
    from: older.number,
    to: newer.number,
    runs: diff ? diff.runs : [{ op: 'delete', text: older.text }, { op: 'insert', text: newer.text }],
  };
}
