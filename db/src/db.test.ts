import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, readSettings } from './client.ts';
import { runMigrations } from './migrate.ts';
import { seedSampleArticle } from './seed.ts';

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
    expect(settings).toMatchObject({ journalMode: 'wal', foreignKeys: 1 });
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
    expect(tables).toEqual(expect.arrayContaining(['articles', 'claims', 'verdicts', 'sources', 'claim_sources', 'app_meta']));
    expect(readSettings(handle.sqlite).foreignKeys).toBe(1);
    handle.close();
  });
});

describe('seedSampleArticle', () => {
  it('seeds the Arabic sample once, NFC-normalised, and never again even after it is deleted', async () => {
    const path = join(dir, 'c.db');
    let handle = openDatabase(path);
    runMigrations(handle);
    expect(await seedSampleArticle(handle.db)).toBe(true);
    const row = handle.sqlite.prepare('select language, direction, text from articles').get() as { language: string; direction: string; text: string };
    expect(row).toMatchObject({ language: 'ar', direction: 'rtl' });
    expect(row.text.startsWith('استأنف مؤتمر «جنيف2»')).toBe(true);
    expect(row.text).toBe(row.text.normalize('NFC'));
    expect(await seedSampleArticle(handle.db)).toBe(false);
    handle.sqlite.prepare('delete from articles').run();
    handle.close();

    handle = openDatabase(path);
    expect(await seedSampleArticle(handle.db)).toBe(false);
    expect((handle.sqlite.prepare('select count(*) as n from articles').get() as { n: number }).n).toBe(0);
    handle.close();
  });
});
