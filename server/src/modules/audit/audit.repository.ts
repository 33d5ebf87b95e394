import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { dialectOf, tablesOf } from '@sanad/db/backend';
import type { auditLog } from '@sanad/db/schema/index';
import type { Tx } from '@sanad/db/transaction';
import type { Actor } from '../../lib/actor.ts';

/** An audit row as stored. */
export type AuditRow = typeof auditLog.$inferSelect;

/** What one audit entry records. */
export interface AuditInput {
  action: string;
  entityType: 'article' | 'claim' | 'verdict' | 'source_link' | 'claim_link' | 'comment' | 'user' | 'assignment' | 'publication' | 'rating' | 'organisation' | 'suggestion';
  entityId: number;
  articleId: number | null;
  claimId: number | null;
  before: unknown;
  after: unknown;
}

/** Keys never written to the log. */
const SECRET_KEYS = new Set(['passwordHash', 'password_hash', 'password']);

function snapshot(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, (key, inner: unknown) => (SECRET_KEYS.has(key) ? undefined : inner));
}

/**
 * The only code that touches `audit_log`. It only appends (the database
 * refuses UPDATE and DELETE on the table) and always inside the transaction of
 * the change it records.
 */
export class AuditRepository {
  // Prepared once: every write appends an entry.
  private readonly insertEntry;

  /**
   * SQLite: a statement prepared on the handle runs on its one connection, so
   * inside the caller's transaction. PostgreSQL: it would run on another pooled
   * connection, outside it, so reads and writes inside a transaction go through `tx`.
   */
  private readonly preparedRunsInTx: boolean;

  constructor(private readonly db: Db) {
    this.preparedRunsInTx = dialectOf(db) === 'sqlite';
    const { auditLog } = tablesOf(db);
    const placeholder = (name: string) => sql.placeholder(name);
    // Unnamed prepare(): used only on SQLite (see preparedRunsInTx).
    this.insertEntry = db
      .insert(auditLog)
      .values({
        at: placeholder('at'),
        actorId: placeholder('actorId'),
        actorName: placeholder('actorName'),
        actorRole: placeholder('actorRole'),
        action: placeholder('action'),
        entityType: placeholder('entityType'),
        entityId: placeholder('entityId'),
        articleId: placeholder('articleId'),
        claimId: placeholder('claimId'),
        before: placeholder('before'),
        after: placeholder('after'),
      })
      .prepare();
  }

  /** Appends an entry, inside the caller's transaction (the statement is prepared on the one connection). */
  async append(tx: Tx, actor: Actor | null, at: string, entry: AuditInput): Promise<void> {
    const values = {
      at,
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? null,
      actorRole: actor?.role ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      articleId: entry.articleId,
      claimId: entry.claimId,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
    };
    if (this.preparedRunsInTx) {
      await this.insertEntry.execute(values);
      return;
    }
    const { auditLog } = tablesOf(tx);
    await tx.insert(auditLog).values(values);
  }

  /** A claim's entries, oldest first. */
  async listForClaim(claimId: number): Promise<AuditRow[]> {
    const { auditLog } = tablesOf(this.db);
    return this.db.select().from(auditLog).where(eq(auditLog.claimId, claimId)).orderBy(asc(auditLog.id));
  }
}
