import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { auditLog } from '@sanad/db/schema/index';
import type { Tx } from '@sanad/db/transaction';
import type { Actor } from '../../lib/actor.ts';

/** An audit row as stored. */
export type AuditRow = typeof auditLog.$inferSelect;

/** What one audit entry records. */
export interface AuditInput {
  action: string;
  entityType: 'article' | 'claim' | 'verdict' | 'source_link' | 'comment' | 'user' | 'assignment' | 'publication' | 'rating' | 'organisation';
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

  constructor(private readonly db: Db) {
    const placeholder = (name: string) => sql.placeholder(name);
    // sqlite-only: unnamed prepare() (PostgreSQL's drizzle takes a name), on the one connection.
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
  async append(_tx: Tx, actor: Actor | null, at: string, entry: AuditInput): Promise<void> {
    // sqlite-only: the statement is prepared on the one connection, so it runs inside the caller's transaction.
    await this.insertEntry.execute({
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
    });
  }

  /** A claim's entries, oldest first. */
  async listForClaim(claimId: number): Promise<AuditRow[]> {
    return this.db.select().from(auditLog).where(eq(auditLog.claimId, claimId)).orderBy(asc(auditLog.id));
  }
}
