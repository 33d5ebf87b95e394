import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles, searchDocs } from '../schema-pg/index.ts';
import { openPgDatabase, type PgDatabaseHandle } from './client.ts';
import { runPgMigrations } from './migrate.ts';
import { createTestDatabase, pgTestTier, type TestDatabase } from './test-database.ts';

const pgTier = await pgTestTier('db/src/pg/search.test.ts');

describe.skipIf(!pgTier)('search_fts on PostgreSQL', () => {
  let database: TestDatabase;
  let handle: PgDatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase('search');
    handle = openPgDatabase({ url: database.url });
    await runPgMigrations(handle.pool);
  });
  afterAll(async () => {
    await handle?.close();
    await database?.drop();
  });

  it('matches every word of a query against the stored search form, and forgets a document with its row', async () => {
    const at = '2026-12-06T19:50:00.000Z';
    const [article] = await handle.db
      .insert(articles)
      .values({ title: 't', text: 'x', language: 'ar', direction: 'rtl', createdAt: at, updatedAt: at })
      .returning({ id: articles.id });
    const articleId = article!.id;
    const [doc] = await handle.db.insert(searchDocs).values({ kind: 'article', refId: articleId, field: 'text', articleId }).returning({ id: searchDocs.id });
    // The same two statements the SQLite repository runs against FTS5; the body is already in search form.
    await handle.db.execute(sql`DELETE FROM search_fts WHERE rowid = ${doc!.id}`);
    await handle.db.execute(sql`INSERT INTO search_fts (rowid, body) VALUES (${doc!.id}, ${'استيناف المفاوضات في جنيف geneva talks'})`);

    const match = async (words: string[]) =>
      (await handle.db.execute<{ rowid: number }>(sql`SELECT rowid FROM search_fts WHERE body_tsv @@ to_tsquery('simple', ${words.join(' & ')})`)).rows;
    expect(await match(['المفاوضات', 'جنيف'])).toEqual([{ rowid: doc!.id }]);
    expect(await match(['geneva', 'talks'])).toEqual([{ rowid: doc!.id }]);
    expect(await match(['المفاوضات', 'موسكو'])).toEqual([]);

    const index = await handle.db.execute<{ indexdef: string }>(sql`SELECT indexdef FROM pg_indexes WHERE indexname = 'search_fts_body_tsv_idx'`);
    expect(index.rows[0]?.indexdef).toMatch(/USING gin \(body_tsv\)/);

    await handle.db.delete(searchDocs);
    expect((await handle.db.execute(sql`SELECT 1 FROM search_fts`)).rows).toEqual([]);
  });
});
