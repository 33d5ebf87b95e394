import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from './client.ts';
import { MIGRATIONS_FOLDER, runMigrations } from './migrate.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sanad-migrate-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Rows of every table that hangs off `claims` with ON DELETE CASCADE, and the rest. */
function counts(handle: DatabaseHandle): Record<string, number> {
  const result: Record<string, number> = {};
  for (const table of ['articles', 'claims', 'verdicts', 'claim_sources', 'comments', 'search_docs', 'users', 'audit_log']) {
    result[table] = (handle.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  }
  return result;
}

/** Fills a migrated database with an article, claims and everything that depends on them. */
function populate(handle: DatabaseHandle): void {
  const now = new Date().toISOString();
  const run = (sql: string, ...params: unknown[]) => handle.sqlite.prepare(sql).run(...params);
  run("insert into users (name, email, role, password_hash, created_at, updated_at) values ('R', 'r@x.org', 'reviewer', 'scrypt$x', ?, ?)", now, now);
  run("insert into articles (title, text, language, direction, created_at, updated_at) values ('t', 'نص المقال هنا', 'ar', 'rtl', ?, ?)", now, now);
  for (let i = 0; i < 5; i += 1) {
    run('insert into claims (article_id, start, "end", quote, prefix, suffix, created_by, created_at, updated_at) values (1, ?, ?, ?, \'\', \'\', 1, ?, ?)', i, i + 1, 'نصالمق'[i], now, now);
    run("insert into verdicts (claim_id, rating, rationale, set_by, created_at, updated_at) values (?, 'false', 'r', 1, ?, ?)", i + 1, now, now);
    run("insert into comments (claim_id, author_id, body, created_at, updated_at) values (?, 1, 'c', ?, ?)", i + 1, now, now);
    run("insert into search_docs (kind, ref_id, field, article_id, claim_id) values ('claim', ?, 'quote', 1, ?)", i + 1, i + 1);
  }
  run("insert into sources (url, title, publisher, created_at, updated_at) values ('https://a.org/', 't', 'p', ?, ?)", now, now);
  run("insert into claim_sources (claim_id, source_id, stance, created_at, updated_at) values (1, 1, 'supports', ?, ?)", now, now);
}

/**
 * A copy of the committed migrations plus one that rebuilds `claims` the way
 * drizzle-kit writes a table rebuild (as it does for a changed column default
 * or constraint): FK pragma off, copy into a new table, drop, rename, pragma on.
 */
function foldersWithRebuild(handle: DatabaseHandle): string {
  const folder = join(dir, 'migrations');
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const create = (handle.sqlite.prepare("select sql from sqlite_master where type = 'table' and name = 'claims'").get() as { sql: string }).sql;
  const indexes = (handle.sqlite.prepare("select sql from sqlite_master where type = 'index' and tbl_name = 'claims' and sql is not null").all() as { sql: string }[]).map((row) => row.sql);
  const columns = (handle.sqlite.prepare('pragma table_info(claims)').all() as { name: string }[]).map((column) => `"${column.name}"`).join(', ');
  const rebuild = [
    'PRAGMA foreign_keys=OFF;',
    `${create.replace(/^CREATE TABLE [`"]?claims[`"]?/, 'CREATE TABLE `__new_claims`').replaceAll('"claims".', '"__new_claims".')};`,
    `INSERT INTO \`__new_claims\`(${columns}) SELECT ${columns} FROM \`claims\`;`,
    'DROP TABLE `claims`;',
    'ALTER TABLE `__new_claims` RENAME TO `claims`;',
    'PRAGMA foreign_keys=ON;',
    ...indexes.map((sql) => `${sql};`),
  ].join('\n--> statement-breakpoint\n');
  writeFileSync(join(folder, '9999_rebuild_claims.sql'), rebuild);
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number; when: number; tag: string; version: string; breakpoints: boolean }[] };
  const last = journal.entries[journal.entries.length - 1]!;
  journal.entries.push({ idx: last.idx + 1, version: last.version, when: last.when + 1000, tag: '9999_rebuild_claims', breakpoints: true });
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

describe('runMigrations', () => {
  it('migrates a populated database through a table rebuild of claims and keeps every dependent row', () => {
    const handle = openDatabase(join(dir, 'a.db'));
    runMigrations(handle);
    populate(handle);
    const before = counts(handle);
    expect(before).toMatchObject({ claims: 5, verdicts: 5, comments: 5, claim_sources: 1, search_docs: 5 });
    runMigrations(handle, foldersWithRebuild(handle));
    expect(counts(handle)).toEqual(before);
    expect(handle.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(handle.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    handle.close();
  });

  it('would lose the dependent rows without switching foreign keys off first (the hazard it guards against)', () => {
    const handle = openDatabase(join(dir, 'b.db'));
    runMigrations(handle);
    populate(handle);
    const folder = foldersWithRebuild(handle);
    // drizzle's migrator alone, with foreign keys on as better-sqlite3 opens them.
    migrate(handle.db, { migrationsFolder: folder });
    expect(counts(handle)).toMatchObject({ claims: 5, verdicts: 0, comments: 0, claim_sources: 0, search_docs: 0 });
    handle.close();
  });
});
