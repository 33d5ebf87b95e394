import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '@sanad/db/client';
import { runMigrations } from '@sanad/db/migrate';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../lib/logger.ts';
import { TEST_PASSWORD_COST, testClock } from '../../test/test-server.ts';
import { createServices } from '../../services.ts';
import { SourcesService } from './sources.service.ts';

let dir: string;
let handle: DatabaseHandle;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sanad-service-'));
  handle = openDatabase(join(dir, 'test.db'));
  runMigrations(handle);
});
afterEach(() => {
  handle.close();
  rmSync(dir, { recursive: true, force: true });
});

function count(table: string): number {
  return (handle.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
}

describe(SourcesService.name, () => {
  it('rolls back the new source when a later step of the attach fails', async () => {
    const services = createServices(handle.db, testClock(), { logger: createLogger('silent'), passwordCost: TEST_PASSWORD_COST });
    const user = await services.users.create(null, { name: 'R', email: 'r@test.sanad', role: 'reviewer', password: 'correct horse battery' });
    const actor = { id: user.id, name: user.name, role: user.role };
    const article = await services.articles.create(actor, { title: 't', text: 'The minister spoke.' });
    const claim = await services.claims.create(actor, article.row.id, { start: 4, end: 12, quote: 'minister' });

    services.repositories.claims.touch = () => {
      throw new Error('disk full');
    };
    await expect(
      services.sources.attach(actor, claim.claim.id, { url: 'https://example.org/a', title: 'A', publisher: 'P', stance: 'supports', excerpt: null, origin: null }),
    ).rejects.toThrow('disk full');
    expect(count('sources')).toBe(0);
    expect(count('claim_sources')).toBe(0);
    expect(count("search_docs where kind = 'source'")).toBe(0);
    expect(count("audit_log where action = 'source.attach'")).toBe(0);
  });
});
