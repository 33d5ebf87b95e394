import { aliasedTable, and, asc, desc, eq, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { tablesOf } from '@sanad/db/backend';
import type { Tx } from '@sanad/db/transaction';
import type { ClaimStatus } from '@sanad/shared/schemas/workflow';

/** A claim in a queue, with its article, verdict, who set it and its assignee. */
export interface QueueRow {
  claimId: number;
  articleId: number;
  articleTitle: string;
  language: string;
  quote: string;
  status: ClaimStatus;
  statusNote: string | null;
  rating: string | null;
  rationale: string | null;
  recheckOn: string | null;
  publishedAt: string | null;
  setterId: number | null;
  setterName: string | null;
  setterRole: string | null;
  assigneeId: number | null;
  assigneeName: string | null;
  assigneeRole: string | null;
  updatedAt: string;
  version: number;
}

/** Reads queues and writes claim statuses. */
export class WorkflowRepository {
  constructor(private readonly db: Db) {}

  /** Moves a claim to a status with its note, recording who and when, and bumps its version. */
  async setStatus(tx: Tx, claimId: number, status: ClaimStatus, note: string | null, actorId: number, at: string, version: number) {
    const { claims } = tablesOf(this.db);
    const [row] = await tx
      .update(claims)
      .set({ status, statusNote: note, statusChangedBy: actorId, statusChangedAt: at, updatedAt: at, version: version + 1 })
      .where(and(eq(claims.id, claimId), eq(claims.version, version)))
      .returning();
    return row;
  }

  private async items(where: ReturnType<typeof and>, order: 'oldest' | 'mine' | 'recheck'): Promise<QueueRow[]> {
    const { articles, claims, users, verdicts } = tablesOf(this.db);
    // drizzle-orm's aliasedTable is what each dialect's alias() does, for either dialect's table.
    const setter = aliasedTable(users, 'setter');
    const assignee = aliasedTable(users, 'assignee');
    const rows: QueueRow[] = await this.db
      .select({
        claimId: claims.id,
        articleId: claims.articleId,
        articleTitle: articles.title,
        language: articles.language,
        quote: claims.quote,
        status: claims.status,
        statusNote: claims.statusNote,
        rating: verdicts.rating,
        rationale: verdicts.rationale,
        recheckOn: verdicts.recheckOn,
        publishedAt: claims.publishedAt,
        setterId: setter.id,
        setterName: setter.name,
        setterRole: setter.role,
        assigneeId: assignee.id,
        assigneeName: assignee.name,
        assigneeRole: assignee.role,
        updatedAt: claims.updatedAt,
        version: claims.version,
      })
      .from(claims)
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .leftJoin(verdicts, eq(verdicts.claimId, claims.id))
      .leftJoin(setter, eq(setter.id, verdicts.setBy))
      .leftJoin(assignee, eq(assignee.id, claims.assigneeId))
      .where(where)
      .orderBy(
        ...(order === 'oldest'
          ? [asc(claims.updatedAt), asc(claims.id)]
          : order === 'recheck'
            ? [asc(verdicts.recheckOn), asc(claims.id)]
            : [sql`CASE ${claims.status} WHEN 'changes_requested' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END`, desc(claims.updatedAt)]),
      )
      .limit(500);
    return rows;
  }

  /**
   * A user's work that is not approved: claims assigned to them; claims of
   * articles assigned to them that no one else holds; and their own claims sent back.
   */
  async mine(userId: number): Promise<QueueRow[]> {
    const { articleAssignees, claims } = tablesOf(this.db);
    const assignedArticles = this.db.select({ id: articleAssignees.articleId }).from(articleAssignees).where(eq(articleAssignees.userId, userId));
    return this.items(
      and(
        ne(claims.status, 'approved'),
        or(
          eq(claims.assigneeId, userId),
          and(sql`${claims.assigneeId} IS NULL`, inArray(claims.articleId, assignedArticles)),
          and(eq(claims.createdBy, userId), eq(claims.status, 'changes_requested')),
        ),
      ),
      'mine',
    );
  }

  /**
   * Verdicts whose re-check day (YYYY-MM-DD) is `today` or past, the longest
   * overdue first: every one (`holder` null, for editors), or those of claims
   * `holder` holds (assigned to them, or unassigned with a verdict they set).
   */
  async recheckDue(today: string, holder: number | null): Promise<QueueRow[]> {
    const { claims, verdicts } = tablesOf(this.db);
    const due = sql`${verdicts.recheckOn} <= ${today}`;
    if (holder === null) return this.items(and(due), 'recheck');
    return this.items(and(due, or(eq(claims.assigneeId, holder), and(sql`${claims.assigneeId} IS NULL`, eq(verdicts.setBy, holder)))), 'recheck');
  }

  /**
   * Claims waiting for a second, independent rating that `userId` may give
   * (ADR 034): required, not complete, not rated second yet, not approved,
   * with a verdict set by someone else, asked of them or of anyone. Oldest first.
   */
  async secondRatingDue(userId: number): Promise<QueueRow[]> {
    const { claims, secondRatings, verdicts } = tablesOf(this.db);
    const waiting = this.db
      .select({ id: secondRatings.claimId })
      .from(secondRatings)
      .where(
        and(
          eq(secondRatings.required, true),
          isNull(secondRatings.completedAt),
          isNull(secondRatings.rating),
          or(isNull(secondRatings.assignedTo), eq(secondRatings.assignedTo, userId)),
        ),
      );
    return this.items(and(ne(claims.status, 'approved'), inArray(claims.id, waiting), isNotNull(verdicts.claimId), sql`(${verdicts.setBy} IS NULL OR ${verdicts.setBy} <> ${userId})`), 'oldest');
  }

  /** Every submitted claim, oldest first. */
  async awaitingApproval(): Promise<QueueRow[]> {
    const { claims } = tablesOf(this.db);
    return this.items(and(eq(claims.status, 'submitted')), 'oldest');
  }
}
