import type { Db } from './client.ts';

/** The handle a transaction body receives; it has the same query builders as `Db`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or an open transaction. */
export type Executor = Db | Tx;

/**
 * Runs `work` in one IMMEDIATE transaction (the write lock is taken at BEGIN,
 * so two writers never deadlock on upgrade) and resolves with its result.
 * The body must be synchronous: better-sqlite3 commits when it returns and
 * rolls back when it throws; an async body would commit before its awaits ran
 * (better-sqlite3 refuses a body that returns a promise). The runner itself
 * returns a promise so that callers stay driver-agnostic.
 */
export async function inTransaction<T>(db: Db, work: (tx: Tx) => T): Promise<T> {
  return db.transaction(work, { behavior: 'immediate' });
}
