import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type DatabaseHandle, openDatabase } from './client.ts';
import { inTransaction } from './transaction.ts';

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
const insert = (body: string, parentId: number | null = null) => (tx: Parameters<Parameters<typeof inTransaction>[1]>[0]) => {
  tx.run(sql`insert into notes (body, parent_id) values (${body}, ${parentId})`);
  return body.toUpperCase();
};

describe('inTransaction (group commit, ADR 013)', () => {
  it('commits bodies that wait together in one transaction and resolves each with its own result', async () => {
    const transaction = vi.spyOn(handle.db, 'transaction');
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((body) => inTransaction(handle.db, insert(body))));
    expect(results).toEqual(['A', 'B', 'C', 'D']);
    expect(transaction).toHaveBeenCalledTimes(1);
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
      inTransaction(handle.db, (tx) => {
        insert('half-written')(tx);
        insert('first')(tx); // violates the unique constraint
      }),
      inTransaction(handle.db, insert('third')),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((outcomes[1] as PromiseRejectedResult).reason.cause)).toMatch(/UNIQUE/);
    expect(committedBodies()).toEqual(['first', 'third']);
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

  it('refuses a body that returns a promise and keeps nothing of it', async () => {
    const outcomes = await Promise.allSettled([
      inTransaction(handle.db, (tx) => {
        insert('async')(tx);
        return Promise.resolve(1);
      }),
      inTransaction(handle.db, insert('sync')),
    ]);
    expect(outcomes[0]).toMatchObject({ status: 'rejected', reason: expect.any(TypeError) });
    expect(outcomes[1]).toMatchObject({ status: 'fulfilled' });
    await expect(inTransaction(handle.db, (tx) => (insert('lone async')(tx), Promise.resolve(2)))).rejects.toThrow(TypeError);
    expect(committedBodies()).toEqual(['sync']);
  });

  it('runs a nested call at once, as a savepoint of the enclosing body', async () => {
    let nested: Promise<string> | undefined;
    await inTransaction(handle.db, (tx) => {
      insert('outer')(tx);
      nested = inTransaction(handle.db, insert('inner'));
      // Visible inside the enclosing transaction before it commits.
      expect(tx.all(sql`select body from notes order by id`)).toEqual([{ body: 'outer' }, { body: 'inner' }]);
    });
    await expect(nested).resolves.toBe('INNER');
    expect(committedBodies()).toEqual(['outer', 'inner']);
  });

  it('keeps the results apart when many writers arrive in the same turn', async () => {
    const bodies = Array.from({ length: 200 }, (_, i) => `n${i}`);
    const results = await Promise.allSettled(bodies.map((body, i) => inTransaction(handle.db, i % 7 === 3 ? () => { throw new Error(`no ${body}`); } : insert(body))));
    results.forEach((result, i) => {
      if (i % 7 === 3) expect(result).toEqual({ status: 'rejected', reason: new Error(`no n${i}`) });
      else expect(result).toEqual({ status: 'fulfilled', value: `N${i}` });
    });
    expect(committedBodies()).toEqual(bodies.filter((_, i) => i % 7 !== 3));
  });
});
