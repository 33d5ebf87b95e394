import { type SQL, and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { dialectOf, forUpdate, tablesOf } from '@sanad/db/backend';
import type { claimSources, claims, secondRatings, sources, verdicts } from '@sanad/db/schema/index';
import type { UserRef } from '@sanad/shared/schemas/user';
import type { Executor, Tx } from '@sanad/db/transaction';
import { ClaimLinksRepository, type RestsOnView } from '../claim-links/claim-links.repository.ts';

/** A claim row as stored. */
export type ClaimRow = typeof claims.$inferSelect;
/** Columns needed to insert a claim. */
export type NewClaimRow = typeof claims.$inferInsert;
/** A verdict row as stored. */
export type VerdictRow = typeof verdicts.$inferSelect;
/** A source row as stored. */
export type SourceRow = typeof sources.$inferSelect;
/** A claim–source link row as stored. */
export type ClaimSourceRow = typeof claimSources.$inferSelect;

/** A second-rating row as stored (blind double rating, ADR 034). */
export type SecondRatingRow = typeof secondRatings.$inferSelect;

/** A claim with everything shown beside it: its verdict and its linked sources. */
export interface ClaimView {
  claim: ClaimRow;
  verdict: VerdictRow | null;
  /** Its double rating (the second rating and the pair), when it needs or had one. */
  second: SecondRatingRow | null;
  links: { link: ClaimSourceRow; source: SourceRow }[];
  /** For a fuzzy claim: the text of its suggested span in the current revision. */
  suggestionText?: string;
  /** The people named on the claim (creator, assignee, last mover, verdict setter). */
  people: Map<number, UserRef>;
  /** For an opinion: the claims it rests on and the flag (ADR 033); absent for other kinds. */
  restsOn?: RestsOnView;
}

/** One claim as the compact claim index needs it. */
export interface ClaimIndexRow {
  id: number;
  start: number | null;
  end: number | null;
  quote: string;
  claimant: string | null;
  kind: ClaimRow['kind'];
  anchorStatus: ClaimRow['anchorStatus'];
  previousQuote: string | null;
  suggestedStart: number | null;
  suggestedEnd: number | null;
  status: ClaimRow['status'];
  version: number;
  /** The verdict's rating, null when unrated. */
  rating: string | null;
  /** Who set the verdict (null when unrated or when their account is gone). */
  verdictSetBy: number | null;
  /** Its double rating's row, when it needs or had one (ADR 034). */
  second: Pick<SecondRatingRow, 'required' | 'assignedTo' | 'raterId' | 'rating' | 'completedAt' | 'agreed' | 'resolution'> | null;
  sourceCounts: { total: number; supports: number; contradicts: number };
}

/** The only code that reads and writes the `claims` table; it also loads claims with their verdicts and sources. */
export class ClaimsRepository {
  // Prepared once: the single-claim path (GET /api/claims/:id and every write's answer) is the hottest.
  private readonly claimById;
  private readonly verdictByClaim;
  private readonly secondByClaim;
  private readonly linksOf;
  private readonly userRefById;
  private readonly updateByShape = new Map<string, ReturnType<ClaimsRepository['prepareUpdate']>>();
  /** The claims opinions rest on (ADR 033): loaded with every opinion. */
  readonly claimLinks = new ClaimLinksRepository();

  /**
   * SQLite: a statement prepared on the handle runs on its one connection, so
   * inside the caller's transaction. PostgreSQL: it would run on another pooled
   * connection, outside it, so reads and writes inside a transaction go through `tx`.
   */
  private readonly preparedRunsInTx: boolean;

  constructor(private readonly db: Db) {
    this.preparedRunsInTx = dialectOf(db) === 'sqlite';
    const { claimSources, claims, secondRatings, sources, users, verdicts } = tablesOf(db);
    // Unnamed prepare() (pg-core types ask for a name; node-postgres runs it unnamed on a pooled connection).
    this.claimById = db.select().from(claims).where(eq(claims.id, sql.placeholder('id'))).prepare();
    this.verdictByClaim = db.select().from(verdicts).where(eq(verdicts.claimId, sql.placeholder('id'))).prepare();
    this.secondByClaim = db.select().from(secondRatings).where(eq(secondRatings.claimId, sql.placeholder('id'))).prepare();
    this.linksOf = db
      .select({ link: claimSources, source: sources })
      .from(claimSources)
      .innerJoin(sources, eq(sources.id, claimSources.sourceId))
      .where(eq(claimSources.claimId, sql.placeholder('id')))
      .orderBy(asc(claimSources.id))
      .prepare();
    this.userRefById = db.select({ id: users.id, name: users.name, role: users.role }).from(users).where(eq(users.id, sql.placeholder('id'))).prepare();
  }

  /** An article's claims in reading order (start, then end), each with verdict and sources. */
  async listByArticle(articleId: number): Promise<ClaimView[]> {
    const { claims } = tablesOf(this.db);
    const claimRows = await this.db
      .select()
      .from(claims)
      .where(eq(claims.articleId, articleId))
      .orderBy(sql`${claims.start} IS NULL`, asc(claims.start), asc(claims.end), asc(claims.id));
    return this.assemble(claimRows);
  }

  /**
   * What the compact claim index needs of an article's claims, in reading order: the claim's own columns, its
   * verdict's rating and how many sources it has by stance (two queries, no source or user rows); with `startBefore`,
   * only the attached claims that start before that offset (the page's first screen, ADR 037).
   */
  async indexRowsByArticle(articleId: number, startBefore?: number): Promise<ClaimIndexRow[]> {
    const { claims, claimSources, secondRatings, verdicts } = tablesOf(this.db);
    const rows = await this.db
      .select({
        id: claims.id,
        start: claims.start,
        end: claims.end,
        quote: claims.quote,
        claimant: claims.claimant,
        kind: claims.kind,
        anchorStatus: claims.anchorStatus,
        previousQuote: claims.previousQuote,
        suggestedStart: claims.suggestedStart,
        suggestedEnd: claims.suggestedEnd,
        status: claims.status,
        version: claims.version,
        rating: verdicts.rating,
        verdictSetBy: verdicts.setBy,
        secondClaimId: secondRatings.claimId,
        secondRequired: secondRatings.required,
        secondAssignedTo: secondRatings.assignedTo,
        secondRaterId: secondRatings.raterId,
        secondRating: secondRatings.rating,
        secondCompletedAt: secondRatings.completedAt,
        secondAgreed: secondRatings.agreed,
        secondResolution: secondRatings.resolution,
      })
      .from(claims)
      .leftJoin(verdicts, eq(verdicts.claimId, claims.id))
      .leftJoin(secondRatings, eq(secondRatings.claimId, claims.id))
      .where(startBefore === undefined ? eq(claims.articleId, articleId) : and(eq(claims.articleId, articleId), lt(claims.start, startBefore)))
      .orderBy(sql`${claims.start} IS NULL`, asc(claims.start), asc(claims.end), asc(claims.id));
    const counts = await this.db
      .select({ claimId: claimSources.claimId, stance: claimSources.stance, count: sql<number>`count(*)`.mapWith(Number) })
      .from(claimSources)
      .innerJoin(claims, eq(claims.id, claimSources.claimId))
      .where(startBefore === undefined ? eq(claims.articleId, articleId) : and(eq(claims.articleId, articleId), lt(claims.start, startBefore)))
      .groupBy(claimSources.claimId, claimSources.stance);
    const byClaim = new Map<number, ClaimIndexRow['sourceCounts']>();
    for (const { claimId, stance, count } of counts) {
      const tally = byClaim.get(claimId) ?? { total: 0, supports: 0, contradicts: 0 };
      tally.total += count;
      if (stance === 'supports') tally.supports += count;
      if (stance === 'contradicts') tally.contradicts += count;
      byClaim.set(claimId, tally);
    }
    return rows.map(({ secondClaimId, secondRequired, secondAssignedTo, secondRaterId, secondRating, secondCompletedAt, secondAgreed, secondResolution, ...row }) => ({
      ...row,
      second:
        secondClaimId === null
          ? null
          : {
              required: secondRequired!,
              assignedTo: secondAssignedTo,
              raterId: secondRaterId,
              rating: secondRating,
              completedAt: secondCompletedAt,
              agreed: secondAgreed,
              resolution: secondResolution,
            },
      sourceCounts: byClaim.get(row.id) ?? { total: 0, supports: 0, contradicts: 0 },
    }));
  }

  /**
   * What the compact index's ETag is made of, without reading a claim (ADR 035): the article's revision (the text
   * the offsets count in) and the counter that triggers on `claims` bump on every write to its claims (verdict
   * and source writes touch their claim; 0 before the first). Undefined when the article does not exist.
   */
  async indexVersion(articleId: number): Promise<{ revision: number; version: number } | undefined> {
    const { articles, claimIndexVersions } = tablesOf(this.db);
    const [row] = await this.db
      .select({ revision: articles.revision, version: sql<number>`coalesce(${claimIndexVersions.version}, 0)`.mapWith(Number) })
      .from(articles)
      .leftJoin(claimIndexVersions, eq(claimIndexVersions.articleId, articles.id))
      .where(eq(articles.id, articleId));
    return row;
  }

  /** One claim with verdict and sources, or undefined. */
  async findById(id: number): Promise<ClaimView | undefined> {
    const [row] = await this.claimById.execute({ id });
    if (!row) return undefined;
    const [aggregate] = await this.assemble([row]);
    return aggregate;
  }

  private async assemble(claimRows: ClaimRow[]): Promise<ClaimView[]> {
    const { articles, claimSources, secondRatings, sources, users, verdicts } = tablesOf(this.db);
    if (claimRows.length === 0) return [];
    const ids = claimRows.map((row) => row.id);
    const single = claimRows.length === 1 ? claimRows[0]!.id : null;
    // One query per related table for the whole set, never one per claim.
    const verdictRows =
      single !== null ? await this.verdictByClaim.execute({ id: single }) : await this.db.select().from(verdicts).where(inArray(verdicts.claimId, ids));
    const linkRows =
      single !== null
        ? await this.linksOf.execute({ id: single })
        : await this.db
            .select({ link: claimSources, source: sources })
            .from(claimSources)
            .innerJoin(sources, eq(sources.id, claimSources.sourceId))
            .where(inArray(claimSources.claimId, ids))
            .orderBy(asc(claimSources.id));
    const verdictByClaim = new Map(verdictRows.map((row) => [row.claimId, row]));
    const secondRows =
      single !== null ? await this.secondByClaim.execute({ id: single }) : await this.db.select().from(secondRatings).where(inArray(secondRatings.claimId, ids));
    const secondByClaim = new Map(secondRows.map((row) => [row.claimId, row]));
    const linksByClaim = new Map<number, ClaimView['links']>();
    for (const row of linkRows) {
      const list = linksByClaim.get(row.link.claimId) ?? [];
      list.push(row);
      linksByClaim.set(row.link.claimId, list);
    }
    const fuzzy = claimRows.filter((claim) => claim.suggestedStart !== null && claim.suggestedEnd !== null);
    const suggestionByClaim = new Map<number, string>();
    if (fuzzy.length > 0) {
      // Offsets are UTF-16 code units, which SQL's substr() does not count: slice in JavaScript.
      const texts = await this.db
        .select({ id: articles.id, text: articles.text })
        .from(articles)
        .where(inArray(articles.id, [...new Set(fuzzy.map((claim) => claim.articleId))]));
      const textById = new Map(texts.map((row) => [row.id, row.text]));
      for (const claim of fuzzy) {
        const text = textById.get(claim.articleId);
        if (text !== undefined) suggestionByClaim.set(claim.id, text.slice(claim.suggestedStart!, claim.suggestedEnd!));
      }
    }
    const userIds = new Set<number>();
    for (const claim of claimRows) {
      for (const id of [claim.createdBy, claim.assigneeId, claim.statusChangedBy]) if (id !== null) userIds.add(id);
    }
    for (const verdict of verdictRows) for (const id of [verdict.setBy, verdict.outdatedBy]) if (id !== null) userIds.add(id);
    for (const second of secondRows) {
      for (const id of [second.assignedTo, second.raterId, second.firstRaterId, second.secondRaterId, second.resolvedBy]) if (id !== null) userIds.add(id);
    }
    const people = new Map<number, UserRef>();
    if (userIds.size > 0 && userIds.size <= 4) {
      // One claim names a handful of people: prepared point reads beat building an IN query each time.
      for (const id of userIds) {
        const [row] = await this.userRefById.execute({ id });
        if (row) people.set(row.id, { id: row.id, name: row.name, role: row.role });
      }
    } else if (userIds.size > 0) {
      const rows = await this.db
        .select({ id: users.id, name: users.name, role: users.role })
        .from(users)
        .where(inArray(users.id, [...userIds]));
      for (const row of rows) people.set(row.id, { id: row.id, name: row.name, role: row.role });
    }
    // Only opinions rest on other claims: no query at all for an article without one.
    const restsOn = await this.claimLinks.restsOnOf(this.db, claimRows.filter((claim) => claim.kind === 'opinion').map((claim) => claim.id));
    return claimRows.map((claim) => ({
      ...(restsOn.has(claim.id) ? { restsOn: restsOn.get(claim.id)! } : {}),
      people,
      claim,
      verdict: verdictByClaim.get(claim.id) ?? null,
      second: secondByClaim.get(claim.id) ?? null,
      links: linksByClaim.get(claim.id) ?? [],
      ...(suggestionByClaim.has(claim.id) ? { suggestionText: suggestionByClaim.get(claim.id)! } : {}),
    }));
  }

  /**
   * Reads a claim row inside a transaction, to change it. SQLite: the prepared
   * statement runs on the one connection, so inside the transaction, which
   * already holds the write lock. PostgreSQL: read through `tx` and locked
   * (FOR UPDATE) until the transaction ends.
   */
  async get(tx: Executor, id: number): Promise<ClaimRow | undefined> {
    if (!this.preparedRunsInTx) {
      const { claims } = tablesOf(tx);
      // Locked until the transaction ends, so a concurrent write of the same claim waits and then sees the new version.
      const [row] = await forUpdate(tx, tx.select().from(claims).where(eq(claims.id, id)).limit(1));
      return row;
    }
    const [row] = await this.claimById.execute({ id });
    return row;
  }

  /** A claim's verdict inside a transaction (the statement runs on the one connection, so inside it). */
  async verdictOf(tx: Executor, claimId: number): Promise<VerdictRow | undefined> {
    if (!this.preparedRunsInTx) {
      const { verdicts } = tablesOf(tx);
      const [row] = await tx.select().from(verdicts).where(eq(verdicts.claimId, claimId)).limit(1);
      return row;
    }
    const [row] = await this.verdictByClaim.execute({ id: claimId });
    return row;
  }

  /** The verdict rationale of a claim, for indexing. */
  async rationaleOf(tx: Executor, id: number): Promise<string | null> {
    const { verdicts } = tablesOf(this.db);
    const [row] = await tx.select({ rationale: verdicts.rationale }).from(verdicts).where(eq(verdicts.claimId, id)).limit(1);
    return row?.rationale ?? null;
  }

  /** The claim of an article with exactly this span, if any. */
  async findBySpan(tx: Executor, articleId: number, start: number, end: number): Promise<ClaimRow | undefined> {
    const { claims } = tablesOf(this.db);
    const [row] = await tx
      .select()
      .from(claims)
      .where(and(eq(claims.articleId, articleId), eq(claims.start, start), eq(claims.end, end)))
      .limit(1);
    return row;
  }

  /** Inserts a claim and returns the stored row. */
  async insert(tx: Tx, values: NewClaimRow): Promise<ClaimRow> {
    const { claims } = tablesOf(this.db);
    const [row] = await tx.insert(claims).values(values).returning();
    return row!;
  }

  /** Every claim row of an article, for planning re-anchoring. */
  async listRowsOf(articleId: number): Promise<ClaimRow[]> {
    const { claims } = tablesOf(this.db);
    return this.db.select().from(claims).where(eq(claims.articleId, articleId)).orderBy(asc(claims.id));
  }

  /** Every claim row of an article, for re-anchoring inside a transaction. */
  async listRows(tx: Executor, articleId: number): Promise<ClaimRow[]> {
    const { claims } = tablesOf(this.db);
    return tx.select().from(claims).where(eq(claims.articleId, articleId)).orderBy(asc(claims.id));
  }

  /** Changes a claim's span, anchor or claimant and bumps its version. */
  async update(
    tx: Executor,
    id: number,
    values: Partial<
      Pick<
        ClaimRow,
        | 'kind'
        | 'start'
        | 'end'
        | 'quote'
        | 'prefix'
        | 'suffix'
        | 'claimant'
        | 'anchorStatus'
        | 'anchorRevision'
        | 'previousQuote'
        | 'suggestedStart'
        | 'suggestedEnd'
        | 'assigneeId'
      >
    > & { updatedAt: string },
    version: number,
  ): Promise<ClaimRow | undefined> {
    // One prepared statement per set of changed columns (a handful of shapes), on the one connection: it runs inside the caller's transaction.
    if (!this.preparedRunsInTx) {
      const { claims } = tablesOf(tx);
      const [row] = await tx
        .update(claims)
        .set({ ...values, version: version + 1 })
        .where(and(eq(claims.id, id), eq(claims.version, version)))
        .returning();
      return row;
    }
    const columns = (Object.keys(values) as (keyof typeof values)[]).filter((column) => values[column] !== undefined).sort();
    const shape = columns.join(',');
    let statement = this.updateByShape.get(shape);
    if (!statement) {
      statement = this.prepareUpdate(columns);
      this.updateByShape.set(shape, statement);
    }
    const [row] = await statement.execute({ ...values, version: version + 1, id, expected: version });
    return row;
  }

  /** `UPDATE claims SET <columns>, version = :version WHERE id = :id AND version = :expected RETURNING *`. */
  private prepareUpdate(columns: string[]) {
    const { claims } = tablesOf(this.db);
    const set = Object.fromEntries([...columns, 'version'].map((column) => [column, sql.placeholder(column)]));
    // Unnamed prepare(): only ever used on SQLite (see preparedRunsInTx).
    return this.db
      .update(claims)
      .set(set as Partial<Record<keyof ClaimRow, SQL>>)
      .where(and(eq(claims.id, sql.placeholder('id')), eq(claims.version, sql.placeholder('expected'))))
      .returning()
      .prepare();
  }

  /** Marks some claims as changed (their double rating was required or lifted): new updatedAt and version. */
  async touchMany(tx: Tx, ids: readonly number[], updatedAt: string): Promise<void> {
    if (ids.length === 0) return;
    const { claims } = tablesOf(tx);
    await tx
      .update(claims)
      .set({ updatedAt, version: sql`${claims.version} + 1` })
      .where(inArray(claims.id, [...ids]));
  }

  /** Bumps a claim's version and time of change (its verdict, sources or double rating changed). */
  async touch(tx: Tx, id: number, updatedAt: string): Promise<void> {
    const { claims } = tablesOf(this.db);
    const row = await this.get(tx, id);
    if (!row) return;
    await tx
      .update(claims)
      .set({ updatedAt, version: row.version + 1 })
      .where(eq(claims.id, id));
  }

  /** Deletes a claim; its verdict and source links go with it. */
  async delete(tx: Tx, id: number): Promise<boolean> {
    const { claims } = tablesOf(this.db);
    const deleted = await tx.delete(claims).where(eq(claims.id, id)).returning({ id: claims.id });
    return deleted.length > 0;
  }
}

