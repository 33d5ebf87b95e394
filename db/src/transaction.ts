import type Database from 'better-sqlite3';
import { dialectOf } from './backend.ts';
import type { Db } from './client.ts';
import type { PgDb } from './pg/client.ts';

declare const openTransaction: unique symbol;

/**
 * The handle a transaction body receives; it has the same query builders as
 * `Db`. On SQLite it is the database handle itself (the one connection), so
 * only the type tells a write that it must run inside a transaction: a method
 * that takes `Tx` cannot be handed the bare `Db` by mistake.
 */
export type Tx = Db & { readonly [openTransaction]: true };
/** Either the database or an open transaction. */
export type Executor = Db | Tx;

/** A transaction body: async, awaiting only its queries (ADR 020). */
export type TransactionBody<T> = (tx: Tx) => Promise<T>;

/** Thrown when a body is refused because it broke the rules of ADR 020. */
export class TransactionBodyError extends Error {
  override readonly name = 'TransactionBodyError';
}

interface Job {
  work: TransactionBody<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** A batch between its BEGIN and its COMMIT or ROLLBACK. */
interface OpenBatch {
  /** Set once the batch is settled (committed, rolled back, or tripped): a late body must not touch the connection. */
  ended: boolean;
  /** Names of the savepoints `inSavepoint` holds open, innermost last. */
  savepoints: string[];
}

/** The transaction-control statements of one connection, prepared once. */
interface Statements {
  begin: Database.Statement;
  commit: Database.Statement;
  rollback: Database.Statement;
  savepoint: (name: string) => Database.Statement;
  release: (name: string) => Database.Statement;
  rollbackTo: (name: string) => Database.Statement;
}

/** Bodies waiting for the next batch, per database handle. */
const pending = new WeakMap<Db, Job[]>();
/** The batch open on each connection, if any. */
const openBatches = new WeakMap<Database.Database, OpenBatch>();
const statementCache = new WeakMap<Database.Database, Statements>();

function statementsOf(client: Database.Database): Statements {
  let statements = statementCache.get(client);
  if (!statements) {
    const named = new Map<string, Database.Statement>();
    const once = (source: string) => {
      let statement = named.get(source);
      if (!statement) {
        statement = client.prepare(source);
        named.set(source, statement);
      }
      return statement;
    };
    statements = {
      begin: client.prepare('BEGIN IMMEDIATE'),
      commit: client.prepare('COMMIT'),
      rollback: client.prepare('ROLLBACK'),
      savepoint: (name) => once(`SAVEPOINT ${name}`),
      release: (name) => once(`RELEASE ${name}`),
      rollbackTo: (name) => once(`ROLLBACK TO ${name}`),
    };
    statementCache.set(client, statements);
  }
  return statements;
}

const TRIPPED_MESSAGE =
  'A transaction body awaited something other than the database (a timer, a file, the network, another transaction): ' +
  'on SQLite a body may await only its own queries, so that its transaction opens and commits within one turn of the event loop (ADR 020). ' +
  'The whole batch was rolled back.';

/**
 * Runs `work` in an IMMEDIATE transaction (the write lock is taken at BEGIN, so
 * two writers never deadlock on upgrade) and resolves with its result once
 * that transaction is committed and durable. Bodies are async on every
 * backend; on PostgreSQL each gets a pooled client of its own.
 *
 * SQLite, group commit (ADR 013): bodies that arrive in the same turn of the
 * event loop are queued and run one after another in a single transaction,
 * each inside its own savepoint, so one commit (one WAL fsync under
 * synchronous=FULL) serves them all. A body that throws is rolled back to its
 * savepoint and only its promise rejects; the others commit. If the commit
 * itself fails, every body of the batch rejects: nothing is acknowledged that
 * is not on disk. A single waiting body runs as a plain transaction, without a
 * savepoint.
 *
 * Why no other request can see or touch the open transaction (ADR 020): a
 * body may await only the database. drizzle's better-sqlite3 queries run
 * synchronously when awaited and resolve at once, so the whole batch, from
 * BEGIN to COMMIT, runs inside one macrotask (the `setImmediate` callback)
 * and its microtasks; no I/O callback, timer or other request runs in
 * between, so there are no dirty reads and no interleaved writes on the one
 * connection. This is enforced: a `setImmediate` tripwire scheduled when the
 * batch begins fires in the next turn; if a body is still pending then, the
 * batch is rolled back and every body of it rejects with a
 * `TransactionBodyError`, and the handle the bodies were given is revoked.
 * The tripwire is a detector, not a proof: an await that settles before the
 * next check phase (I/O already complete in this turn's poll phase) slips
 * past it, so "no I/O inside a transaction" stays a review rule too.
 *
 * Nesting: a body never calls `inTransaction` again; it passes `tx` on to the
 * code it calls, or uses `inSavepoint(tx, work)` for a part that may fail on
 * its own. A call made while a batch is open on the connection (which, given
 * the rule above, can only come from inside a body) is refused.
 */
export function inTransaction<T>(db: Db, work: TransactionBody<T>): Promise<T> {
  if (dialectOf(db) === 'postgres') return inPgTransaction(db as unknown as PgDb, work);
  if (openBatches.has(db.$client)) {
    return Promise.reject(
      new TransactionBodyError(
        'inTransaction was called while a transaction is open on this connection, from inside a transaction body: pass its `tx` on instead, or use inSavepoint(tx, work) (ADR 020).',
      ),
    );
  }
  return new Promise<T>((resolve, reject) => {
    let queue = pending.get(db);
    if (!queue) {
      queue = [];
      pending.set(db, queue);
    }
    queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
    // The first waiting body schedules the batch; it runs after the I/O callbacks of this turn have queued theirs.
    if (queue.length === 1) setImmediate(() => flush(db));
  });
}

/**
 * Runs `work` inside a savepoint of the body's open transaction: if it throws,
 * only what it wrote is rolled back, and the error reaches the caller, which
 * may go on. Await it before starting another.
 */
export async function inSavepoint<T>(tx: Tx, work: TransactionBody<T>): Promise<T> {
  // PostgreSQL: drizzle runs a nested transaction as SAVEPOINT / RELEASE (ROLLBACK TO on a throw).
  if (dialectOf(tx) === 'postgres') return (tx as unknown as PgTx).transaction((inner) => work(inner as unknown as Tx));
  const client = tx.$client;
  const batch = openBatches.get(client);
  if (!batch || batch.ended) throw new TransactionBodyError('inSavepoint needs the `tx` of a running transaction body.');
  const statements = statementsOf(client);
  // s1 is the batch's own savepoint per body; nested ones count on from there.
  const name = `s${batch.savepoints.length + 2}`;
  statements.savepoint(name).run();
  batch.savepoints.push(name);
  const leave = () => {
    if (batch.savepoints.at(-1) !== name) throw new TransactionBodyError('Savepoints overlapped: await one inSavepoint before starting another.');
    batch.savepoints.pop();
  };
  let value: T;
  try {
    value = await work(tx);
  } catch (error) {
    if (batch.ended) throw error;
    leave();
    if (client.inTransaction) {
      statements.rollbackTo(name).run();
      statements.release(name).run();
    }
    throw error;
  }
  if (batch.ended) throw new TransactionBodyError(TRIPPED_MESSAGE);
  leave();
  statements.release(name).run();
  return value;
}

/** A drizzle node-postgres transaction (what `PgDb.transaction` hands its body). */
type PgTx = Parameters<Parameters<PgDb['transaction']>[0]>[0];

/**
 * PostgreSQL: one pooled client per body, in its own READ COMMITTED
 * transaction (the server default, checked at start-up). There is no group
 * commit (each commit is its own round trip and fsync, and bodies run
 * concurrently on separate connections) and no tripwire: a body may await
 * other things without another request seeing its writes, though house style
 * rule 7 (no network I/O inside a transaction) still holds, since it holds a
 * connection and row locks meanwhile.
 */
function inPgTransaction<T>(db: PgDb, work: TransactionBody<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Tx));
}

function flush(db: Db): void {
  // Another handle on the same connection still has a batch open (only when a body broke the rules): try again next turn.
  if (openBatches.has(db.$client)) {
    setImmediate(() => flush(db));
    return;
  }
  const jobs = pending.get(db)?.splice(0) ?? [];
  if (jobs.length > 0) void runBatch(db, jobs);
}

/** Runs every waiting body in one transaction and settles their promises after the commit. */
async function runBatch(db: Db, jobs: Job[]): Promise<void> {
  const client = db.$client;
  const statements = statementsOf(client);
  try {
    statements.begin.run();
  } catch (error) {
    for (const job of jobs) job.reject(error);
    return;
  }
  const batch: OpenBatch = { ended: false, savepoints: [] };
  openBatches.set(client, batch);
  // A body that outlives the batch finds its handle revoked rather than writing into whatever runs next.
  const { proxy, revoke } = Proxy.revocable(db, {});
  const tx = proxy as Tx;
  const outcomes: Outcome[] = [];

  /** Ends the batch: commits, or rolls back and rejects every body that has not failed on its own. */
  const end = (failure: { error: unknown } | null) => {
    batch.ended = true;
    openBatches.delete(client);
    revoke();
    clearImmediate(tripwire);
    if (!failure) {
      try {
        statements.commit.run();
      } catch (error) {
        failure = { error };
      }
    }
    if (failure) {
      if (client.inTransaction) statements.rollback.run();
      jobs.forEach((job, index) => {
        const outcome = outcomes[index];
        job.reject(outcome && !outcome.ok ? outcome.error : failure.error);
      });
      return;
    }
    jobs.forEach((job, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  };

  const tripwire = setImmediate(() => {
    if (!batch.ended) end({ error: new TransactionBodyError(TRIPPED_MESSAGE) });
  });

  const single = jobs.length === 1;
  for (const job of jobs) {
    try {
      if (!single) statements.savepoint('s1').run();
      const value = await job.work(tx);
      if (batch.ended) return;
      if (!single) statements.release('s1').run();
      outcomes.push({ ok: true, value });
    } catch (error) {
      if (batch.ended) return;
      // A lone body's failure is the batch's; and some failures (a full disk, an I/O error) make
      // SQLite roll back the whole transaction, so that the earlier bodies are lost too.
      if (single || !client.inTransaction) {
        end({ error });
        return;
      }
      batch.savepoints.length = 0;
      try {
        statements.rollbackTo('s1').run();
        statements.release('s1').run();
      } catch (rollbackError) {
        end({ error: rollbackError });
        return;
      }
      outcomes.push({ ok: false, error });
    }
  }
  end(null);
}
