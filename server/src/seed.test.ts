import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '@sanad/db/client';
import { runMigrations } from '@sanad/db/migrate';
import { createLogger } from './lib/logger.ts';
import { DEMO_ORGANISATION, seedDemoOrganisation, seedSampleArticle } from './seed.ts';
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

describe('seedDemoOrganisation', () => {
  it('fills the demo settings into the untouched row, and never over an admin\'s own', async () => {
    const handle = openDatabase(join(dir, 'o.db'));
    runMigrations(handle);
    const services = createServices(handle.db, testClock(), { logger: createLogger('silent') });
    expect(await seedDemoOrganisation(handle.db, services)).toBe(true);
    expect(await services.repositories.organisation.find()).toMatchObject({ ...DEMO_ORGANISATION, logo: null, reportLanguage: 'en', version: 2 });
    expect((handle.sqlite.prepare("select count(*) as n from audit_log where action = 'organisation.update'").get() as { n: number }).n).toBe(1);

    handle.sqlite.prepare("update organisation set name = 'Fact-check desk', url = '', publish_base_url = 'https://desk.example/checks/'").run();
    expect(await seedDemoOrganisation(handle.db, services)).toBe(false);
    expect(await services.repositories.organisation.find()).toMatchObject({ name: 'Fact-check desk', publishBaseUrl: 'https://desk.example/checks/' });
    handle.close();
  });
});
