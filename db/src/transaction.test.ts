import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from './client.ts';
import { TransactionBodyError, type Tx, inSavepoint, inTransaction } from './transaction.ts';

let dir: string;
let handle: DatabaseHandle;
let reader: DatabaseHandle;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sanad-tx-'));
  handle = openDatabase(join(dir, 'tx.db'));
  handle.sqlite.exec(`
    create table parents (id integer primary key);
    create table notes (id integer primary key, body text not null unique,
      parent_id integer references parents(id) deferrable initially deferred);
  `);
  // A second connection sees only what is committed.
  reader = openDatabase(join(dir, 'tx.db'));
});
afterEach(() => {
  reader.close();
  handle.close();
  rmSync(dir, { recursive: true, force: true });
});

const committedBodies = () => (reader.sqlite.prepare('select body from notes order by id').all() as { body: string }[]).map((row) => row.body);
const notes = sqliteTable('notes', { id: integer('id').primaryKey(), body: text('body').notNull(), parentId: integer('parent_id') });
const insert = (body: string, parentId: number | null = null) => async (tx: Tx) => {
  await tx.insert(notes).values({ body, parentId });
  return body.toUpperCase();
};
const bodiesIn = async (tx: Tx) => (await tx.select({ body: notes.body }).from(notes).orderBy(asc(notes.id))).map((row) => row.body);

describe('inTransaction (group commit, ADR 013; async bodies, ADR 020)', () => {
  it('commits bodies that wait together in one transaction and resolves each with its own result', async () => {
    // Each body sees the bodies before it, while the other connection sees nothing: one transaction, one commit.
    const seen: { inside: string[]; committed: string[] }[] = [];
    const results = await Promise.all(
      ['a', 'b', 'c', 'd'].map((body) =>
        inTransaction(handle.db, async (tx) => {
          const result = await insert(body)(tx);
          seen.push({ inside: await bodiesIn(tx), committed: committedBodies() });
          return result;
        }),
      ),
    );
    expect(results).toEqual(['A', 'B', 'C', 'D']);
    expect(seen).toEqual([
      { inside: ['a'], committed: [] },
      { inside: ['a', 'b'], committed: [] },
      { inside: ['a', 'b', 'c'], committed: [] },
      { inside: ['a', 'b', 'c', 'd'], committed: [] },
    ]);
    expect(committedBodies()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('runs a lone body as a plain transaction and resolves only after its commit', async () => {
    const promise = inTransaction(handle.db, insert('alone'));
    expect(committedBodies()).toEqual([]);
    await expect(promise).resolves.toBe('ALONE');
    expect(committedBodies()).toEqual(['alone']);
  });

  it('rolls back only the body that throws; the others of the batch commit', async () => {
    const outcomes = await Promise.allSettled([
      inTransaction(handle.db, insert('first')),
      inTransaction(handle.db, async (tx) => {
        await insert('half-written')(tx);
        await insert('first')(tx); // violates the unique constraint
      }),
      inTransaction(handle.db, insert('third')),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    // The query builder rejects with SQLite's own error (a raw `tx.run` wrapped it in a DrizzleError with this as its cause).
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE/);
    expect(committedBodies()).toEqual(['first', 'third']);
  });

  it('isolates each body in its savepoint across its awaits', async () => {
    const outcomes = await Promise.allSettled([
      inTransaction(handle.db, insert('before')),
      inTransaction(handle.db, async (tx) => {
        for (const body of ['x1', 'x2', 'x3']) await insert(body)(tx);
        expect(await bodiesIn(tx)).toEqual(['before', 'x1', 'x2', 'x3']);
        throw new Error('changed my mind');
      }),
      inTransaction(handle.db, async (tx) => {
        // The failed body's rows are gone before the next body starts.
        expect(await bodiesIn(tx)).toEqual(['before']);
        return insert('after')(tx);
      }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(committedBodies()).toEqual(['before', 'after']);
  });

  it('rejects every body of the batch when the commit itself fails, and writes nothing', async () => {
    // The deferred foreign key is checked only at COMMIT, so the commit fails.
    const outcomes = await Promise.allSettled([
      inTransaction(handle.db, insert('good')),
      inTransaction(handle.db, insert('orphan', 999)),
      inTransaction(handle.db, insert('also good')),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(String((outcomes[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect(committedBodies()).toEqual([]);
    expect(handle.sqlite.inTransaction).toBe(false);
    // The next transaction starts clean.
    await inTransaction(handle.db, insert('after'));
    expect(committedBodies()).toEqual(['after']);
  });

  it('refuses a body that awaits something other than the database and keeps nothing of its batch', async () => {
    let lateWrite: Promise<unknown> | undefined;
    const outcomes = await Promise.allSettled([
      inTransaction(handle.db, insert('sync')),
      inTransaction(handle.db, async (tx) => {
        await insert('async')(tx);
        await new Promise((resolve) => setTimeout(resolve, 20));
        // Too late: the batch is gone and this handle with it.
        lateWrite = insert('zombie')(tx).then(
          () => 'written',
          (error: unknown) => error,
        );
      }),
    ]);
    expect(outcomes[0]).toMatchObject({ status: 'rejected', reason: expect.any(TransactionBodyError) });
    expect(outcomes[1]).toMatchObject({ status: 'rejected', reason: expect.any(TransactionBodyError) });
    expect(String((outcomes[1] as PromiseRejectedResult).reason.message)).toMatch(/awaited something other than the database/);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await lateWrite).toBeInstanceOf(TypeError);
    expect(handle.sqlite.inTransaction).toBe(false);
    // A lone body is refused the same way.
    await expect(
      inTransaction(handle.db, async (tx) => {
        await insert('lone')(tx);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }),
    ).rejects.toThrow(TransactionBodyError);
    expect(committedBodies()).toEqual([]);
    // The connection is usable afterwards.
    await inTransaction(handle.db, insert('after'));
    expect(committedBodies()).toEqual(['after']);
  });

  it('runs inSavepoint inside the enclosing body, and rolls back only the savepoint when it throws', async () => {
    await inTransaction(handle.db, async (tx) => {
      await insert('outer')(tx);
      await expect(inSavepoint(tx, insert('inner'))).resolves.toBe('INNER');
      await expect(
        inSavepoint(tx, async (inner) => {
          await insert('discarded')(inner);
          throw new Error('no');
        }),
      ).rejects.toThrow('no');
      // Visible inside the enclosing transaction before it commits.
      expect(await bodiesIn(tx)).toEqual(['outer', 'inner']);
      expect(committedBodies()).toEqual([]);
    });
    expect(committedBodies()).toEqual(['outer', 'inner']);
  });

  it('refuses inTransaction called from inside a running body', async () => {
    const outcome = await inTransaction(handle.db, async (tx) => {
      await insert('outer')(tx);
      return inTransaction(handle.db, insert('inner')).then(
        () => 'nested ran',
        (error: unknown) => error,
      );
    });
    expect(outcome).toBeInstanceOf(TransactionBodyError);
    expect(String((outcome as Error).message)).toMatch(/pass its `tx` on/);
    expect(committedBodies()).toEqual(['outer']);
  });

  it('keeps the results apart when many writers arrive in the same turn', async () => {
    const bodies = Array.from({ length: 200 }, (_, i) => `n${i}`);
    const results = await Promise.allSettled(
      bodies.map((body, i) =>
        inTransaction(
          handle.db,
          i % 7 === 3
            ? async () => {
                throw new Error(`no ${body}`);
              }
            : insert(body),
        ),
      ),
    );
    results.forEach((result, i) => {
      if (i % 7 === 3) expect(result).toEqual({ status: 'rejected', reason: new Error(`no n${i}`) });
      else expect(result).toEqual({ status: 'fulfilled', value: `N${i}` });
    });
    expect(committedBodies()).toEqual(bodies.filter((_, i) => i % 7 !== 3));
  });
});
