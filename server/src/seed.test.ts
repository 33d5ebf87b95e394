import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '@sanad/db/client';
import { runMigrations } from '@sanad/db/migrate';
import { createLogger } from './lib/logger.ts';
import { seedSampleArticle } from './seed.ts';
import { createServices } from './services.ts';
import { testClock } from './test/test-server.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sanad-seed-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('seedSampleArticle', () => {
  it('seeds the Arabic sample once, NFC-normalised, searchable, and never again even after it is deleted', async () => {
    const path = join(dir, 'c.db');
    let handle = openDatabase(path);
    runMigrations(handle);
    expect(await seedSampleArticle(handle.db, createServices(handle.db, testClock(), { logger: createLogger('silent') }), new Date())).toBe(true);
    const row = handle.sqlite.prepare('select language, direction, text, revision from articles').get() as Record<string, unknown>;
    expect(row).toMatchObject({ language: 'ar', direction: 'rtl', revision: 1 });
    expect(String(row.text).startsWith('استأنف مؤتمر «جنيف2»')).toBe(true);
    expect(row.text).toBe(String(row.text).normalize('NFC'));
    expect((handle.sqlite.prepare('select count(*) as n from article_revisions').get() as { n: number }).n).toBe(1);
    expect((handle.sqlite.prepare("select count(*) as n from search_fts where search_fts match '\"جلستين\"'").get() as { n: number }).n).toBe(1);
    expect(await seedSampleArticle(handle.db, createServices(handle.db, testClock(), { logger: createLogger('silent') }), new Date())).toBe(false);
    handle.sqlite.prepare('delete from articles').run();
    handle.close();

    handle = openDatabase(path);
    expect(await seedSampleArticle(handle.db, createServices(handle.db, testClock(), { logger: createLogger('silent') }), new Date())).toBe(false);
    expect((handle.sqlite.prepare('select count(*) as n from articles').get() as { n: number }).n).toBe(0);
    expect((handle.sqlite.prepare('select count(*) as n from search_fts').get() as { n: number }).n).toBe(0);
    handle.close();
  });
});
