import { asc, eq } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { auditLog } from '@sanad/db/schema/index';
import type { Executor } from '@sanad/db/transaction';
import type { Actor } from '../../lib/actor.ts';

/** An audit row as stored. */
export type AuditRow = typeof auditLog.$inferSelect;

/** What one audit entry records. */
export interface AuditInput {
  action: string;
  entityType: 'article' | 'claim' | 'verdict' | 'source_link' | 'comment' | 'user' | 'assignment' | 'rating';
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
  constructor(private readonly db: Db) {}

  /** Appends an entry. */
  append(tx: Executor, actor: Actor | null, at: string, entry: AuditInput): void {
    tx.insert(auditLog)
      .values({
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
      })
      .run();
  }

  /** A claim's entries, oldest first. */
  async listForClaim(claimId: number): Promise<AuditRow[]> {
    return this.db.select().from(auditLog).where(eq(auditLog.claimId, claimId)).orderBy(asc(auditLog.id));
  }
}
