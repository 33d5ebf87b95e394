import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, readSettings } from './client.ts';
import { runMigrations } from './migrate.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sanad-db-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('opens a file in WAL mode with foreign keys and a busy timeout', () => {
    const handle = openDatabase(join(dir, 'nested', 'a.db'));
    const settings = readSettings(handle.sqlite);
    expect(settings).toMatchObject({ journalMode: 'wal', foreignKeys: 1, synchronous: 2 });
    expect(settings.busyTimeout).toBeGreaterThan(0);
    handle.close();
  });
});

describe('runMigrations', () => {
  it('creates every table on a new file and is idempotent', () => {
    const handle = openDatabase(join(dir, 'b.db'));
    runMigrations(handle);
    runMigrations(handle);
    const tables = (handle.sqlite.prepare("select name from sqlite_master where type='table' order by name").all() as { name: string }[]).map((row) => row.name);
    expect(tables).toEqual(
      expect.arrayContaining(['articles', 'article_revisions', 'claims', 'verdicts', 'sources', 'claim_sources', 'app_meta', 'search_docs', 'search_fts']),
    );
    expect(readSettings(handle.sqlite).foreignKeys).toBe(1);
    handle.close();
  });
});

