import type Database from 'better-sqlite3';
import { type SQL, is } from 'drizzle-orm';
import pg from 'pg';
import { PgDialect } from 'drizzle-orm/pg-core';
import { type Db, openDatabase } from './client.ts';
import { runMigrations } from './migrate.ts';
import { type PgDb, type PgSettings, openPgDatabase, pgPoolConfig } from './pg/client.ts';
import { SEED_LOCK_KEY, runPgMigrations, withAdvisoryLock } from './pg/migrate.ts';
import * as sqliteTables from './schema/index.ts';
import * as pgTables from './schema-pg/index.ts';

/**
 * The seam between the server and the two backends (issue #14, ADR 021).
 *
 * Repositories see one type, the SQLite one: `Db` for the database and
 * `Tables` for the table objects. On PostgreSQL the drizzle handle and the
 * pg-core tables are cast to those types here and nowhere else. That is sound
 * for the query-builder API repositories use (select, insert, update, delete,
 * returning, joins, placeholders): the builders have the same shape on both
 * dialects, and `schema-parity.test.ts` guarantees that every table has the
 * same columns with the same JavaScript values on both. What the cast hides
 * (SQLite-only executors such as `.run()`/`.all()`, unnamed `prepare()`) is
 * used only behind `dialectOf`.
 */

/** The table objects repositories query, typed as the SQLite schema on both backends. */
export type Tables = typeof sqliteTables;

/** Which SQL dialect a database handle (or a transaction opened on it) speaks. */
export type Dialect = 'sqlite' | 'postgres';

/** A minimal view of what `dialectOf` inspects: every drizzle database and transaction has a `dialect`. */
type WithDialect = object;

/**
 * The dialect of `db` (a database handle, or a transaction opened on it).
 * Outside db/ it is used only where SQL genuinely differs (full-text search,
 * raw aggregate SQL, statements prepared once on SQLite's one connection).
 */
export function dialectOf(db: WithDialect): Dialect {
  return is((db as { dialect?: unknown }).dialect, PgDialect) ? 'postgres' : 'sqlite';
}

// The one cast of the PostgreSQL tables to the SQLite types (see the comment at the top).
const PG_TABLES = pgTables as unknown as Tables;

/** The tables to query through `db` (a database handle or a transaction): the same code runs on both dialects. */
export function tablesOf(db: WithDialect): Tables {
  return dialectOf(db) === 'postgres' ? PG_TABLES : sqliteTables;
}

/**
 * Runs raw SQL (written for `dialectOf(db)`) and returns its rows as the
 * driver gives them: no column mapping, so on PostgreSQL a bigint such as
 * `count(*)` is a string and a timestamptz is PostgreSQL's text form unless
 * the SQL casts it. `db` may be a transaction.
 */
export async function rawRows<T>(db: object, statement: SQL): Promise<T[]> {
  if (dialectOf(db) === 'postgres') return (await (db as PgDb).execute(statement)).rows as T[];
  return (db as Db).all<T>(statement);
}

/** Runs a raw SQL statement (written for `dialectOf(db)`) for its effect; `db` may be a transaction. */
export async function rawRun(db: object, statement: SQL): Promise<void> {
  if (dialectOf(db) === 'postgres') await (db as PgDb).execute(statement);
  else (db as Db).run(statement);
}

/**
 * `query` with its rows locked until the transaction ends (`FOR UPDATE`) on
 * PostgreSQL, where READ COMMITTED lets two transactions read the same
 * version and both pass a version check. On SQLite the query is returned as
 * it is: BEGIN IMMEDIATE already holds the one write lock. `tx` says the dialect.
 */
export function forUpdate<Q>(tx: object, query: Q): Q {
  if (dialectOf(tx) !== 'postgres') return query;
  return (query as unknown as { for(strength: 'update'): Q }).for('update');
}

/** An open backend: the drizzle handle repositories receive, its tables, and how to close it. */
export interface Backend {
  dialect: Dialect;
  db: Db;
  tables: Tables;
  /** The raw SQLite connection (pragmas, backup, tests' raw SQL); undefined on PostgreSQL. */
  sqlite?: Database.Database;
  /** The PostgreSQL pool (dedicated connections, tests' raw SQL); undefined on SQLite. */
  pool?: pg.Pool;
  /**
   * Runs raw SQL with `?` placeholders and returns its rows (none for a
   * write): for tests and scripts that inspect the database directly. bigint
   * (`count(*)`) comes back as a number on both, as better-sqlite3 gives it.
   */
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  /** Applies pending migrations (SQLite: the committed SQLite folder; PostgreSQL: under the advisory lock). */
  migrate(): Promise<void>;
  /**
   * Runs `work` (start-up seeding) while no other server runs its own: on
   * PostgreSQL under a session advisory lock held by a connection of its own,
   * outside the pool (so a pool of one connection cannot deadlock on it), so
   * two servers starting together seed once; on SQLite, with one server per
   * file, `work` simply runs.
   */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** pg's type parsers, except bigint (OID 20) as a number. */
const BIGINT_AS_NUMBER = {
  getTypeParser: ((oid: number, format?: 'text'): ((value: string) => unknown) =>
    oid === 20 ? (value: string) => Number(value) : (pg.types.getTypeParser(oid, format) as (value: string) => unknown)) as typeof pg.types.getTypeParser,
};

/** Where the data lives: a PostgreSQL URL when `databaseUrl` is set, else the SQLite file at `databasePath`. */
export interface BackendSettings {
  /** A `postgres://` URL; when set, PostgreSQL is used. */
  databaseUrl?: string;
  /** The SQLite file, used when `databaseUrl` is not set. */
  databasePath: string;
  /** PostgreSQL pool settings (ignored on SQLite). */
  pool?: Omit<PgSettings, 'url'>;
}

/** Opens the backend `settings` name. */
export function openBackend(settings: BackendSettings): Backend {
  if (settings.databaseUrl) {
    const url = settings.databaseUrl;
    const handle = openPgDatabase({ ...settings.pool, url });
    return {
      dialect: 'postgres',
      // The one cast of the PostgreSQL handle to the SQLite type (see the comment at the top).
      db: handle.db as unknown as Db,
      tables: PG_TABLES,
      pool: handle.pool,
      async query<T>(text: string, params: unknown[] = []) {
        let n = 0;
        const result = await handle.pool.query({ text: text.replace(/\?/g, () => `$${(n += 1)}`), values: params, types: BIGINT_AS_NUMBER });
        return result.rows as T[];
      },
      migrate: () => runPgMigrations(handle.pool),
      async exclusively<T>(work: () => Promise<T>) {
        const { connectionString, connectionTimeoutMillis, options, application_name } = pgPoolConfig({ ...settings.pool, url });
        const client = new pg.Client({ connectionString, connectionTimeoutMillis, options, application_name });
        // An error on this connection surfaces as the failure of a query below; without a listener it would end the process.
        client.on('error', () => {});
        await client.connect();
        try {
          return await withAdvisoryLock(client, SEED_LOCK_KEY, work);
        } finally {
          // Ending the connection also releases the lock if the unlock could not be sent.
          await client.end();
        }
      },
      close: () => handle.close(),
    };
  }
  const handle = openDatabase(settings.databasePath);
  return {
    dialect: 'sqlite',
    db: handle.db,
    tables: sqliteTables,
    sqlite: handle.sqlite,
    async query<T>(text: string, params: unknown[] = []) {
      const statement = handle.sqlite.prepare(text);
      if (statement.reader) return statement.all(...params) as T[];
      statement.run(...params);
      return [];
    },
    migrate: async () => runMigrations(handle),
    exclusively: (work) => work(),
    close: async () => handle.close(),
  };
}
