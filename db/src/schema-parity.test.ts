import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { runMigrations } from './migrate.ts';
import { openPgDatabase, type PgDatabaseHandle } from './pg/client.ts';
import { runPgMigrations } from './pg/migrate.ts';
import { createTestDatabase, pgTestTier, type TestDatabase } from './pg/test-database.ts';
import { type Difference, type SchemaModel, diffSchemas, formatDifferences, introspectPg, introspectSqlite, normaliseDefault, normaliseSql } from './schema-parity.ts';

/**
 * Tables left out of the comparison, by name. Each must exist, so the list
 * cannot outlive what it names.
 */
const EXCLUDED = {
  sqlite: [
    // drizzle's migrations bookkeeping (PostgreSQL keeps it in schema `drizzle`, outside `public`).
    '__drizzle_migrations',
    // The FTS5 index and its shadow tables (the PostgreSQL twin is `search_fts` with a tsvector column).
    'search_fts',
    'search_fts_config',
    'search_fts_content',
    'search_fts_data',
    'search_fts_docsize',
    'search_fts_idx',
  ],
  pg: [
    // search form + generated tsvector + GIN index (migrations-pg/0002_search_fts.sql).
    'search_fts',
  ],
} as const;

/**
 * Differences accepted for now, each with its reason. The test fails when one
 * disappears too, so a fix on either side removes its entry here.
 */
const KNOWN_DIFFERENCES: readonly (Difference & { reason: string })[] = [];

function sameDifference(a: Difference, b: Difference): boolean {
  return a.fact === b.fact && a.sqlite === b.sqlite && a.pg === b.pg;
}

describe(diffSchemas.name, () => {
  const base: SchemaModel = {
    users: {
      columns: {
        id: { type: 'integer', notNull: true, default: null, identity: true },
        email: { type: 'text', notNull: true, default: null, identity: false },
      },
      primaryKey: ['id'],
      indexes: { users_email_unique: { columns: ['email'], unique: true, where: null } },
      foreignKeys: [],
      checks: [],
    },
  };

  it('finds nothing between equal models', () => {
    expect(diffSchemas(base, structuredClone(base))).toEqual([]);
  });

  it('names a column whose nullability drifted', () => {
    const drifted = structuredClone(base);
    drifted.users!.columns.email!.notNull = false;
    expect(diffSchemas(base, drifted)).toEqual([{ fact: 'users.email nullability', sqlite: 'NOT NULL', pg: 'nullable' }]);
    expect(formatDifferences(diffSchemas(base, drifted))).toContain('users.email nullability');
  });

  it('names an index that lost its partial predicate or uniqueness', () => {
    const partial = structuredClone(base);
    partial.users!.indexes.users_email_unique!.where = "role <> 'admin'";
    partial.users!.indexes.users_email_unique!.unique = false;
    expect(diffSchemas(base, partial)).toEqual([
      { fact: 'index users_email_unique', sqlite: 'UNIQUE ON users (email)', pg: "ON users (email) WHERE role <> 'admin'" },
    ]);
  });

  it('reads both dialects\' spellings of a predicate and a default as one', () => {
    expect(normaliseSql(` "status" != 'draft' AND "claim_id" IS NOT NULL`)).toBe(normaliseSql(`((status <> 'draft'::text) AND (claim_id IS NOT NULL))`));
    expect(normaliseDefault("strftime('%Y-%m-%dT%H:%M:%fZ','now')", 'timestamp')).toBe(normaliseDefault('now()', 'timestamp'));
    expect(normaliseDefault("''", 'text')).toBe(normaliseDefault("''::text", 'text'));
    expect(normaliseDefault('1', 'boolean')).toBe(normaliseDefault('true', 'boolean'));
  });

  it('catches a drift in the real SQLite schema', () => {
    const handle = openDatabase(':memory:');
    try {
      runMigrations(handle);
      const model = introspectSqlite(handle.sqlite, EXCLUDED.sqlite);
      const drifted = structuredClone(model);
      drifted.claims!.columns.quote!.notNull = false;
      drifted.claims!.foreignKeys = drifted.claims!.foreignKeys.filter((key) => key.columns[0] !== 'article_id');
      expect(diffSchemas(model, drifted).map((d) => d.fact)).toEqual(['claims(article_id) foreign key', 'claims.quote nullability']);
    } finally {
      handle.close();
    }
  });
});

const pgTier = await pgTestTier('db/src/schema-parity.test.ts');

describe.skipIf(!pgTier)('SQLite and PostgreSQL schemas', () => {
  let dir: string;
  let sqliteModel: SchemaModel;
  let pgModel: SchemaModel;
  let database: TestDatabase;
  let handle: PgDatabaseHandle;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sanad-parity-'));
    const sqlite = openDatabase(join(dir, 'parity.db'));
    try {
      runMigrations(sqlite);
      const present = (sqlite.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name);
      for (const name of EXCLUDED.sqlite) expect(present, `excluded SQLite table ${name} exists`).toContain(name);
      sqliteModel = introspectSqlite(sqlite.sqlite, EXCLUDED.sqlite);
    } finally {
      sqlite.close();
    }
    database = await createTestDatabase('parity');
    handle = openPgDatabase({ url: database.url });
    await runPgMigrations(handle.pool);
    const present = (await handle.pool.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).rows.map((row) => row.tablename);
    for (const name of EXCLUDED.pg) expect(present, `excluded PostgreSQL table ${name} exists`).toContain(name);
    pgModel = await introspectPg(handle.pool, EXCLUDED.pg);
  });

  afterAll(async () => {
    await handle?.close();
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('have the same tables, columns, keys, indexes and checks', () => {
    const differences = diffSchemas(sqliteModel, pgModel).filter((d) => !KNOWN_DIFFERENCES.some((known) => sameDifference(known, d)));
    expect(differences, `The SQLite and PostgreSQL schemas differ:\n${formatDifferences(differences)}\n`).toEqual([]);
  });

  it('still show every known difference (remove an entry once it is fixed)', () => {
    const differences = diffSchemas(sqliteModel, pgModel);
    const gone = KNOWN_DIFFERENCES.filter((known) => !differences.some((d) => sameDifference(known, d)));
    expect(gone.map((known) => known.fact)).toEqual([]);
  });

  it('compare something: every table has columns on both sides', () => {
    expect(Object.keys(sqliteModel).length).toBeGreaterThan(15);
    for (const table of Object.values(sqliteModel)) expect(Object.keys(table.columns).length).toBeGreaterThan(0);
  });
});
