import type { Db } from './client.ts';

/** The handle a transaction body receives; it has the same query builders as `Db`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or an open transaction. */
export type Executor = Db | Tx;

interface Job {
  work: (tx: Tx) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Transactions waiting for the next commit, per database handle. */
const pending = new WeakMap<Db, Job[]>();

/**
 * Runs `work` in an IMMEDIATE transaction (the write lock is taken at BEGIN, so
 * two writers never deadlock on upgrade) and resolves with its result once
 * that transaction is committed and durable.
 *
 * Group commit (ADR 013): bodies that arrive while the event loop is busy are
 * queued and run one after another in a single transaction, each inside its
 * own savepoint, so one commit (one WAL fsync under synchronous=FULL) serves
 * them all. A body that throws is rolled back to its savepoint and only its
 * promise rejects; the others commit. If the commit itself fails, every body
 * of the batch rejects: nothing is acknowledged that is not on disk. A single
 * waiting body runs exactly as a plain transaction, without a savepoint.
 *
 * The body must be synchronous: better-sqlite3 commits when it returns and
 * rolls back when it throws; an async body would commit before its awaits ran.
 * A body that returns a promise is refused. The runner itself returns a
 * promise so that callers stay driver-agnostic.
 *
 * Called from inside a running body (a nested transaction), the work runs at
 * once as a savepoint of the enclosing transaction, as it always has.
 */
export function inTransaction<T>(db: Db, work: (tx: Tx) => T): Promise<T> {
  if (db.$client.inTransaction) {
    // Runs synchronously, in the executor; a throw becomes the rejection.
    return new Promise<T>((resolve) => resolve(db.transaction(refusePromises(work), { behavior: 'immediate' })));
  }
  return new Promise<T>((resolve, reject) => {
    let queue = pending.get(db);
    if (!queue) {
      queue = [];
      pending.set(db, queue);
    }
    queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
    // The first waiting body schedules the commit; it runs after the I/O callbacks of this turn have queued theirs.
    if (queue.length === 1) setImmediate(() => commitPending(db));
  });
}

function refusePromises<T>(work: (tx: Tx) => T): (tx: Tx) => T {
  return (tx) => {
    const result = work(tx);
    if (result !== null && typeof result === 'object' && typeof (result as { then?: unknown }).then === 'function') {
      throw new TypeError('A transaction body must be synchronous; it returned a promise.');
    }
    return result;
  };
}

/** Runs every waiting body in one transaction and settles their promises after the commit. */
function commitPending(db: Db): void {
  const jobs = pending.get(db)?.splice(0) ?? [];
  if (jobs.length === 0) return;
  const outcomes: Outcome[] = [];
  try {
    db.transaction(
      (tx) => {
        if (jobs.length === 1) {
          outcomes.push({ ok: true, value: refusePromises(jobs[0]!.work)(tx) });
          return;
        }
        for (const job of jobs) {
          try {
            outcomes.push({ ok: true, value: tx.transaction(refusePromises(job.work)) });
          } catch (error) {
            // Some failures (a full disk, an I/O error) make SQLite roll back the whole
            // transaction; then the earlier bodies are lost too, and all must reject.
            if (!db.$client.inTransaction) throw error;
            outcomes.push({ ok: false, error });
          }
        }
      },
      { behavior: 'immediate' },
    );
  } catch (error) {
    // BEGIN or COMMIT failed, the transaction was lost, or the only body threw: nothing of this batch is committed.
    jobs.forEach((job, index) => {
      const outcome = outcomes[index];
      job.reject(outcome && !outcome.ok ? outcome.error : error);
    });
    return;
  }
  jobs.forEach((job, index) => {
    const outcome = outcomes[index]!;
    if (outcome.ok) job.resolve(outcome.value);
    else job.reject(outcome.error);
  });
}
